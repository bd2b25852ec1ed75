#!/usr/bin/env bash
# The stations' figures on PostgreSQL (and SQLite with "both"): StationsBenchTests through the real host with the scale below —
# block-list rows seeded by SQL, 200 incremental updates of a terminal 20–69 changes behind (p50/p95), and one signed batch of
# records on funded cards posted to the ledger (postings/s), the ledger verified after it.
# Usage: bench/terminals/run.sh [blocked=1000000] [records=10000] [cards=2000] [postgres|sqlite|both]
# Uses ADMIN_TEST_POSTGRES when set (a shared server), else the tests' private cluster.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
BLOCKED="${1:-1000000}"; RECORDS="${2:-10000}"; CARDS="${3:-2000}"; WHICH="${4:-postgres}"
case "$WHICH" in
  postgres) FILTER="FullyQualifiedName~StationsBenchTests_Postgres" ;;
  sqlite) FILTER="FullyQualifiedName~StationsBenchTests_Sqlite" ;;
  *) FILTER="FullyQualifiedName~StationsBenchTests" ;;
esac
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M) UTC; $BLOCKED blocked cards, $RECORDS records on $CARDS cards" >&2
cd "$REPO"
dotnet build tests/Admin.Tests -v q -nologo >/dev/null
STATIONS_BENCH_BLOCKED="$BLOCKED" STATIONS_BENCH_RECORDS="$RECORDS" STATIONS_BENCH_CARDS="$CARDS" \
  dotnet test tests/Admin.Tests --no-build --filter "$FILTER" --logger "console;verbosity=detailed" 2>&1 | grep -E "BENCH|Passed|Failed|error" || true
