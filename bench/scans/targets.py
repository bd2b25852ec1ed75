# One URL per GET operation of /openapi/v1.json: real ids in path parameters, real values in query parameters, every
# value marked for injection (*). Prints "url<TAB>operation" lines; operations it cannot fill go to stderr.
import json, sys, urllib.error, urllib.parse, urllib.request
spec, base, ids, token = json.load(open(sys.argv[1])), sys.argv[2], json.load(open(sys.argv[3])), sys.argv[4]

def get(url):
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
# Path parameters, by operation path and name.
path_values = {
    ("/api/audit/authorisations/{id}", "id"): str(ids["authorisation"]),
    ("/api/cheques/{id}", "id"): ids["cheque"],
    ("/api/counter/fee-collections/{id}", "id"): ids["fee"],
    ("/api/counter/fee-items/{code}", "code"): ids["feeItem"],
    ("/api/customers/{customerId}/invoice-titles", "customerId"): ids["customer"],
    ("/api/customers/{customerId}/invoice-titles/{titleId}", "customerId"): ids["customer"],
    ("/api/customers/{customerId}/invoice-titles/{titleId}", "titleId"): ids["title"],
    ("/api/customers/{id}", "id"): ids["customer"],
    ("/api/customers/{id}/balance-history", "id"): ids["customer"],
    ("/api/forms/{taskType}/{taskId}.pdf", "taskType"): "fee-collection",
    ("/api/forms/{taskType}/{taskId}.pdf", "taskId"): ids["fee"],
    ("/api/invoice-title-templates/{id}", "id"): ids["template"],
    ("/api/operators/{id}", "id"): ids["operator"],
    ("/api/operators/{id}/history", "id"): ids["operator"],
    ("/api/operators/{id}/permissions", "id"): ids["operator"],
    ("/api/outlets/{code}", "code"): ids["outlet"],
    ("/api/printing/calibrations/{layoutId}/test-page.pdf", "layoutId"): ids["layout"],
    ("/api/printing/layouts/{id}", "id"): ids["layout"],
    ("/api/printing/layouts/{id}/preview.pdf", "id"): ids["layout"],
    ("/api/printing/layouts/{id}/versions", "id"): ids["layout"],
    ("/api/reviews/points/{code}", "code"): ids["reviewPoint"],
    ("/api/roles/{name}", "name"): ids["role"],
    # The voucher prints once (then 428 until a colleague reviews the reprint): a fee collection nobody printed.
    ("/api/vouchers/{kind}/{taskId}.pdf", "kind"): "fee-receipt",
    ("/api/vouchers/{kind}/{taskId}.pdf", "taskId"): ids["feeUnprinted"],
    ("/api/vouchers/{kind}/{taskId}/prints", "kind"): "fee-receipt",
    ("/api/vouchers/{kind}/{taskId}/prints", "taskId"): ids["fee"],
}
# Query parameters, by name (lower case); per operation where the meaning differs.
query_values = {
    "outlet": ids["outlet"], "from": ids["today"], "to": ids["today"], "date": ids["today"], "limit": "10",
    "customer": ids["customerCode"], "module": "Counter", "operator": ids["operatorLogin"], "maker": ids["operatorLogin"],
    "reviewer": ids["reviewerLogin"], "point": "Counter.FeeOverride", "result": "Granted", "number": ids["chequeNumber"],
    "drawer": "Lin Hua", "minamount": "1", "maxamount": "100000", "search": "Scan", "parent": "10000000", "type": "Outlet",
    "role": "Outlet operator", "kept": ids["keptHead"], "version": "1", "archived": "false",
}
by_operation = {("/api/customers", "search"): "Chen", ("/api/customers/export.csv", "search"): "Chen",("/api/counter/fee-collections", "customer"): ids["customer"], ("/api/journal", "operator"): ids["operator"]}
status_values = {"/api/cheques": "Received", "/api/cheques/export.csv": "Received"}
n = 0
for path, ops in sorted(spec.get("paths", {}).items()):
    op = ops.get("get")
    if not op:
        continue
    url, query, after = path, [], None
    for p in op.get("parameters", []):
        name, where = p["name"], p.get("in")
        if where == "path":
            value = path_values.get((path, name))
            if value is None:
                print(f"no value for path parameter {name} of GET {path}", file=sys.stderr)
                value = "x"
            url = url.replace("{" + name + "}", value + "*")
        elif name.lower() == "after":
            after = name  # an opaque keyset cursor: filled below with one the host issued
        else:
            value = by_operation.get((path, name)) or (status_values.get(path, "Active") if name.lower() == "status" else query_values.get(name.lower(), "x"))
            query.append(f"{name}={value}*")
    url = base + url.replace(" ", "%20") + ("?" + "&".join(query).replace(" ", "%20") if query else "")
    if after:
        # The cursor of the first page of one item (a list with at least two items has one).
        status, body = get(url.split("?")[0].replace("*", "").replace("/export.csv", "") + "?limit=1")
        cursor = json.loads(body).get("next") if status == 200 and body[:1] == b"{" else None
        if cursor:
            url += ("&" if "?" in url else "?") + after + "=" + urllib.parse.quote(cursor, safe="") + "*"
        else:
            print(f"no cursor for {after} of GET {path} (first page answered {status})", file=sys.stderr)
    # The base request must answer 200 (sqlmap judges nothing against a 4xx); the voucher is not fetched (it prints once).
    status = "-" if path == "/api/vouchers/{kind}/{taskId}.pdf" else get(url.replace("*", ""))[0]
    print(f"{url}\tGET {path}\t{status}")
