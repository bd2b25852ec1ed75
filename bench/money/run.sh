#!/usr/bin/env bash
# A top-up POST under load against PostgreSQL: POST /api/topups (a cash top-up of 100.00 onto a customer account: checks,
# receipt number, ledger entry with till and customer balances, receipt, audit record, idempotency key, in one transaction)
# by the operators of several outlets of the demo network, beside bench/bare's POST /topups, the same rows written by one
# hand-written Npgsql transaction, in the same run. Usage: bench/money/run.sh [seconds=15] [connections=16] [outlets=4]
source "$(dirname "$0")/../lib.sh"
SECONDS_EACH="${1:-15}"; CONNECTIONS="${2:-16}"; OUTLETS="${3:-4}"
DEMO_PASSWORD="Demo2024ok"
command -v wrk >/dev/null || { say "apt-get install -y wrk"; exit 1; }

start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_bench"
build_host
say "dotnet build bench/bare -c Release"
(cd "$REPO" && dotnet build bench/bare -c Release -v q -nologo >"$BENCH_TMP/bare-build.log" 2>&1) || { tail -30 "$BENCH_TMP/bare-build.log"; exit 1; }

start_host Postgres "$(pg_connection admin_bench)"
say "host ready in ${STARTUP_MS} ms; the demo recipe (outlets 44010001…, operators gz01op…)"
(cd "$REPO/src/Host/bin/Release/net10.0" && Database__Provider=Postgres ConnectionStrings__Admin="$(pg_connection admin_bench)" \
  Setup__DemoPassword="$DEMO_PASSWORD" Logging__LogLevel__Default=Warning dotnet "$HOST_DLL" recipe "$REPO/recipes/demo.recipe.json" >"$BENCH_TMP/recipe.log" 2>&1) \
  || { tail -30 "$BENCH_TMP/recipe.log"; exit 1; }
# Bench set-up only: the demo operators' first password would have to be changed at first sign-in.
psql_db -d admin_bench -c 'UPDATE "Operators_Operators" SET "MustChangePassword" = false'
psql_db -d admin_bench -c "
INSERT INTO \"Counter_Customers\" (\"Id\", \"Code\", \"Type\", \"Name\", \"IdType\", \"IdNumber\", \"OutletId\", \"OutletCode\", \"Status\", \"CreatedAt\", \"Version\")
SELECT gen_random_uuid(), 'T' || \"Code\", 'Individual', 'Top-up bench customer ' || \"Code\", 'Other', 'TOPUP' || \"Code\", \"Id\", \"Code\", 'Active', now(), 1
FROM \"Outlets_Outlets\" WHERE \"Code\" LIKE '4401000_' AND \"Code\" <> '44010000'"

