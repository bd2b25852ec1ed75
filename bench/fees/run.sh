#!/usr/bin/env bash
# A fee collection POST under load against PostgreSQL: POST /api/counter/fee-collections by the operators of several
# outlets of the demo network (bearer tokens; each collection takes its outlet's next receipt number, writes the collection,
# its lines and its audit record in one transaction), beside bench/bare's POST /fees, the same rows written by one
# hand-written Npgsql transaction, in the same run. Usage: bench/fees/run.sh [seconds=15] [connections=16] [outlets=4]
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
# One customer per outlet, as the counter would have created it.
psql_db -d admin_bench -c "
INSERT INTO \"Counter_Customers\" (\"Id\", \"Code\", \"Type\", \"Name\", \"IdType\", \"IdNumber\", \"OutletId\", \"OutletCode\", \"Status\", \"CreatedAt\", \"Version\")
SELECT gen_random_uuid(), 'F' || \"Code\", 'Company', 'Fee bench customer ' || \"Code\", 'BusinessLicence', '91440101MA5' || \"Code\", \"Id\", \"Code\", 'Active', now(), 1
FROM \"Outlets_Outlets\" WHERE \"Code\" LIKE '4401000_' AND \"Code\" <> '44010000'"

TOKENS=(); CUSTOMERS=()
for n in $(seq 1 "$OUTLETS"); do
  outlet="4401000$n"; login="gz0${n}op"
  TOKENS+=("$(curl -fs -H 'Content-Type: application/json' -d "{\"outletCode\":\"$outlet\",\"loginName\":\"$login\",\"password\":\"$DEMO_PASSWORD\"}" "$HOST_URL/api/auth/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')")
  CUSTOMERS+=("F$outlet")
done
export FEE_TOKENS FEE_CUSTOMERS FEE_PATH
FEE_TOKENS="$(IFS=,; echo "${TOKENS[*]}")"; FEE_CUSTOMERS="$(IFS=,; echo "${CUSTOMERS[*]}")"
code="$(curl -s -o "$BENCH_TMP/one.json" -w '%{http_code}' -H "Authorization: Bearer ${TOKENS[0]}" -H 'Content-Type: application/json' -H "Idempotency-Key: fee-first-$$" \
  -d "{\"customer\":\"${CUSTOMERS[0]}\",\"paymentMethod\":\"Cash\",\"items\":[{\"fee\":\"CARD\",\"quantity\":1,\"collected\":20.00},{\"fee\":\"DEPOSIT\",\"quantity\":1,\"collected\":30.00}]}" \
  "$HOST_URL/api/counter/fee-collections")"
[[ "$code" == 201 ]] || { say "a fee collection answered $code: $(cat "$BENCH_TMP/one.json")"; exit 1; }
OURS="$HOST_URL"; OURS_PID="$HOST_PID"

BARE_URL="http://127.0.0.1:$(free_port)"
(cd "$REPO/bench/bare/bin/Release/net10.0" && ASPNETCORE_URLS="$BARE_URL" ConnectionStrings__Admin="$(pg_connection admin_bench)" exec dotnet Bare.dll >"$BENCH_TMP/bare.log" 2>&1) &
BARE_PID=$!; PIDS+=("$BARE_PID")
until curl -fs -o /dev/null "$BARE_URL/outlets"; do kill -0 "$BARE_PID" || { cat "$BENCH_TMP/bare.log"; exit 1; }; sleep 0.05; done
code="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "{\"customer\":\"${CUSTOMERS[0]}\"}" "$BARE_URL/fees")"
[[ "$code" == 201 ]] || { say "bare /fees answered $code"; cat "$BENCH_TMP/bare.log"; exit 1; }

run() { # label, output, path, url
  local label="$1" out="$BENCH_TMP/$2.txt"
  FEE_PATH="$3" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/fees.lua" "$4" >"$out"
  wrk_summary "$label" "$out"
}
rps() { awk '/Requests\/sec/ {print $2}' "$BENCH_TMP/$1.txt"; }

say "warm-up (5 s each)"
FEE_PATH=/api/counter/fee-collections wrk -t2 -c"$CONNECTIONS" -d5s -s "$(dirname "$0")/fees.lua" "$OURS" >/dev/null
FEE_PATH=/fees FEE_TOKENS= wrk -t2 -c"$CONNECTIONS" -d5s -s "$(dirname "$0")/fees.lua" "$BARE_URL" >/dev/null

echo "Machine: $(machine_note). $OUTLETS outlets, one operator and one customer each; wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s; host, PostgreSQL (fsync on) and wrk on the same machine."
echo
echo "| what | requests/s | p50 | p95 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
FEE_TOKENS= run "bare \`POST /fees\` (one Npgsql transaction: counter, collection, 2 lines, audit)" bare /fees "$BARE_URL"
run "ours \`POST /api/counter/fee-collections\` (bearer, 2 lines, no review)" ours /api/counter/fee-collections "$OURS"
echo
python3 -c "print('Throughput ratio ours/bare: {:.2f}'.format($(rps ours)/$(rps bare)))"
echo "Receipt numbers afterwards (per outlet: collections, highest number; equal = no gap): $(psql_db -d admin_bench -tAc \
  'SELECT string_agg("OutletCode" || '"'"': '"'"' || n || '"'"'/'"'"' || m, '"'"', '"'"' ORDER BY "OutletCode") FROM (SELECT "OutletCode", count(*) n, max("ReceiptNumber") m FROM "Counter_FeeCollections" GROUP BY "OutletCode") s')"
echo "Host RSS after the runs: $(rss_mb "$OURS_PID") MB; bare: $(rss_mb "$BARE_PID") MB. Machine after: $(machine_note)."
