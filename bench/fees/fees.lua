-- POST a fee collection (CARD 20.00 + DEPOSIT 30.00, cash, as scheduled: no review) for one of several counters in turn.
-- Environment: FEE_PATH (/api/counter/fee-collections or /fees), FEE_TOKENS (comma-separated bearer tokens, or empty for
-- bare), FEE_CUSTOMERS (comma-separated customer codes, one per token). Adds p95 to wrk's summary.
local function split(s)
  local t = {}
  for v in string.gmatch(s or "", "[^,]+") do t[#t + 1] = v end
  return t
end
local tokens, customers = split(os.getenv("FEE_TOKENS")), split(os.getenv("FEE_CUSTOMERS"))
local path = os.getenv("FEE_PATH")
-- A fee collection moves money, so ours requires an Idempotency-Key: a fresh one per request, unique across wrk runs
-- on the same database (the warm-up and the measured run) and across wrk threads.
local threads = 0
setup = function(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
math.randomseed(os.time())
local run = tostring(os.time()) .. "-" .. tostring(math.random(1, 1000000000))
local i = 0
request = function()
  i = i + 1
  local k = (i % #customers) + 1
  local headers = { ["Content-Type"] = "application/json" }
  if #tokens > 0 then
    headers["Authorization"] = "Bearer " .. tokens[k]
    headers["Idempotency-Key"] = string.format("fee-%s-%d-%d", run, tid or 0, i)
  end
  local body = string.format('{"customer":"%s","paymentMethod":"Cash","items":[{"fee":"CARD","quantity":1,"collected":20.00},{"fee":"DEPOSIT","quantity":1,"collected":30.00}]}', customers[k])
  return wrk.format("POST", path, headers, body)
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
