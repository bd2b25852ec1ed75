#!/usr/bin/env bash
# Pre-allocation to 10 cards under load against PostgreSQL: POST /api/allocations by demo operator gz01op of outlet 44010001,
# each request one task — 10 cards checked (visible, the customer's, in use, under their product's cap), one ledger entry of
# 11 lines (D Customer · C Card ×10) with 11 conditional balance updates, the allocation with its 10 lines, the audit record
# and the idempotency key, in one transaction. Usage: bench/money/allocations.sh [seconds=15] [connections=8] [customers=200]
# (customers spread the load: two requests of one customer serialise on its account's row).
source "$(dirname "$0")/../lib.sh"
SECONDS_EACH="${1:-15}"; CONNECTIONS="${2:-8}"; CUSTOMERS="${3:-200}"
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
psql_db -d admin_bench -c 'UPDATE "Operators_Operators" SET "MustChangePassword" = false'
say "seeding $CUSTOMERS customers with 11 cards each and funded customer accounts"
psql_db -d admin_bench -v customers="$CUSTOMERS" -v fund=100000000 -v bodies="$BENCH_TMP/bodies.jsonl" -f "$(dirname "$0")/seed-allocations.sql" >/dev/null

export ALLOC_TOKEN ALLOC_BODIES="$BENCH_TMP/bodies.jsonl"
ALLOC_TOKEN="$(curl -fs -H 'Content-Type: application/json' -d "{\"outletCode\":\"44010001\",\"loginName\":\"gz01op\",\"password\":\"$DEMO_PASSWORD\"}" "$HOST_URL/api/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
code="$(curl -s -o "$BENCH_TMP/one.json" -w '%{http_code}' -H "Authorization: Bearer $ALLOC_TOKEN" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: first-$$" -d "$(head -n 1 "$ALLOC_BODIES")" "$HOST_URL/api/allocations")"
[[ "$code" == 201 ]] || { say "a pre-allocation answered $code: $(cat "$BENCH_TMP/one.json")"; exit 1; }

say "warm-up (5 s)"
wrk -t2 -c"$CONNECTIONS" -d5s -s "$(dirname "$0")/allocations.lua" "$HOST_URL" >/dev/null
echo "Machine: $(machine_note). $CUSTOMERS customers of one outlet, 10 secondary cards each; wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s; host, PostgreSQL (fsync on) and wrk on the same machine."
echo
echo "| what | requests/s | p50 | p95 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/allocations.lua" "$HOST_URL" >"$BENCH_TMP/ours.txt"
wrk_summary "\`POST /api/allocations\` (10 cards, 11-line entry)" "$BENCH_TMP/ours.txt"
grep "^refused" "$BENCH_TMP/ours.txt" | sed "s/^/Answer other than 201: /" || true
echo
echo "Ledger after the run: $(curl -fs -H "Authorization: Bearer $(admin_token)" "$HOST_URL/api/ledger/trial-balance" | python3 -c 'import json,sys; t=json.load(sys.stdin); print("trial balance net", t["net"], "balanced", t["balanced"])')"
echo "Host RSS after the run: $(rss_mb "$HOST_PID") MB. Machine after: $(machine_note)."
