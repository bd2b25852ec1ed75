#!/usr/bin/env bash
# Cards at scale on PostgreSQL: seeds cards, customers and their ledger accounts and lines by SQL, then measures with wrk
# GET /api/cards/{number} and GET /api/cards?customer= (bearer token of the administrator: head office, sees every card)
# beside the same queries on bench/bare (raw Npgsql, one statement each), and 10,000 postings in one batch (bench/cards/Postings).
# Usage: bench/cards/run.sh [cards=10000000] [customers=cards/10] [seconds=15] [connections=16] [postings=10000]
source "$(dirname "$0")/../lib.sh"
CARDS="${1:-10000000}"; CUSTOMERS="${2:-$((CARDS / 10))}"; SECONDS_EACH="${3:-15}"; CONNECTIONS="${4:-16}"; POSTINGS="${5:-10000}"
command -v wrk >/dev/null || { say "apt-get install -y wrk"; exit 1; }

start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_bench"
build_host
say "dotnet build bench/bare and bench/cards/Postings -c Release"
(cd "$REPO" && dotnet build bench/bare -c Release -v q -nologo >"$BENCH_TMP/bare-build.log" 2>&1) || { tail -30 "$BENCH_TMP/bare-build.log"; exit 1; }
(cd "$REPO" && dotnet build bench/cards/Postings -c Release -v q -nologo >"$BENCH_TMP/postings-build.log" 2>&1) || { tail -30 "$BENCH_TMP/postings-build.log"; exit 1; }

start_host Postgres "$(pg_connection admin_bench)"
say "host ready in ${STARTUP_MS} ms; seeding $CARDS cards of $CUSTOMERS customers"
t0="$(date +%s)"
psql_db -d admin_bench -v cards="$CARDS" -v customers="$CUSTOMERS" -f "$(dirname "$0")/seed-cards.sql"
SEED_S=$(( $(date +%s) - t0 ))
size() { psql_db -d admin_bench -tAc "SELECT pg_size_pretty(pg_total_relation_size('\"$1\"'))"; }
say "seeded in ${SEED_S} s: $(psql_db -d admin_bench -tAc 'SELECT count(*) FROM "Cards_Cards"') cards ($(size Cards_Cards)), $(psql_db -d admin_bench -tAc 'SELECT count(*) FROM "Ledger_Lines"') ledger lines ($(size Ledger_Lines)), $(psql_db -d admin_bench -tAc 'SELECT count(*) FROM "Ledger_Accounts"') accounts ($(size Ledger_Accounts))"
OURS="$HOST_URL"; OURS_PID="$HOST_PID"

BARE_URL="http://127.0.0.1:$(free_port)"
(cd "$REPO/bench/bare/bin/Release/net10.0" && ASPNETCORE_URLS="$BARE_URL" ConnectionStrings__Admin="$(pg_connection admin_bench)" exec dotnet Bare.dll >"$BENCH_TMP/bare.log" 2>&1) &
BARE_PID=$!; PIDS+=("$BARE_PID")
until curl -fs -o /dev/null "$BARE_URL/outlets"; do kill -0 "$BARE_PID" || { cat "$BENCH_TMP/bare.log"; exit 1; }; sleep 0.05; done

TOKEN="$(admin_token)"
# A secondary card in the middle of the range, and a customer with ~10 cards.
NUMBER="$(psql_db -d admin_bench -tAc "SELECT \"Number\" FROM \"Cards_Cards\" WHERE \"Number\" LIKE '9103%' ORDER BY \"Number\" OFFSET $(( (CARDS - CUSTOMERS) / 2 )) LIMIT 1")"
CUSTOMER="K$(printf '%09d' $(( CUSTOMERS / 2 )))"
for pair in "/api/cards/$NUMBER|/cards/$NUMBER" "/api/cards?customer=$CUSTOMER|/cards?customer=$CUSTOMER"; do
  a="$(curl -fs -H "Authorization: Bearer $TOKEN" "$OURS${pair%%|*}" | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d.get("items",[d]); print(len(d), ",".join(i["number"]+":"+str(i["balances"]) for i in d))')"
  b="$(curl -fs "$BARE_URL${pair##*|}" | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d.get("items",[d]); print(len(d), ",".join(i["number"]+":"+str(i["balances"]) for i in d))')"
  [[ "$a" == "$b" ]] || { say "ours and bare differ for ${pair%%|*}"; echo "$a" | cut -c1-300; echo "$b" | cut -c1-300; exit 1; }
done
say "ours and bare answer the same cards and balances (card $NUMBER, customer $CUSTOMER)"

run() { # label, output, wrk args...
  local label="$1" out="$BENCH_TMP/$2.txt"; shift 2
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/../latency.lua" "$@" >"$out"
  wrk_summary "$label" "$out"
}
rps() { awk '/Requests\/sec/ {print $2}' "$BENCH_TMP/$1.txt"; }

say "warm-up (5 s each)"
wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$OURS/api/cards/$NUMBER" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "$BARE_URL/cards/$NUMBER" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$OURS/api/cards?customer=$CUSTOMER" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "$BARE_URL/cards?customer=$CUSTOMER" >/dev/null

echo "Machine: $(machine_note). $CARDS cards, $CUSTOMERS customers (seeded in ${SEED_S} s); wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s; host, PostgreSQL and wrk on the same machine."
echo
echo "| what | requests/s | p50 | p95 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
run "bare \`/cards/{number}\`" bare1 "$BARE_URL/cards/$NUMBER"
run "ours \`/api/cards/{number}\`" ours1 -H "Authorization: Bearer $TOKEN" "$OURS/api/cards/$NUMBER"
run "bare \`/cards?customer=…\`" bare2 "$BARE_URL/cards?customer=$CUSTOMER"
run "ours \`/api/cards?customer=…\`" ours2 -H "Authorization: Bearer $TOKEN" "$OURS/api/cards?customer=$CUSTOMER"
echo
echo "One connection (a counter operator's request alone: latency, not throughput):"
echo
echo "| what | requests/s | p50 | p95 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
CONNECTIONS_SAVED="$CONNECTIONS"; CONNECTIONS=1
run1() { local label="$1" out="$BENCH_TMP/$2.txt"; shift 2; wrk -t1 -c1 -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/../latency.lua" "$@" >"$out"; wrk_summary "$label" "$out"; }
run1 "bare \`/cards/{number}\`, 1 connection" bare1c "$BARE_URL/cards/$NUMBER"
run1 "ours \`/api/cards/{number}\`, 1 connection" ours1c -H "Authorization: Bearer $TOKEN" "$OURS/api/cards/$NUMBER"
run1 "bare \`/cards?customer=…\`, 1 connection" bare2c "$BARE_URL/cards?customer=$CUSTOMER"
run1 "ours \`/api/cards?customer=…\`, 1 connection" ours2c -H "Authorization: Bearer $TOKEN" "$OURS/api/cards?customer=$CUSTOMER"
CONNECTIONS="$CONNECTIONS_SAVED"
echo
python3 -c "print('Throughput ratio ours/bare: card by number {:.2f}, customer\'s cards {:.2f}'.format($(rps ours1)/$(rps bare1), $(rps ours2)/$(rps bare2)))"
echo "Host RSS after the runs: $(rss_mb "$OURS_PID") MB; bare: $(rss_mb "$BARE_PID") MB."
stop_host
echo
echo "| batch | time | rate |"
echo "| --- | ---: | ---: |"
(cd "$REPO/bench/cards/Postings/bin/Release/net10.0" && dotnet Postings.dll "$(pg_connection admin_bench)" "$POSTINGS")
echo
echo "Machine after: $(machine_note)."
