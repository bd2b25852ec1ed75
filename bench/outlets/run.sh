#!/usr/bin/env bash
# The outlet list under load, signed in, against PostgreSQL with a few thousand outlets: GET /api/outlets (bearer token)
# and the outlet list page /admin/outlets (same token), beside the same query served by bench/bare (raw Npgsql) in
# the same run. Usage: bench/outlets/run.sh [outlets=3000] [seconds=15] [connections=16]
source "$(dirname "$0")/../lib.sh"
COUNT="${1:-3000}"; SECONDS_EACH="${2:-15}"; CONNECTIONS="${3:-16}"
command -v wrk >/dev/null || { say "apt-get install -y wrk"; exit 1; }

start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_bench"
build_host
say "dotnet build bench/bare -c Release"
(cd "$REPO" && dotnet build bench/bare -c Release -v q -nologo >"$BENCH_TMP/bare-build.log" 2>&1) || { tail -30 "$BENCH_TMP/bare-build.log"; exit 1; }

start_host Postgres "$(pg_connection admin_bench)"
say "host ready in ${STARTUP_MS} ms; seeding $COUNT outlets"
psql_db -d admin_bench -v count="$COUNT" -f "$(dirname "$0")/seed-outlets.sql"
OURS="$HOST_URL"; OURS_PID="$HOST_PID"

BARE_URL="http://127.0.0.1:$(free_port)"
(cd "$REPO/bench/bare/bin/Release/net10.0" && ASPNETCORE_URLS="$BARE_URL" ConnectionStrings__Admin="$(pg_connection admin_bench)" exec dotnet Bare.dll >"$BENCH_TMP/bare.log" 2>&1) &
BARE_PID=$!; PIDS+=("$BARE_PID")
until curl -fs -o /dev/null "$BARE_URL/outlets"; do kill -0 "$BARE_PID" || { cat "$BENCH_TMP/bare.log"; exit 1; }; sleep 0.05; done

TOKEN="$(admin_token)"
curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$OURS/api/outlets" || { say "signed-in API call failed"; exit 1; }
# The page is requested with the same bearer token (the host's policy scheme accepts it on screens too): signed in, same
# permission checks; only the cookie decryption is left out.
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$OURS/admin/outlets")" == 200 ]] || { say "signed-in page failed"; exit 1; }
say "$(curl -s -H "Authorization: Bearer $TOKEN" "$OURS/api/outlets" | wc -c) bytes from /api/outlets, $(curl -s "$BARE_URL/outlets" | wc -c) from bare"

run() { # label, output, wrk args...
  local label="$1" out="$BENCH_TMP/$2.txt"; shift 2
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/../latency.lua" "$@" >"$out"
  wrk_summary "$label" "$out"
  cat "$out" >>"$BENCH_TMP/all-wrk.txt"
}

say "warm-up (5 s each)"
wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$OURS/api/outlets" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$OURS/admin/outlets" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "$BARE_URL/outlets" >/dev/null

echo "Machine: $(machine_note). $COUNT outlets; wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s; host, PostgreSQL and wrk on the same machine."
echo
echo "| what | requests/s | p50 | p95 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
run "bare ASP.NET Core + Npgsql \`GET /outlets\` (50 rows)" bare "$BARE_URL/outlets"
run "ours \`GET /api/outlets\` (50 rows, bearer)" api -H "Authorization: Bearer $TOKEN" "$OURS/api/outlets"
run "ours \`/admin/outlets\` page (50 rows, HTML)" page -H "Authorization: Bearer $TOKEN" "$OURS/admin/outlets"
echo
bare="$(awk '/Requests\/sec/ {print $2}' "$BENCH_TMP/bare.txt")"
api="$(awk '/Requests\/sec/ {print $2}' "$BENCH_TMP/api.txt")"
page="$(awk '/Requests\/sec/ {print $2}' "$BENCH_TMP/page.txt")"
python3 -c "print(f'Throughput ratio ours/bare: API {float($api)/float($bare):.2f}, page {float($page)/float($bare):.2f}')"
echo "Host RSS after the runs: $(rss_mb "$OURS_PID") MB; bare: $(rss_mb "$BARE_PID") MB. Machine after: $(machine_note)."
