#!/usr/bin/env bash
# The plans behind the cheque query with a million cheques: EXPLAIN (ANALYZE, BUFFERS) of each shape GET /api/cheques
# sends (the same SQL as bench/bare), run twice (the second, warm run is printed). Usage: bench/cheques/explain.sh [cheques=1000000]
source "$(dirname "$0")/../lib.sh"
COUNT="${1:-1000000}"

start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_bench"
build_host
start_host Postgres "$(pg_connection admin_bench)"   # applies the migrations and the setup recipe
stop_host
say "seeding $COUNT cheques"
psql_db -d admin_bench -v count="$COUNT" -f "$(dirname "$0")/seed-cheques.sql"
psql_db -d admin_bench -c 'VACUUM ANALYZE "Cheques_Cheques"'

OUTLET_ID="$(psql_db -d admin_bench -tAc "SELECT \"Id\" FROM \"Outlets_Outlets\" WHERE \"Code\" = '40000007'")"
FROM="$(date -u -d '-60 days' +%F)"; TO="$(date -u -d '-30 days' +%F)"
# The query's wider bounds on ReceivedAt for the receipt days (the network's offset lies within UTC-12..UTC+14).
DAYS="\"ReceivedOn\" >= '$FROM' AND \"ReceivedAt\" >= '$(date -u -d "$FROM 00:00 UTC -14 hours" '+%F %T')+00' AND \"ReceivedOn\" <= '$TO' AND \"ReceivedAt\" < '$(date -u -d "$TO 00:00 UTC +36 hours" '+%F %T')+00'"
COLS='"Id", "ReceiptNumber", "OutletCode", "CustomerCode", "CustomerName", "Number", "Amount", "ReceivedAt", "Status", "Version"'
ORDER='ORDER BY "ReceivedAt" DESC, "OutletCode" DESC, "ReceiptNumber" DESC'
# The keyset cursor of the outlet+dates query's first page: its 50th row.
read -r AT RN < <(psql_db -d admin_bench -tA -F ' ' -c "SELECT to_char(\"ReceivedAt\" AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), \"ReceiptNumber\" FROM \"Cheques_Cheques\"
  WHERE \"OutletCode\" = '40000007' AND $DAYS $ORDER OFFSET 49 LIMIT 1" | head -1)
AFTER="(\"ReceivedAt\" <= '$AT+00' AND (\"ReceivedAt\" < '$AT+00' OR (\"ReceivedAt\" = '$AT+00' AND (\"OutletCode\" < '40000007' OR (\"OutletCode\" = '40000007' AND \"ReceiptNumber\" < $RN)))))"

explain() { # label, where
  local sql="SELECT $COLS FROM \"Cheques_Cheques\" ${2:+WHERE $2} $ORDER LIMIT 51"
  psql_db -d admin_bench -c "EXPLAIN (ANALYZE, BUFFERS) $sql" >/dev/null
  echo "### $1"; echo; echo '```'; echo "$sql" | fold -w 120; echo; psql_db -d admin_bench -tA -c "EXPLAIN (ANALYZE, BUFFERS) $sql"; echo '```'; echo
}

echo "Machine: $(machine_note). $COUNT cheques; PostgreSQL $(psql_db -d admin_bench -tAc 'SHOW server_version'), shared_buffers=256MB."
echo
explain "1. first page, no filter" ""
explain "2. status and amount" "\"Status\" = 'Cleared' AND \"Amount\" >= 50000"
explain "3. one outlet, 30 days, page 1" "\"OutletCode\" = '40000007' AND $DAYS"
explain "4. one outlet, 30 days, page 2 (keyset)" "\"OutletCode\" = '40000007' AND $DAYS AND $AFTER"
explain "5b. 30 days, bounced, all outlets" "\"Status\" = 'Bounced' AND $DAYS"
explain "5. an outlet operator's first page (scoped by outlet id)" "\"OutletId\" = '$OUTLET_ID'"
explain "6. one customer" "\"CustomerCode\" = 'B0000042'"
explain "7. a cheque number" "\"Number\" = '1000123456'"
explain "8. drawer name contains" "\"DrawerName\" LIKE '%Pearl%'"

# EXPLAIN_HOLD=1 keeps the seeded cluster up for trying indexes by hand (psql -h 127.0.0.1 -p PORT -U postgres admin_bench)
# until /tmp/explain-hold is removed.
if [[ -n "${EXPLAIN_HOLD:-}" ]]; then
  touch /tmp/explain-hold; say "holding: psql -h 127.0.0.1 -p $PG_PORT -U postgres admin_bench; rm /tmp/explain-hold to stop"
  while [[ -e /tmp/explain-hold ]]; do sleep 2; done
fi
