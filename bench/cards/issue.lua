-- POST /api/cards/issue: a new individual customer registered in the task and the next SINGLE card of the operator's drawer,
-- fees as scheduled (no review), cash, a fresh Idempotency-Key; the operators of several outlets in turn.
-- Environment: ISSUE_TOKENS (comma-separated bearer tokens, one per outlet), ISSUE_BASES (comma-separated first serials of each
-- outlet's range: 11 digits after the 9101 prefix), ISSUE_THREADS (wrk -t). Each wrk thread takes every ISSUE_THREADS-th
-- number of each drawer, so no two requests ask for the same card. Adds p95 to wrk's summary.
local function split(s)
  local t = {}
  for v in string.gmatch(s or "", "[^,]+") do t[#t + 1] = v end
  return t
end

local threads = {}
local next_id = 0
setup = function(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  threads[#threads + 1] = thread
end

local function luhn(payload)
  local sum, double = 0, true
  for i = #payload, 1, -1 do
    local d = tonumber(payload:sub(i, i))
    if double then d = d * 2; if d > 9 then d = d - 9 end end
    sum = sum + d
    double = not double
  end
  return tostring((10 - sum % 10) % 10)
end

local tokens, bases = split(os.getenv("ISSUE_TOKENS")), split(os.getenv("ISSUE_BASES"))
local step = tonumber(os.getenv("ISSUE_THREADS") or "1")
local taken = {}
local run = os.time()
local i = 0
request = function()
  i = i + 1
  local k = (i % #tokens) + 1
  taken[k] = (taken[k] or 0) + 1
  local serial = string.format("%011d", tonumber(bases[k]) + (taken[k] - 1) * step + (tid or 0))
  local number = "9101" .. serial .. luhn("9101" .. serial)
  -- The run's start in the key: the warm-up used the same thread/outlet/count triples for other card numbers, and a key
  -- sent again with another body is refused (422), which made the first requests of the measured run fail.
  local key = string.format("bench-%d-%d-%d-%d", run, tid or 0, k, taken[k])
  local body = string.format('{"newCustomer":{"type":"Individual","name":"Issue bench %s","idType":"Other","idNumber":"IB%s","phone":"13800000000"},'
    .. '"product":"SINGLE","card":{"number":"%s"},"paymentMethod":"Cash"}', key, serial, number)
  return wrk.format("POST", "/api/cards/issue", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[k], ["Idempotency-Key"] = key }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
