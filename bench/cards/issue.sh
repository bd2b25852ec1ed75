#!/usr/bin/env bash
# Issuing beside fee collection on PostgreSQL: POST /api/cards/issue (a customer registered in the task, the next SINGLE card
# out of the operator's drawer, fees as scheduled: the customer, the card, the stock move, the record and its lines, the
# ledger entry with its balance updates, the audit record, in one transaction) and POST /api/counter/fee-collections, by the
# operators of several outlets of the demo network, in the same run; afterwards the ledger and the card stock must verify.
# Usage: bench/cards/issue.sh [seconds=15] [connections=16] [outlets=4] [cards per outlet=20000]
source "$(dirname "$0")/../lib.sh"
SECONDS_EACH="${1:-15}"; CONNECTIONS="${2:-16}"; OUTLETS="${3:-4}"; PER_OUTLET="${4:-20000}"
THREADS=2
DEMO_PASSWORD="Demo2024ok"
command -v wrk >/dev/null || { say "apt-get install -y wrk"; exit 1; }

start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_bench"
build_host
start_host Postgres "$(pg_connection admin_bench)"
say "host ready in ${STARTUP_MS} ms; the demo recipe (outlets 44010001…, operators gz01op…)"
(cd "$REPO/src/Host/bin/Release/net10.0" && Database__Provider=Postgres ConnectionStrings__Admin="$(pg_connection admin_bench)" \
  Setup__DemoPassword="$DEMO_PASSWORD" Logging__LogLevel__Default=Warning dotnet "$HOST_DLL" recipe "$REPO/recipes/demo.recipe.json" >"$BENCH_TMP/recipe.log" 2>&1) \
  || { tail -30 "$BENCH_TMP/recipe.log"; exit 1; }
# Bench set-up only: the demo operators' first password would have to be changed at first sign-in.
psql_db -d admin_bench -c 'UPDATE "Operators_Operators" SET "MustChangePassword" = false'
# One fee-collection customer per outlet, as the counter would have created it (bench/fees).
psql_db -d admin_bench -c "
INSERT INTO \"Counter_Customers\" (\"Id\", \"Code\", \"Type\", \"Name\", \"IdType\", \"IdNumber\", \"OutletId\", \"OutletCode\", \"Status\", \"CreatedAt\", \"Version\")
SELECT gen_random_uuid(), 'F' || \"Code\", 'Company', 'Fee bench customer ' || \"Code\", 'BusinessLicence', '91440101MA5' || \"Code\", \"Id\", \"Code\", 'Active', now(), 1
FROM \"Outlets_Outlets\" WHERE \"Code\" LIKE '4401000_' AND \"Code\" <> '44010000'"

