#!/usr/bin/env bash
# Issue 22's measures in one go: the outlet, cheque, fee and startup benchmarks, one after the other on this machine, then
# one table of each ratio against its goal (the load average is printed beside it: read the ratios with it in mind).
# Installs what the benchmarks need when it is missing (wrk, PostgreSQL, curl, python3; Debian packages).
# Usage: bench/run-all.sh [seconds=15] [connections=16] [cheques=1000000] [outlets=3000]
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
SECONDS_EACH="${1:-15}"; CONNECTIONS="${2:-16}"; CHEQUES="${3:-1000000}"; OUTLETS="${4:-3000}"
LOGS="$(mktemp -d /tmp/admin-run-all.XXXXXX)"
SUDO=""; [[ "$(id -u)" == 0 ]] || SUDO="sudo"
UPDATED=0
install() { # package...
  ((UPDATED)) || { $SUDO apt-get update -qq >/dev/null; UPDATED=1; }
  echo "== apt-get install -y $*" >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
command -v wrk >/dev/null || install wrk
command -v curl >/dev/null || install curl
command -v python3 >/dev/null || install python3
command -v psql >/dev/null || install postgresql-client
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || install postgresql
command -v dotnet >/dev/null || { echo "The .NET SDK (global.json) is needed: see README.md." >&2; exit 1; }

run() { # name, script, args...
  local name="$1"; shift
  echo "== $name: bash $* (log $LOGS/$name.md)" >&2
  bash "$@" >"$LOGS/$name.md" 2>"$LOGS/$name.err" || { tail -20 "$LOGS/$name.err" >&2; echo "== $name failed" >&2; }
}
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
run outlets "$BENCH/outlets/run.sh" "$OUTLETS" "$SECONDS_EACH" "$CONNECTIONS"
run cheques "$BENCH/cheques/run.sh" "$CHEQUES" "$SECONDS_EACH" "$CONNECTIONS"
run fees "$BENCH/fees/run.sh" "$SECONDS_EACH" "$CONNECTIONS" 4
run startup "$BENCH/startup/run.sh"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$LOGS" "$load_before" "$load_after" <<'PY'
import re, sys, pathlib
logs, before, after = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
def text(name):
    p = logs / f"{name}.md"
    return p.read_text() if p.exists() else ""
def num(pattern, s, group=1):
    m = re.search(pattern, s)
    return float(m.group(group)) if m else None
o, c, f, st = text("outlets"), text("cheques"), text("fees"), text("startup")
rows = []
def row(measure, value, goal, better, unit=""):
    if value is None:
        rows.append((measure, "not measured", goal_text(goal, better, unit), "?")); return
    ok = value >= goal if better == "high" else value <= goal
    rows.append((measure, f"{value:g}{unit}", goal_text(goal, better, unit), "yes" if ok else "**no**"))
def goal_text(goal, better, unit): return ("≥ " if better == "high" else "≤ ") + f"{goal:g}{unit}"
row("list API `/api/outlets`, ours/bare", num(r"Throughput ratio ours/bare: API ([\d.]+)", o), 0.6, "high")
row("HTML list page `/admin/outlets`, ours/bare", num(r"page ([\d.]+)", o), 0.4, "high")
row("`/api/cheques` first page, ours/bare", num(r"first page ([\d.]+)", c), 0.6, "high")
row("`/api/cheques` status+amount filter, ours/bare", num(r"status\+amount filter ([\d.]+)", c), 0.6, "high")
row("`/api/cheques` outlet+dates page 2, ours/bare", num(r"outlet\+dates page 2 ([\d.]+)", c), 0.6, "high")
row("fee collection POST, ours/bare", num(r"Throughput ratio ours/bare: ([\d.]+)", f), 0.5, "high")
sq = re.search(r"^\| Sqlite \| (\d+) ms \| (\d+) ms \| \d+ MB \| \d+ MB \| (\d+) MB", st, re.M)
pg = re.search(r"^\| Postgres \| (\d+) ms \| (\d+) ms \| \d+ MB \| \d+ MB \| (\d+) MB", st, re.M)
row("start to `/health`, existing SQLite database (one run, not a median of 5)", float(sq.group(2)) / 1000 if sq else None, 1.0, "low", " s")
row("start to `/health`, empty SQLite database (migrations and setup)", float(sq.group(1)) / 1000 if sq else None, 2.0, "low", " s")
rss = [float(x.group(3)) for x in (sq, pg) if x] + [v for v in [num(r"Host RSS after the runs: (\d+) MB", o)] if v]
row("RSS under load (largest of the runs)", max(rss) if rss else None, 160, "low", " MB")
print(f"Machine: load average {before} before, {after} after (1/5/15 min); the ratios are within one run of each benchmark.")
print()
print("| measure | measured | goal (issue 22) | met |")
print("| --- | ---: | ---: | --- |")
for r in rows:
    print("| " + " | ".join(r) + " |")
print()
print(f"Each benchmark's own table: {logs}/*.md")
PY
