#!/usr/bin/env bash
# A month's takings report (top-up reconciliation) over many outlets on PostgreSQL: seeds ledger lines by SQL
# (seed-ledger.sql), then times GET /api/reports?kind=takings for the whole month of the network and of one outlet (bearer
# token of the administrator: head office sees every outlet), and the year of the network as a tracked job (POST
# /api/reports/runs, polled until done).
# Usage: bench/reports/run.sh [outlets=500] [per_day=333] [runs=20]   (500 × 30 × 333 × 2 ≈ 10 million lines)
source "$(dirname "$0")/../lib.sh"
OUTLETS="${1:-500}"; PER_DAY="${2:-333}"; RUNS="${3:-20}"
OFFSET_HOURS=8   # the host's default Kernel.UtcOffsetMinutes (480)
MONTH="$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m-%d)"
LAST="$(date -u -d "$MONTH +1 month -1 day" +%Y-%m-%d)"

start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_bench"
build_host
start_host Postgres "$(pg_connection admin_bench)"
say "host ready in ${STARTUP_MS} ms; seeding $OUTLETS outlets × $PER_DAY top-ups a day over $MONTH..$LAST"
t0="$(date +%s)"
psql_db -d admin_bench -v outlets="$OUTLETS" -v per_day="$PER_DAY" -v month="$MONTH" -v offset_hours="$OFFSET_HOURS" -f "$(dirname "$0")/seed-ledger.sql"
SEED_S=$(( $(date +%s) - t0 ))
LINES="$(psql_db -d admin_bench -tAc 'SELECT count(*) FROM "Ledger_Lines"')"
SIZE="$(psql_db -d admin_bench -tAc "SELECT pg_size_pretty(pg_total_relation_size('\"Ledger_Lines\"') + pg_total_relation_size('\"Ledger_Entries\"'))")"
TOKEN="$(admin_token)"

# times <label> <url>: RUNS sequential requests (one warm-up first), p50/p95/max in ms, and checks the total against SQL.
times() {
  local label="$1" url="$2" out="$BENCH_TMP/times.txt"; : >"$out"
  curl -fs -o "$BENCH_TMP/report.json" -H "Authorization: Bearer $TOKEN" "$url" || { say "$label failed"; curl -s -H "Authorization: Bearer $TOKEN" "$url" | head -c 500; exit 1; }
  for _ in $(seq "$RUNS"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$url" >>"$out"
  done
  python3 - "$label" "$out" "$BENCH_TMP/report.json" <<'PY'
import json, sys
label, path, report = sys.argv[1:4]
t = sorted(float(x) * 1000 for x in open(path))
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
r = json.load(open(report))
print(f"| {label} | {len(r['rows'])} | {r['totals'][6]} | {p(0.5):.0f} | {p(0.95):.0f} | {t[-1]:.0f} |")
PY
}

echo "Machine: $(machine_note). $OUTLETS outlets, $PER_DAY top-ups per outlet and day, $LINES ledger lines ($SIZE with entries), seeded in ${SEED_S} s; $RUNS sequential requests each."
echo
echo "| report | rows | total | p50 ms | p95 ms | max ms |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
times "network, month $MONTH" "$HOST_URL/api/reports?kind=takings&from=$MONTH&to=$LAST"
times "outlet 60000001, month" "$HOST_URL/api/reports?kind=takings&from=$MONTH&to=$LAST&outlet=60000001"
EXPECTED="$(psql_db -d admin_bench -tAc "SELECT to_char(sum(l.\"Amount\") / 100.0, 'FM999999999990.00') FROM \"Ledger_Lines\" l JOIN \"Ledger_Accounts\" a ON a.\"Id\" = l.\"AccountId\" WHERE a.\"Kind\" = 'Till'")"
echo
echo "Ledger's till total (SQL): $EXPECTED."

YEAR_FROM="$(date -u -d "$LAST -364 days" +%Y-%m-%d)"
t0="$(date +%s%N)"
RUN_ID="$(curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"kind\":\"takings\",\"from\":\"$YEAR_FROM\",\"to\":\"$LAST\"}" "$HOST_URL/api/reports/runs" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
until [[ "$(curl -fs -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/reports/runs/$RUN_ID" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')" != "Queued" ]]; do sleep 1; done
JOB_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
curl -fs -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/reports/runs/$RUN_ID" | python3 -c "import json,sys; r=json.load(sys.stdin); print(f'Network year {\"$YEAR_FROM\"}..{\"$LAST\"} as a job: {r[\"status\"]}, {r[\"rows\"]} rows, $JOB_MS ms from POST to done.')"
t0="$(date +%s%N)"
curl -fs -o "$BENCH_TMP/year.xlsx" -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/reports/runs/$RUN_ID/result?format=xlsx"
echo "Its XLSX: $(stat -c %s "$BENCH_TMP/year.xlsx") bytes in $(( ($(date +%s%N) - t0) / 1000000 )) ms. Host RSS: $(rss_mb "$HOST_PID") MB."
stop_host