TOKENS=(); CUSTOMERS=(); OPERATORS=()
for n in $(seq 1 "$OUTLETS"); do
  outlet="4401000$n"; login="gz0${n}op"
  TOKENS+=("$(curl -fs -H 'Content-Type: application/json' -d "{\"outletCode\":\"$outlet\",\"loginName\":\"$login\",\"password\":\"$DEMO_PASSWORD\"}" "$HOST_URL/api/auth/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')")
  CUSTOMERS+=("T$outlet")
  OPERATORS+=("$(psql_db -d admin_bench -tAc "SELECT o.\"Id\" FROM \"Operators_Operators\" o JOIN \"Outlets_Outlets\" t ON t.\"Id\" = o.\"OutletId\" WHERE t.\"Code\" = '$outlet' AND o.\"LoginName\" = '$login'")")
done
export TOPUP_TOKENS TOPUP_CUSTOMERS TOPUP_OPERATORS TOPUP_PATH
TOPUP_TOKENS="$(IFS=,; echo "${TOKENS[*]}")"; TOPUP_CUSTOMERS="$(IFS=,; echo "${CUSTOMERS[*]}")"; TOPUP_OPERATORS="$(IFS=,; echo "${OPERATORS[*]}")"
code="$(curl -s -o "$BENCH_TMP/one.json" -w '%{http_code}' -H "Authorization: Bearer ${TOKENS[0]}" -H 'Content-Type: application/json' -H "Idempotency-Key: bench-first" \
  -d "{\"customer\":\"${CUSTOMERS[0]}\",\"amount\":100.00,\"paymentMethod\":\"Cash\"}" "$HOST_URL/api/topups")"
[[ "$code" == 201 ]] || { say "a top-up answered $code: $(cat "$BENCH_TMP/one.json")"; exit 1; }
OURS="$HOST_URL"; OURS_PID="$HOST_PID"

BARE_URL="http://127.0.0.1:$(free_port)"
(cd "$REPO/bench/bare/bin/Release/net10.0" && ASPNETCORE_URLS="$BARE_URL" ConnectionStrings__Admin="$(pg_connection admin_bench)" exec dotnet Bare.dll >"$BENCH_TMP/bare.log" 2>&1) &
BARE_PID=$!; PIDS+=("$BARE_PID")
until curl -fs -o /dev/null "$BARE_URL/outlets"; do kill -0 "$BARE_PID" || { cat "$BENCH_TMP/bare.log"; exit 1; }; sleep 0.05; done
code="$(curl -s -o "$BENCH_TMP/bare-one.json" -w '%{http_code}' -H 'Content-Type: application/json' -d "{\"customer\":\"${CUSTOMERS[0]}\",\"operator\":\"${OPERATORS[0]}\"}" "$BARE_URL/topups")"
[[ "$code" == 201 ]] || { say "bare /topups answered $code"; cat "$BENCH_TMP/bare.log"; exit 1; }

run() { # label, output, path, url
  local label="$1" out="$BENCH_TMP/$2.txt"
  TOPUP_PATH="$3" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/topup.lua" "$4" >"$out"
  wrk_summary "$label" "$out"
}
rps() { awk '/Requests\/sec/ {print $2}' "$BENCH_TMP/$1.txt"; }

say "warm-up (5 s each)"
TOPUP_PATH=/api/topups wrk -t2 -c"$CONNECTIONS" -d5s -s "$(dirname "$0")/topup.lua" "$OURS" >/dev/null
TOPUP_PATH=/topups TOPUP_TOKENS= wrk -t2 -c"$CONNECTIONS" -d5s -s "$(dirname "$0")/topup.lua" "$BARE_URL" >/dev/null

echo "Machine: $(machine_note). $OUTLETS outlets, one operator and one customer each; wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s; host, PostgreSQL (fsync on) and wrk on the same machine."
echo
echo "| what | requests/s | p50 | p95 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
TOPUP_TOKENS= run "bare \`POST /topups\` (one Npgsql transaction: number, 2 accounts, entry, 2 lines, receipt, audit)" bare /topups "$BARE_URL"
run "ours \`POST /api/topups\` (bearer, idempotency key, cash onto a customer account)" ours /api/topups "$OURS"
echo
python3 -c "print('Throughput ratio ours/bare: {:.2f}'.format($(rps ours)/$(rps bare)))"
echo "Receipt numbers afterwards (per outlet: receipts, highest number; equal = no gap): $(psql_db -d admin_bench -tAc \
  'SELECT string_agg("OutletCode" || '"'"': '"'"' || n || '"'"'/'"'"' || m, '"'"', '"'"' ORDER BY "OutletCode") FROM (SELECT "OutletCode", count(*) n, max("ReceiptNumber") m FROM "TopUps_Receipts" GROUP BY "OutletCode") s')"
echo "Ledger after the runs (trial balance net, fen; 0 = balanced): $(psql_db -d admin_bench -tAc 'SELECT coalesce(sum("Amount"), 0) FROM "Ledger_Lines"')"
echo "Host RSS after the runs: $(rss_mb "$OURS_PID") MB; bare: $(rss_mb "$BARE_PID") MB. Machine after: $(machine_note)."