ADMIN="$(admin_token)"
card() { python3 -c '
import sys
p = "9101" + sys.argv[1].zfill(11); s = 0
for i, c in enumerate(reversed(p)):
    d = int(c) * (2 if i % 2 == 0 else 1); s += d - 9 if d > 9 else d
print(p + str((10 - s % 10) % 10))' "$1"; }
post() { # token, path, json → the answer's body; fails the script on anything but 2xx
  curl -fsS -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$HOST_URL$2" || { say "POST $2 failed: $3"; exit 1; }
}

TOKENS=(); CUSTOMERS=(); BASES=()
for n in $(seq 1 "$OUTLETS"); do
  outlet="4401000$n"; login="gz0${n}op"
  token="$(curl -fs -H 'Content-Type: application/json' -d "{\"outletCode\":\"$outlet\",\"loginName\":\"$login\",\"password\":\"$DEMO_PASSWORD\"}" "$HOST_URL/api/auth/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
  TOKENS+=("$token"); CUSTOMERS+=("F$outlet")
  base=$((n * 100000000 + 1)); BASES+=("$base")
  first="$(card "$base")"; last="$(card $((base + PER_OUTLET - 1)))"
  say "outlet $outlet: $PER_OUTLET SINGLE cards $first…$last registered, requested, shipped, received, taken by $login"
  post "$ADMIN" /api/card-stock/ranges "{\"product\":\"SINGLE\",\"first\":\"$first\",\"last\":\"$last\"}" >/dev/null
  request="$(post "$token" /api/card-stock/requests "{\"product\":\"SINGLE\",\"quantity\":$PER_OUTLET}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  numbers="[{\"first\":\"$first\",\"last\":\"$last\"}]"
  post "$ADMIN" "/api/card-stock/requests/$request/ship" "{\"numbers\":$numbers}" >/dev/null
  post "$token" /api/card-stock/receive "{\"product\":\"SINGLE\",\"numbers\":$numbers}" >/dev/null
  post "$token" /api/card-stock/take "{\"product\":\"SINGLE\",\"numbers\":$numbers}" >/dev/null
done

# One issue by hand first (it must be 201), then the runs start after the numbers it used.
code="$(curl -s -o "$BENCH_TMP/one.json" -w '%{http_code}' -H "Authorization: Bearer ${TOKENS[0]}" -H 'Content-Type: application/json' -H 'Idempotency-Key: bench-first' \
  -d "{\"newCustomer\":{\"type\":\"Individual\",\"name\":\"Issue bench first\",\"idType\":\"Other\",\"idNumber\":\"IBFIRST\",\"phone\":\"13800000000\"},\"product\":\"SINGLE\",\"card\":{\"number\":\"$(card "${BASES[0]}")\"},\"paymentMethod\":\"Cash\"}" \
  "$HOST_URL/api/cards/issue")"
[[ "$code" == 201 ]] || { say "an issue answered $code: $(cat "$BENCH_TMP/one.json")"; exit 1; }
for n in "${!BASES[@]}"; do BASES[$n]=$((BASES[$n] + 1)); done
# The warm-up issues cards too: the measured run starts after the numbers it may have used.
WARM_SECONDS=5
export ISSUE_TOKENS ISSUE_BASES ISSUE_THREADS FEE_TOKENS FEE_CUSTOMERS FEE_PATH
ISSUE_TOKENS="$(IFS=,; echo "${TOKENS[*]}")"; ISSUE_THREADS="$THREADS"
FEE_TOKENS="$ISSUE_TOKENS"; FEE_CUSTOMERS="$(IFS=,; echo "${CUSTOMERS[*]}")"; FEE_PATH=/api/counter/fee-collections

say "warm-up (${WARM_SECONDS} s each)"
ISSUE_BASES="$(IFS=,; echo "${BASES[*]}")" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM_SECONDS}s" -s "$(dirname "$0")/issue.lua" "$HOST_URL" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM_SECONDS}s" -s "$(dirname "$0")/../fees/fees.lua" "$HOST_URL" >/dev/null
# Skip what the warm-up issued: the highest card number issued per outlet, plus one.
for n in "${!BASES[@]}"; do
  used="$(psql_db -d admin_bench -tAc "SELECT coalesce(max(substr(\"Number\", 5, 11)::bigint), 0) FROM \"Cards_Cards\" WHERE \"Number\" LIKE '9101%' AND substr(\"Number\", 5, 11)::bigint BETWEEN ${BASES[$n]} AND $((BASES[$n] + PER_OUTLET))")"
  (( used >= BASES[$n] )) && BASES[$n]=$((used + 1))
done
ISSUE_BASES="$(IFS=,; echo "${BASES[*]}")"

echo "Machine: $(machine_note). $OUTLETS outlets, one operator each; wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_EACH}s; host, PostgreSQL (fsync on) and wrk on the same machine."
echo
echo "| what | requests/s | p50 | p95 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/issue.lua" "$HOST_URL" >"$BENCH_TMP/issue.txt"
wrk_summary "\`POST /api/cards/issue\` (new customer, 1 SINGLE card, 3 fees, stock, ledger, audit)" "$BENCH_TMP/issue.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/../fees/fees.lua" "$HOST_URL" >"$BENCH_TMP/fees.txt"
wrk_summary "\`POST /api/counter/fee-collections\` (2 lines, no review)" "$BENCH_TMP/fees.txt"
echo
rps() { awk '/Requests\/sec/ {print $2}' "$BENCH_TMP/$1.txt"; }
python3 -c "print('Throughput ratio issue/fee collection: {:.2f}'.format($(rps issue)/$(rps fees)))"
echo "Cards issued: $(psql_db -d admin_bench -tAc 'SELECT count(*) FROM "Cards_Cards"'); ledger verify: $(curl -fs -H "Authorization: Bearer $ADMIN" "$HOST_URL/api/ledger/verify" | python3 -c 'import json,sys; print(json.load(sys.stdin)["intact"])'); card stock verify: $(curl -fs -H "Authorization: Bearer $ADMIN" "$HOST_URL/api/card-stock/verify" | head -c 300)"
echo "Host RSS after the runs: $(rss_mb "$HOST_PID") MB. Machine after: $(machine_note)."
