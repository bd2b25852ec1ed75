#!/usr/bin/env bash
# The cheque query under load against PostgreSQL with a million cheques: GET /api/cheques (bearer token of the
# administrator: head office, sees every outlet) with filters and keyset paging, beside the same query served by bench/bare
# (raw Npgsql) in the same run. Usage: bench/cheques/run.sh [cheques=1000000] [seconds=15] [connections=16]
source "$(dirname "$0")/../lib.sh"
COUNT="${1:-1000000}"; SECONDS_EACH="${2:-15}"; CONNECTIONS="${3:-16}"
command -v wrk >/dev/null || { say "apt-get install -y wrk"; exit 1; }

start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_bench"
build_host
say "dotnet build bench/bare -c Release"
(cd "$REPO" && dotnet build bench/bare -c Release -v q -nologo >"$BENCH_TMP/bare-build.log" 2>&1) || { tail -30 "$BENCH_TMP/bare-build.log"; exit 1; }

start_host Postgres "$(pg_connection admin_bench)"
say "host ready in ${STARTUP_MS} ms; seeding $COUNT cheques"
t0="$(date +%s)"
psql_db -d admin_bench -v count="$COUNT" -f "$(dirname "$0")/seed-cheques.sql"
SEED_S=$(( $(date +%s) - t0 ))
say "seeded in ${SEED_S} s: $(psql_db -d admin_bench -tAc 'SELECT count(*) FROM "Cheques_Cheques"') cheques, $(psql_db -d admin_bench -tAc 'SELECT pg_size_pretty(pg_total_relation_size($$"Cheques_Cheques"$$))')"
OURS="$HOST_URL"; OURS_PID="$HOST_PID"

BARE_URL="http://127.0.0.1:$(free_port)"
(cd "$REPO/bench/bare/bin/Release/net10.0" && ASPNETCORE_URLS="$BARE_URL" ConnectionStrings__Admin="$(pg_connection admin_bench)" exec dotnet Bare.dll >"$BENCH_TMP/bare.log" 2>&1) &
BARE_PID=$!; PIDS+=("$BARE_PID")
until curl -fs -o /dev/null "$BARE_URL/cheques?limit=1"; do kill -0 "$BARE_PID" || { cat "$BENCH_TMP/bare.log"; exit 1; }; sleep 0.05; done

TOKEN="$(admin_token)"
FROM="$(date -u -d '-60 days' +%F)"; TO="$(date -u -d '-30 days' +%F)"
Q1="limit=50"
Q2="status=Cleared&minAmount=50000&limit=50"
Q3="outlet=40000007&from=$FROM&to=$TO&limit=50"
# The keyset cursor of Q3's first page (the host's; bench/bare reads the same format): Q3 page 2.
CURSOR="$(curl -fs -H "Authorization: Bearer $TOKEN" "$OURS/api/cheques?$Q3" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')"
Q4="$Q3&after=$CURSOR"

# Same rows, same order, from both.
for q in "$Q1" "$Q2" "$Q4"; do
  a="$(curl -fs -H "Authorization: Bearer $TOKEN" "$OURS/api/cheques?$q" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["items"]), ",".join(i["id"] for i in d["items"]), d["next"])')"
  b="$(curl -fs "$BARE_URL/cheques?$q" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["items"]), ",".join(i["id"] for i in d["items"]), d["next"])')"
  [[ "$a" == "$b" ]] || { say "ours and bare differ for ?$q"; echo "$a" | cut -c1-200; echo "$b" | cut -c1-200; exit 1; }
done
say "ours and bare answer the same 50 rows and cursor for each query; $(curl -s -H "Authorization: Bearer $TOKEN" "$OURS/api/cheques?$Q1" | wc -c) bytes from ours, $(curl -s "$BARE_URL/cheques?$Q1" | wc -c) from bare"

run() { # label, output, wrk args...
  local label="$1" out="$BENCH_TMP/$2.txt"; shift 2
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/../latency.lua" "$@" >"$out"
  wrk_summary "$label" "$out"
}
rps() { awk '/Requests\/sec/ {print $2}' "$BENCH_TMP/$1.txt"; }

say "warm-up (5 s each)"
for q in "$Q1" "$Q2" "$Q4"; do
  wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$OURS/api/cheques?$q" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d5s "$BARE_URL/cheques?$q" >/dev/null
done

echo "Machine: $(machine_note). $COUNT cheques (seeded in ${SEED_S} s); wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s; host, PostgreSQL and wrk on the same machine."
echo
echo "| what | requests/s | p50 | p95 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
run "bare \`/cheques?$Q1\`" bare1 "$BARE_URL/cheques?$Q1"
run "ours \`/api/cheques?$Q1\`" ours1 -H "Authorization: Bearer $TOKEN" "$OURS/api/cheques?$Q1"
run "bare \`/cheques?$Q2\`" bare2 "$BARE_URL/cheques?$Q2"
run "ours \`/api/cheques?$Q2\`" ours2 -H "Authorization: Bearer $TOKEN" "$OURS/api/cheques?$Q2"
run "bare \`/cheques?outlet=40000007&from=…&to=…&limit=50&after=…\` (page 2)" bare4 "$BARE_URL/cheques?$Q4"
run "ours \`/api/cheques?outlet=40000007&from=…&to=…&limit=50&after=…\` (page 2)" ours4 -H "Authorization: Bearer $TOKEN" "$OURS/api/cheques?$Q4"
echo
python3 -c "print('Throughput ratio ours/bare: first page {:.2f}, status+amount filter {:.2f}, outlet+dates page 2 {:.2f}'.format($(rps ours1)/$(rps bare1), $(rps ours2)/$(rps bare2), $(rps ours4)/$(rps bare4)))"
echo "Host RSS after the runs: $(rss_mb "$OURS_PID") MB; bare: $(rss_mb "$BARE_PID") MB. Machine after: $(machine_note)."
