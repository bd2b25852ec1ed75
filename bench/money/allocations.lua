-- POST /api/allocations: a pre-allocation of 0.01 to each of a customer's 10 secondary cards, customers in turn (bodies from
-- ALLOC_BODIES, one JSON per line), a fresh Idempotency-Key each. Environment: ALLOC_TOKEN (bearer), ALLOC_BODIES (file).
local bodies = {}
for line in io.lines(os.getenv("ALLOC_BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
local token = os.getenv("ALLOC_TOKEN")
-- The main state numbers the threads; each thread reads its number as the global "tid" (thread:set). A file-level
-- "local tid" here once shadowed it, so both threads used 0, seeded math.random alike and sent the same keys at the same
-- moment (409 idempotency.inProgress under load).
local next_tid = 0
local i = 0
local all = {}
setup = function(thread)
  next_tid = next_tid + 1
  thread:set("tid", next_tid)
  all[#all + 1] = thread
end
-- Answers other than 201 by status and the first words of their problem code, so a refusal under load is named.
refused = {}
response = function(status, headers, body)
  if status ~= 201 then
    local code = string.match(body or "", '"code":"([^"]*)"') or ""
    local key = status .. " " .. code
    refused[key] = (refused[key] or 0) + 1
  end
end
init = function()
  math.randomseed(os.time() + (tid or 0) * 7919)
end
request = function()
  i = i + 1
  local headers = {
    ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = string.format("b%d-%d-%d", tid or 0, i, math.random(1, 1000000000)),
  }
  return wrk.format("POST", "/api/allocations", headers, bodies[(i % #bodies) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
  for _, thread in ipairs(all) do
    for key, n in pairs(thread:get("refused") or {}) do io.write(string.format("refused %s: %d\n", key, n)) end
  end
end
