-- POST /api/allocations: a pre-allocation of 0.01 to each of a customer's 10 secondary cards, customers in turn (bodies from
-- ALLOC_BODIES, one JSON per line), a fresh Idempotency-Key each. Environment: ALLOC_TOKEN (bearer), ALLOC_BODIES (file).
local bodies = {}
for line in io.lines(os.getenv("ALLOC_BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
local token = os.getenv("ALLOC_TOKEN")
local tid = 0
local i = 0
setup = function(thread)
  tid = tid + 1
  thread:set("tid", tid)
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
end
