-- POST /api/auth/token with the administrator's credentials (set by run.sh through the environment).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"outletCode":"10000000","loginName":"admin","password":"%s"}', os.getenv("ADMIN_PASSWORD"))
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
