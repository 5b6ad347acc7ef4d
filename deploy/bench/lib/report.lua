-- The measurement line every wrk run of deploy/bench/run prints (its `done` hook): requests, seconds, req/s,
-- latency percentiles (ms) and every request that did not answer 2xx/3xx or failed on the socket.
-- Loaded by the scenario scripts (dofile) or given to wrk on its own for a GET.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH_RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
