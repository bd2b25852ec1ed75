#!/usr/bin/env bash
# Startup: process start to the first 200 from /health, on an empty database (migrations and the setup recipe run) and
# on an existing one; memory (RSS) after warm-up and under load. SQLite and PostgreSQL. Usage: bench/startup/run.sh
source "$(dirname "$0")/../lib.sh"
command -v wrk >/dev/null || { say "apt-get install -y wrk"; exit 1; }
start_postgres
psql_db -d postgres -c "CREATE DATABASE admin_startup"
build_host

echo "Machine: $(machine_note)."
echo
echo "| database | empty database (migrate + setup) | existing database | RSS after start | RSS after warm-up | RSS under load |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for provider in Sqlite Postgres; do
  if [[ $provider == Sqlite ]]; then cs="Data Source=$BENCH_TMP/startup.db"; else cs="$(pg_connection admin_startup)"; fi
  start_host "$provider" "$cs"; cold="$STARTUP_MS"; stop_host
  start_host "$provider" "$cs"; warm="$STARTUP_MS"; rss_start="$(rss_mb "$HOST_PID")"
  TOKEN="$(admin_token)"
  # Warm-up: every kind of request once or twice, then 10 s of the outlet list.
  for url in /api/outlets /admin/outlets /admin/operators /api/operators /admin/audit /admin/settings /; do
    curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$HOST_URL$url"
  done
  wrk -t2 -c8 -d10s -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/outlets" >/dev/null
  sleep 2
  rss_warm="$(rss_mb "$HOST_PID")"
  wrk -t2 -c32 -d10s -H "Authorization: Bearer $TOKEN" "$HOST_URL/admin/outlets" >/dev/null &
  WRK=$!; sleep 8; rss_load="$(rss_mb "$HOST_PID")"; wait "$WRK"
  printf '| %s | %s ms | %s ms | %s MB | %s MB | %s MB |\n' "$provider" "$cold" "$warm" "$rss_start" "$rss_warm" "$rss_load"
  stop_host
done
echo
echo "Machine after: $(machine_note)."
