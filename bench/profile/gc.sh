#!/usr/bin/env bash
# The host's memory and throughput under each garbage-collector setting, one host after the other on one seeded PostgreSQL:
# the outlet list page and GET /api/outlets under wrk, RSS sampled every second (the largest is reported) and after 3 s idle.
# The settings are given as environment variables, so one Release build serves them all (they override runtimeconfig.json).
# Usage: bench/profile/gc.sh [seconds=10] [connections=16]
source "$(dirname "$0")/../lib.sh"
SECONDS_EACH="${1:-10}"; CONNECTIONS="${2:-16}"
command -v wrk >/dev/null || { say "apt-get install -y wrk"; apt-get install -y wrk >/dev/null 2>&1 || exit 1; }
MODES=(
  "workstation (concurrent)|DOTNET_gcServer=0"
  "server, DATAS (the Web SDK's default)|DOTNET_gcServer=1"
  "server, DATAS off|DOTNET_gcServer=1 DOTNET_GCDynamicAdaptationMode=0"
)

start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_bench"
[[ -f "$REPO/src/Host/bin/Release/net10.0/Admin.Host.dll" && -n "${NO_BUILD:-}" ]] && HOST_DLL="$REPO/src/Host/bin/Release/net10.0/Admin.Host.dll" || build_host

peak_rss() { # pid seconds: the largest RSS seen, sampled every second
  local max=0 now
  for _ in $(seq "$2"); do now="$(rss_mb "$1")"; ((now > max)) && max="$now"; sleep 1; done
  echo "$max"
}

echo "Machine: $(machine_note). wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s per target after 5 s warm-up each; 3,000 outlets."
echo
echo "| GC setting | page req/s | API req/s | RSS after start | peak RSS under load | RSS 3 s after |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
seeded=0
for mode in "${MODES[@]}"; do
  label="${mode%%|*}"; env_vars="${mode#*|}"
  HOST_ENV="$env_vars" start_host Postgres "$(pg_connection admin_bench)"
  started="$(rss_mb "$HOST_PID")"
  if ((!seeded)); then psql_db -d admin_bench -v count=3000 -f "$REPO/bench/outlets/seed-outlets.sql"; seeded=1; fi
  TOKEN="$(admin_token)"
  wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$HOST_URL/admin/outlets" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/outlets" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -H "Authorization: Bearer $TOKEN" "$HOST_URL/admin/outlets" >"$BENCH_TMP/page.txt" &
  peak1="$(peak_rss "$HOST_PID" "$SECONDS_EACH")"; wait $!
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/outlets" >"$BENCH_TMP/api.txt" &
  peak2="$(peak_rss "$HOST_PID" "$SECONDS_EACH")"; wait $!
  sleep 3
  printf '| %s (`%s`) | %s | %s | %s MB | %s MB | %s MB |\n' "$label" "$env_vars" \
    "$(awk '/Requests\/sec/ {print $2}' "$BENCH_TMP/page.txt")" "$(awk '/Requests\/sec/ {print $2}' "$BENCH_TMP/api.txt")" \
    "$started" "$((peak1 > peak2 ? peak1 : peak2))" "$(rss_mb "$HOST_PID")"
  kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true
done
echo
echo "Machine after: $(machine_note)."
