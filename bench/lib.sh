# Shared by the bench scripts: a private PostgreSQL cluster, the host built in Release, start/stop, sign-in helpers.
# Source it from a script under bench/; it sets REPO, and cleans up on exit.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_TMP="$(mktemp -d /tmp/admin-bench.XXXXXX)"
ADMIN_PASSWORD="Bench2024ok"
PIDS=()
PG_STARTED=0

say() { printf '== %s\n' "$*" >&2; }
as_postgres() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

bench_cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if ((PG_STARTED)); then as_postgres "$PG_BIN/pg_ctl" -D "$BENCH_TMP/pg" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$BENCH_TMP"
}
trap bench_cleanup EXIT

# Starts a throw-away PostgreSQL (fsync on: figures are for a real server) and sets PG_PORT.
start_postgres() {
  PG_BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$BENCH_TMP"
  (cd "$BENCH_TMP" && as_postgres "$PG_BIN/initdb" -D "$BENCH_TMP/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null)
  PG_PORT="$(free_port)"
  (cd "$BENCH_TMP" && as_postgres "$PG_BIN/pg_ctl" -D "$BENCH_TMP/pg" -l "$BENCH_TMP/pg.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $BENCH_TMP -c max_connections=300 -c shared_buffers=256MB" start >/dev/null)
  PG_STARTED=1
}

pg_connection() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$1;Maximum Pool Size=100"; }
psql_db() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

build_host() {
  say "dotnet build src/Host -c Release"
  (cd "$REPO" && dotnet build src/Host -c Release -v q -nologo >"$BENCH_TMP/build.log" 2>&1) || { tail -30 "$BENCH_TMP/build.log"; exit 1; }
  HOST_DLL="$REPO/src/Host/bin/Release/net10.0/Admin.Host.dll"
}

# start_host <provider> <connection string>: starts the host on a free port (Production settings), sets HOST_PID, HOST_URL,
# and STARTUP_MS (process start to the first 200 from /health).
start_host() {
  local port; port="$(free_port)"
  HOST_URL="http://127.0.0.1:$port"
  local t0; t0="$(date +%s%N)"
  (cd "$REPO/src/Host/bin/Release/net10.0" && \
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$HOST_URL" Database__Provider="$1" ConnectionStrings__Admin="$2" \
    Setup__AdminPassword="$ADMIN_PASSWORD" Logging__LogLevel__Default=Warning DOTNET_gcServer=0 \
    exec env ${HOST_ENV:-} dotnet "$HOST_DLL" >"$BENCH_TMP/host-$port.log" 2>&1) &
  HOST_PID=$!
  PIDS+=("$HOST_PID")
  until curl -fs -o /dev/null "$HOST_URL/health"; do
    kill -0 "$HOST_PID" 2>/dev/null || { tail -30 "$BENCH_TMP/host-$port.log"; exit 1; }
    sleep 0.05
  done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

stop_host() { kill "$HOST_PID" 2>/dev/null || true; wait "$HOST_PID" 2>/dev/null || true; }

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# A bearer token of the first administrator.
admin_token() {
  curl -fs -H 'Content-Type: application/json' -d "{\"outletCode\":\"10000000\",\"loginName\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" \
    "$HOST_URL/api/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}

# The Cookie header of a screen sign-in (login form with its antiforgery token).
admin_cookie() {
  local jar="$BENCH_TMP/jar.txt"; rm -f "$jar"
  local token
  token="$(curl -fs -c "$jar" "$HOST_URL/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')"
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "OutletCode=10000000" --data-urlencode "LoginName=admin" --data-urlencode "Password=$ADMIN_PASSWORD" "$HOST_URL/login"
  awk '$6 ~ /^admin\./ {printf "%s=%s; ", $6, $7}' "$jar"
}

machine_note() { echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at $(date -u +%H:%M) UTC"; }

# wrk_summary <label> <wrk output file>: one line with requests/s and p50/p95/p99 (wrk --latency prints p50/p75/p90/p99;
# the Lua done() hook in latency.lua adds p95).
wrk_summary() {
  local rps p50 p95 p99 non2xx
  rps="$(awk '/Requests\/sec/ {print $2}' "$2")"
  p50="$(awk '/^ *50%/ {print $2}' "$2")"; p99="$(awk '/^ *99%/ {print $2}' "$2")"
  p95="$(awk '/^p95/ {print $2}' "$2")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' "$2")"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$rps" "$p50" "$p95" "$p99" "${non2xx:-0}"
}
