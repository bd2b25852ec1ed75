#!/usr/bin/env bash
# Scans against a local host (SQLite, Production settings), on real data it creates first:
#  - seed.py creates through the API an outlet, two outlet operators (with passwords of their own), a role, a customer, an
#    invoice title template and the customer's invoice title, fee collections, cheques, a printed voucher and two reviewed
#    (waived-fee) collections, and prints their ids;
#  - targets.py turns every GET operation of /openapi/v1.json (generated, so a new endpoint is scanned too) into one URL with
#    those ids in its path parameters and real values in its query parameters (a keyset cursor the host issued for `after`),
#    every value marked for injection (*), and checks that the URL answers 200 (sqlmap judges nothing against a 404);
#  - sqlmap against each URL (administrator's bearer token), --level 2 --risk 1 (no destructive payloads), at most
#    $OP_TIMEOUT s per operation;
#  - wapiti over the screens, signed in as the administrator (the login form's cookies as wapiti's cookie file), sign-out,
#    the language switch, password changes and the administrator's own record excluded so the session lasts.
#    The module switches are excluded too: the crawler submits every form it finds, and switching a module off takes its
#    screens away from the rest of the scan.
#  - the generated burst: the bad-input suite derived from the host's OpenAPI document (tests/Admin.Tests, Security/Generated:
#    every field of every operation and every screen filter gets the hostile values of its type, as head office and as an
#    outlet operator, on a throw-away database of its own), with its request count and status figures.
# Every run ends with the host's own count of 5xx answers and unhandled exceptions in its log (it must be 0).
# Prints the findings and leaves the reports in bench/scans/out/. Usage: bench/scans/run.sh [wapiti-crawl-seconds=300]
# SCANS="sqlmap wapiti burst" (the default) or any of them runs those.
# Needs: apt-get install -y sqlmap wapiti
source "$(dirname "$0")/../lib.sh"
HERE="$REPO/bench/scans"
OUT="$HERE/out"; rm -rf "$OUT"; mkdir -p "$OUT"
WAPITI_SECONDS="${1:-300}"
OP_TIMEOUT="${OP_TIMEOUT:-240}"
SCANS="${SCANS:-sqlmap wapiti burst}"
# wapiti 3.0.4 modules, listed so that none that reaches out of the machine runs (no nikto/wapp database updates, no
# takeover or DNS lookups): what runs is what this list says.
WAPITI_MODULES="${WAPITI_MODULES:-backup,blindsql,cookieflags,crlf,csp,csrf,exec,file,htaccess,http_headers,methods,permanentxss,redirect,sql,xss}"
SEED_PASSWORD="Scan2024ok"
command -v sqlmap >/dev/null && command -v wapiti >/dev/null || { say "apt-get install -y sqlmap wapiti"; exit 1; }
T0=$(date +%s)
build_host
start_host Sqlite "Data Source=$BENCH_TMP/scan.db"
TOKEN="$(admin_token)"
curl -fs "$HOST_URL/openapi/v1.json" >"$OUT/openapi.json"

say "seed: real data through the API"
python3 "$HERE/seed.py" "$HOST_URL" "$TOKEN" "$SEED_PASSWORD" >"$OUT/ids.json"
python3 "$HERE/targets.py" "$OUT/openapi.json" "$HOST_URL" "$OUT/ids.json" "$TOKEN" >"$OUT/targets.tsv" 2>"$OUT/targets-notes.txt"
cat "$OUT/targets-notes.txt" >&2
OPS=$(wc -l <"$OUT/targets.tsv"); MARKS=$(cut -f1 "$OUT/targets.tsv" | grep -o '\*' | wc -l || true)
if [[ " $SCANS " == *" sqlmap "* ]]; then
say "sqlmap: $OPS GET operations, $MARKS parameters (path and query)"
: >"$OUT/sqlmap-summary.txt"
while IFS=$'\t' read -r url operation base_status; do
  log="$OUT/sqlmap-$(echo "$operation" | md5sum | cut -c1-8).log"
  marks=$(grep -o '\*' <<<"$url" | wc -l || true)
  if ((marks == 0)); then printf 'no parameter\t%s\t%s\n' "$operation" "$url" | tee -a "$OUT/sqlmap-summary.txt"; continue; fi
  timeout "$OP_TIMEOUT" sqlmap -u "$url" -H "Authorization: Bearer $TOKEN" --batch --level 2 --risk 1 --threads 4 \
    --output-dir="$OUT/sqlmap" --disable-coloring </dev/null >"$log" 2>&1 || true
  tested=$(grep -o "URI parameter '#[0-9]*\*' does not seem to be injectable" "$log" | sort -u | wc -l || true)
  if grep -q "is vulnerable\|sqlmap identified the following injection point\|appears to be '.*' injectable" "$log"; then verdict="INJECTABLE"
  elif ((tested == marks)); then verdict="not injectable ($tested/$marks)"
  else verdict="NO VERDICT ($tested/$marks judged, base $base_status, see $(basename "$log"))"; fi
  printf '%s\t%s\t%s\n' "$verdict" "$operation" "$url" | tee -a "$OUT/sqlmap-summary.txt"
done <"$OUT/targets.tsv"
say "sqlmap done in $(( $(date +%s) - T0 )) s"
fi
if [[ " $SCANS " == *" wapiti "* ]]; then

say "wapiti: screens from /, signed in as the administrator"
admin_cookie >/dev/null
ADMIN_ID="$(curl -fs -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/operators?search=admin&outlet=10000000" |
  python3 -c 'import json,sys; print(next(o["id"] for o in json.load(sys.stdin)["items"] if o["loginName"]=="admin"))')"
