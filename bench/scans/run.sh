#!/usr/bin/env bash
# Scans against a local host (SQLite, Production settings, signed in as the administrator with a bearer token):
#  - sqlmap against every query and path parameter of every GET operation in /openapi/v1.json (generated, so a new
#    endpoint is scanned too), --level 2 --risk 1 (no destructive payloads);
#  - wapiti against the screens (crawl from /; wapiti 3.0.4 on Python 3.11 crashes on any -x exclusion, so none).
# Prints the findings and leaves the reports in bench/scans/out/. Usage: bench/scans/run.sh [max-operations=all]
# Needs: apt-get install -y sqlmap wapiti
source "$(dirname "$0")/../lib.sh"
OUT="$REPO/bench/scans/out"; rm -rf "$OUT"; mkdir -p "$OUT"
MAX="${1:-1000}"
command -v sqlmap >/dev/null && command -v wapiti >/dev/null || { say "apt-get install -y sqlmap wapiti"; exit 1; }
build_host
start_host Sqlite "Data Source=$BENCH_TMP/scan.db"
TOKEN="$(admin_token)"
ADMIN_ID="$(sqlite3 "$BENCH_TMP/scan.db" "select Id from Operators_Operators where LoginName='admin'" 2>/dev/null || true)"
curl -fs "$HOST_URL/openapi/v1.json" >"$OUT/openapi.json"

# One URL per GET operation: query parameters with sample values, path parameters marked for injection (*).
python3 - "$OUT/openapi.json" "$HOST_URL" "$MAX" >"$OUT/targets.txt" <<'PY'
import json, sys
spec, base, limit = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3])
samples = {"code": "10000000", "outlet": "10000000", "parent": "10000000", "limit": "10", "status": "Active", "type": "Outlet"}
n = 0
for path, ops in sorted(spec.get("paths", {}).items()):
    op = ops.get("get")
    if not op or path.endswith(".csv"):
        continue
    url = path
    query = []
    for p in op.get("parameters", []):
        name, where = p["name"], p.get("in")
        value = samples.get(name, "00000000-0000-0000-0000-000000000001" if (p.get("schema") or {}).get("format") == "uuid" else "x")
        if where == "path":
            url = url.replace("{" + name + "}", value + "*")
        elif where == "query" and name not in ("after",):
            query.append(f"{name}={value}")
    print(base + url + ("?" + "&".join(query) if query else ""))
    n += 1
    if n >= limit:
        break
PY
say "sqlmap: $(wc -l <"$OUT/targets.txt") GET operations from /openapi/v1.json"
: >"$OUT/sqlmap-summary.txt"
while read -r url; do
  log="$OUT/sqlmap-$(echo "$url" | md5sum | cut -c1-8).log"
  sqlmap -u "$url" -H "Authorization: Bearer $TOKEN" --batch --level 2 --risk 1 --threads 2 \
    --output-dir="$OUT/sqlmap" --disable-coloring >"$log" 2>&1 || true
  if grep -q "is vulnerable\|sqlmap identified the following injection point" "$log"; then verdict="INJECTABLE"
  elif grep -q "do not appear to be injectable\|not injectable" "$log"; then verdict="not injectable"
  else verdict="no verdict (see $(basename "$log"))"; fi
  echo "$verdict  $url" | tee -a "$OUT/sqlmap-summary.txt"
done <"$OUT/targets.txt"

say "wapiti: screens from / (bearer token)"
wapiti -u "$HOST_URL/" --scope folder -H "Authorization: Bearer $TOKEN" \
  --flush-session -f json -o "$OUT/wapiti.json" --max-scan-time 600 >"$OUT/wapiti.log" 2>&1 || true
python3 - "$OUT/wapiti.json" <<'PY' | tee "$OUT/wapiti-summary.txt"
import json, sys
try:
    report = json.load(open(sys.argv[1]))
except Exception as e:
    print(f"no wapiti report: {e}"); sys.exit(0)
levels = {1: "low", 2: "medium", 3: "high"}
for section in ("vulnerabilities", "anomalies", "additionals"):
    for category, items in sorted(report.get(section, {}).items()):
        for item in items:
            print(f"{section[:-1]} | {category} | {levels.get(item.get('level'), item.get('level'))} | {item.get('method')} {item.get('path')} | {item.get('info', '')[:160]}")
print(f"crawled: {len(report.get('infos', {}).get('crawled_pages', report.get('crawled_pages', [])) or [])} pages")
PY
echo
echo "Machine: $(machine_note)."
