#!/usr/bin/env bash
# CPU samples, allocation rate and GC counts of the host (Release, Production settings, PostgreSQL) under wrk load, one
# target at a time: GET /api/outlets, the /admin/outlets page, GET /api/cards/{number} (bearer token of the administrator).
# dotnet-trace (dotnet-sampled-thread-time) and dotnet-counters are the repository's local tools (dotnet-tools.json).
# Usage: bench/profile/run.sh [seconds=15] [connections=16] [cards=2000] [out=bench/profile/out]
source "$(dirname "$0")/../lib.sh"
SECONDS_EACH="${1:-15}"; CONNECTIONS="${2:-16}"; CARDS="${3:-2000}"; OUT="${4:-$REPO/bench/profile/out}"
command -v wrk >/dev/null || { say "apt-get install -y wrk"; apt-get install -y wrk >/dev/null 2>&1 || exit 1; }
mkdir -p "$OUT"
(cd "$REPO" && dotnet tool restore >/dev/null)
trace() { (cd "$REPO" && dotnet dotnet-trace "$@"); }
counters() { (cd "$REPO" && dotnet dotnet-counters "$@"); }

start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_bench"
build_host
# PROFILER=trace (default): dotnet-trace's sampled thread time; it also counts threads that wait for a core, so on a loaded
# machine whatever runs in a system call looks larger. PROFILER=perf: on-CPU samples of every thread, kernel included (the
# host runs with DOTNET_PerfMapEnabled=1; here, on 2026-12-07, perf left JIT frames unnamed, so only the split between
# managed code, the runtime, the JIT and the kernel could be read from it; see bench/PROFILE.md).
PROFILER="${PROFILER:-trace}"
HOST_ENV="DOTNET_PerfMapEnabled=1" start_host Postgres "$(pg_connection admin_bench)"
say "host ready in ${STARTUP_MS} ms; seeding 3000 outlets and $CARDS cards"
psql_db -d admin_bench -v count=3000 -f "$REPO/bench/outlets/seed-outlets.sql"
psql_db -d admin_bench -v cards="$CARDS" -v customers="$((CARDS / 10))" -f "$REPO/bench/cards/seed-cards.sql" >/dev/null
NUMBER="$(psql_db -d admin_bench -tAc "SELECT \"Number\" FROM \"Cards_Cards\" WHERE \"Number\" LIKE '9103%' ORDER BY \"Number\" LIMIT 1")"
TOKEN="$(admin_token)"

echo "Machine: $(machine_note). wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s per target; host (Release, Production), PostgreSQL and wrk on the same machine."
for target in "api-outlets|/api/outlets" "page-outlets|/admin/outlets" "api-card|/api/cards/$NUMBER"; do
  name="${target%%|*}"; path="${target#*|}"
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$HOST_URL$path")" == 200 ]] || { say "$path did not answer 200"; exit 1; }
  wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$HOST_URL$path" >/dev/null   # warm-up
  rm -f "$OUT/$name".*
  wrk -t2 -c"$CONNECTIONS" -d"$((SECONDS_EACH + 4))s" -H "Authorization: Bearer $TOKEN" "$HOST_URL$path" >"$OUT/$name.wrk.txt" &
  WRK=$!
  sleep 1
  cpu0="$(awk '{print $14 + $15}' "/proc/$HOST_PID/stat")"
  counters collect -p "$HOST_PID" --counters System.Runtime --format csv -o "$OUT/$name.counters.csv" --duration "00:00:00:$(printf '%02d' "$SECONDS_EACH")" >/dev/null 2>&1 &
  COUNTERS=$!
  if [[ $PROFILER == perf ]]; then
    perf record -e cpu-clock -F 499 -g -p "$HOST_PID" -o "$OUT/$name.perf.data" -- sleep "$SECONDS_EACH" >/dev/null 2>&1
  else
    trace collect -p "$HOST_PID" --profile dotnet-sampled-thread-time -o "$OUT/$name.nettrace" --duration "00:00:00:$(printf '%02d' "$SECONDS_EACH")" >/dev/null 2>&1
  fi
  cpu1="$(awk '{print $14 + $15}' "/proc/$HOST_PID/stat")"
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  wait "$COUNTERS" || true; wait "$WRK"
  echo
  echo "## $name: \`GET $path\`"
  echo
  echo "$(awk '/Requests\/sec/ {print $2}' "$OUT/$name.wrk.txt") requests/s (wrk, $((SECONDS_EACH + 4)) s); host CPU $(python3 -c "print(f'{($cpu1-$cpu0)/$(getconf CLK_TCK)/$SECONDS_EACH:.2f}')") cores during the trace; load average $load; RSS $(rss_mb "$HOST_PID") MB"
  if [[ $PROFILER == perf ]]; then
    perf script -i "$OUT/$name.perf.data" -F comm,tid,ip,sym,dso >"$OUT/$name.perf.txt" 2>/dev/null
    python3 "$(dirname "$0")/analyze.py" --perf "$OUT/$name.perf.txt" --counters "$OUT/$name.counters.csv" --requests "$OUT/$name.wrk.txt" -n "${TOP:-25}"
  else
    trace convert --format Speedscope -o "$OUT/$name" "$OUT/$name.nettrace" >/dev/null 2>&1
    python3 "$(dirname "$0")/analyze.py" "$OUT/$name.speedscope.json" --counters "$OUT/$name.counters.csv" --requests "$OUT/$name.wrk.txt" -n "${TOP:-25}"
  fi
done
echo
echo "Machine after: $(machine_note)."
