-- Adds p95 (wrk --latency prints 50/75/90/99) to wrk's summary.
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
