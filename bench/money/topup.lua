-- POST a cash top-up of 100.00 onto a customer account for one of several counters in turn.
-- Environment: TOPUP_PATH (/api/topups or /topups), TOPUP_TOKENS (comma-separated bearer tokens, or empty for bare),
-- TOPUP_CUSTOMERS (customer codes, one per token), TOPUP_OPERATORS (operator ids, one per token; bare only). Adds p95.
local function split(s)
  local t = {}
  for v in string.gmatch(s or "", "[^,]+") do t[#t + 1] = v end
  return t
end
local tokens, customers, operators = split(os.getenv("TOPUP_TOKENS")), split(os.getenv("TOPUP_CUSTOMERS")), split(os.getenv("TOPUP_OPERATORS"))
local path = os.getenv("TOPUP_PATH")
-- Keys must differ across wrk threads (each has its own Lua state, and an unseeded math.random gives them all the same
-- numbers: two threads sent the same key at the same moment, and the second got 409 "in progress") and across runs.
local threads = 0
setup = function(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
local run = os.time()
local i = 0
request = function()
  i = i + 1
  local k = (i % #customers) + 1
  local headers = { ["Content-Type"] = "application/json", ["Idempotency-Key"] = string.format("bench-%d-%d-%d", run, tid or 0, i) }
  if #tokens > 0 then headers["Authorization"] = "Bearer " .. tokens[k] end
  local body = string.format('{"customer":"%s","operator":"%s","amount":100.00,"paymentMethod":"Cash"}', customers[k], operators[k] or "")
  return wrk.format("POST", path, headers, body)
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
