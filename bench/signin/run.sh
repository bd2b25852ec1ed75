#!/usr/bin/env bash
# Sign-ins per second with the default password hashing (ASP.NET Core Identity v3: PBKDF2-HMAC-SHA512, 100,000
# iterations), through POST /api/auth/token on PostgreSQL, with the default sign-in concurrency limit; then, while
# sign-in is flooded (64 connections, far beyond the limit), the outlet API beside it. Usage: bench/signin/run.sh [seconds=15]
source "$(dirname "$0")/../lib.sh"
SECONDS_EACH="${1:-15}"
command -v wrk >/dev/null || { say "apt-get install -y wrk"; exit 1; }
start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_signin"
build_host
start_host Postgres "$(pg_connection admin_signin)"
export ADMIN_PASSWORD
TOKEN="$(admin_token)"
wrk -t1 -c2 -d5s -s "$(dirname "$0")/token.lua" "$HOST_URL/api/auth/token" >/dev/null   # warm-up
wrk -t1 -c4 -d5s -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/outlets" >/dev/null

echo "Machine: $(machine_note). Default limit: SignIn:ConcurrencyLimit = cores ($(nproc)), SignIn:QueueLimit = 32."
echo
echo "| what | requests/s | p50 | p95 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
wrk -t2 -c4 -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/token.lua" "$HOST_URL/api/auth/token" >"$BENCH_TMP/signin.txt"
wrk_summary "sign-ins \`POST /api/auth/token\`, 4 connections" "$BENCH_TMP/signin.txt"
wrk -t1 -c4 -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/../latency.lua" -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/outlets" >"$BENCH_TMP/alone.txt"
wrk_summary "\`GET /api/outlets\` alone, 4 connections" "$BENCH_TMP/alone.txt"
wrk -t1 -c64 -d"$((SECONDS_EACH + 4))s" --latency -s "$(dirname "$0")/token.lua" "$HOST_URL/api/auth/token" >"$BENCH_TMP/flood.txt" &
FLOOD=$!; sleep 2
wrk -t1 -c4 -d"${SECONDS_EACH}s" --latency -s "$(dirname "$0")/../latency.lua" -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/outlets" >"$BENCH_TMP/during.txt"
wait "$FLOOD"
wrk_summary "sign-in flood, 64 connections (non-2xx = 429 refusals)" "$BENCH_TMP/flood.txt"
wrk_summary "\`GET /api/outlets\` during the flood, 4 connections" "$BENCH_TMP/during.txt"
echo
echo "Machine after: $(machine_note)."