# wapiti's own interpreter (Debian's python3, which has wapitiCore; a python3 earlier on PATH may not).
WAPITI_PYTHON="$(head -n 1 "$(command -v wapiti)" | sed 's/^#! *//')"
$WAPITI_PYTHON "$HERE/wapiti.py" --jar "$BENCH_TMP/jar.txt" --cookie-json "$OUT/cookies.json" \
  -u "$HOST_URL/" --scope folder -x "$HOST_URL/account/signout*" -x "$HOST_URL/culture*" \
  -x "$HOST_URL/account/change-password*" -x "$HOST_URL/login/change-password*" -x "$HOST_URL/admin/operators/$ADMIN_ID*" -x "$HOST_URL/admin/modules/*" \
  -m "$WAPITI_MODULES" --flush-session --store-session "$OUT/wapiti-session" -f json -o "$OUT/wapiti.json" \
  --max-scan-time "$WAPITI_SECONDS" --max-attack-time "${WAPITI_ATTACK_SECONDS:-90}" --no-bugreport -v 1 >"$OUT/wapiti.log" 2>&1 || true
# Still signed in afterwards? (the scan must not have signed itself out)
STILL=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(awk '$6 ~ /^admin\./ {printf "%s=%s; ", $6, $7}' "$BENCH_TMP/jar.txt")" "$HOST_URL/admin/outlets")
python3 - "$OUT/wapiti.json" "$OUT/wapiti-session" "$STILL" <<'PY' | tee "$OUT/wapiti-summary.txt"
import glob, json, sqlite3, sys
try:
    report = json.load(open(sys.argv[1]))
except Exception as e:
    print(f"no wapiti report: {e}"); report = {}
levels = {1: "low", 2: "medium", 3: "high"}  # wapiti 3.0.4: HIGH_LEVEL = 3, MEDIUM_LEVEL = 2, LOW_LEVEL = 1
counts = {}
for section in ("vulnerabilities", "anomalies", "additionals"):
    for category, items in sorted(report.get(section, {}).items()):
        for item in items:
            level = levels.get(int(item.get("level") or 0), item.get("level"))
            counts[(section, level)] = counts.get((section, level), 0) + 1
            print(f"{section[:-1]} | {category} | {level} | {item.get('method')} {item.get('path')} | {item.get('parameter', '')} | {item.get('info', '')[:200]}")
print("counts: " + ", ".join(f"{s} {l}: {n}" for (s, l), n in sorted(counts.items(), key=str)) if counts else "counts: no finding")
# What wapiti crawled, from its session database (the JSON report of 3.0.4 does not list it).
for db in glob.glob(sys.argv[2] + "/*.db"):
    rows = sqlite3.connect(db).execute("select method, path, http_status from paths where evil = 0").fetchall()
    screens = sorted({p.split("?")[0] for m, p, s in rows if "/admin/" in p or "/counter" in p or "/printing" in p or "/cheques" in p})
    statuses = {}
    for _, _, s in rows:
        statuses[s] = statuses.get(s, 0) + 1
    print(f"crawled: {len(rows)} requests (GET pages and forms), statuses {dict(sorted(statuses.items(), key=str))}; "
          f"{len(screens)} distinct screen paths, e.g. {', '.join(screens[:12])}")
print(f"still signed in after the scan: GET /admin/outlets answered {sys.argv[3]}")
PY
fi

if [[ " $SCANS " == *" burst "* ]]; then
  say "burst: the bad-input suite generated from /openapi/v1.json (SQLite; its own throw-away database)"
  ( cd "$REPO" && dotnet test tests/Admin.Tests -v q --filter "FullyQualifiedName~Generated.OpenApiBadInputTests_Sqlite" \
      --logger "console;verbosity=detailed" ) >"$OUT/burst.log" 2>&1 || true
  { grep -E "requests over|screen requests|malformed bodies|Passed |Failed |^  (Passed|Failed)!" "$OUT/burst.log" || echo "burst: no result (see burst.log)"; } | tee "$OUT/burst-summary.txt"
fi

# The host's own word: every 5xx it answered and every unhandled exception it logged during the scans.
HOST_LOG="$(ls "$BENCH_TMP"/host-*.log 2>/dev/null | head -n 1 || true)"
ERRORS=$(grep -c '"LogLevel":"Error"\|"LogLevel":"Critical"\|Connection processing ended abnormally' "$HOST_LOG" 2>/dev/null || true)
SQLMAP_5XX=$( { cat "$OUT"/sqlmap-*.log 2>/dev/null || true; } | { grep -o '50[0-9] ([A-Za-z ]*) - [0-9]* times' || true; } | awk '{n += $(NF-1)} END {print n + 0}')
WAPITI_5XX=$(python3 -c 'import glob,sqlite3,sys; print(sum(sqlite3.connect(d).execute("select count(*) from paths where http_status >= 500").fetchone()[0] for d in glob.glob(sys.argv[1] + "/*.db")))' "$OUT/wapiti-session" 2>/dev/null || echo "n/a")
echo "5xx answers: sqlmap $SQLMAP_5XX, wapiti $WAPITI_5XX (the burst fails on any); host log: ${ERRORS:-0} errors or abnormal connection ends" | tee "$OUT/host-summary.txt"
[[ -n "$HOST_LOG" ]] && cp "$HOST_LOG" "$OUT/host.log"
say "all done in $(( $(date +%s) - T0 )) s"
echo
echo "Machine: $(machine_note)."
