# Creates real data through the API and prints a JSON of the ids that path parameters take.
import json, random, sys, urllib.request, urllib.error, datetime
base, token, password = sys.argv[1], sys.argv[2], sys.argv[3]

def call(method, path, body=None, tok=None, expect=(200, 201)):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": f"Bearer {tok or token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req) as r:
            status, text = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read()
    if status not in expect:
        sys.exit(f"seed: {method} {path} answered {status}: {text[:400]!r}")
    return json.loads(text) if text and text[:1] in (b"{", b"[") else None

def resident_id():
    born = datetime.date(1950, 1, 1) + datetime.timedelta(days=random.randint(0, 20000))
    first = f"440106{born:%Y%m%d}{random.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first + "10X98765432"[sum(int(c) * w for c, w in zip(first, weights)) % 11]

def credit_code(body17):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    return body17 + chars[(31 - sum(chars.index(c) * w for c, w in zip(body17, weights)) % 31) % 31]

def sign_in(outlet, login, pw):
    req = urllib.request.Request(base + "/api/auth/token", method="POST", headers={"Content-Type": "application/json"},
                                 data=json.dumps({"outletCode": outlet, "loginName": login, "password": pw}).encode())
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())["accessToken"]

n = random.randint(1000, 9999)
today = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=480)).strftime("%Y-%m-%d")
ids = {"outletHead": "10000000"}
# An outlet and two outlet operators (one collects, one reviews), each with a password of their own.
outlet = call("POST", "/api/outlets", {"code": f"2{n:07d}", "name": f"Scan outlet {n}", "type": "Outlet", "parent": "10000000"})
ids["outlet"] = outlet["code"]
ops = []
for i in range(2):
    op = call("POST", "/api/operators", {"outletCode": ids["outlet"], "loginName": f"scan{n}op{i}", "displayName": f"Scan operator {i}", "roles": ["Outlet operator"]})
    tmp = sign_in(ids["outlet"], op["loginName"], op["temporaryPassword"])
    call("POST", "/api/auth/change-password", {"oldPassword": op["temporaryPassword"], "newPassword": password, "confirmPassword": password}, tok=tmp, expect=(200, 204))
    ops.append(op)
ids["operator"] = ops[0]["id"]; ids["operatorLogin"] = ops[0]["loginName"]; ids["reviewerLogin"] = ops[1]["loginName"]
clerk = sign_in(ids["outlet"], ops[0]["loginName"], password)
# A role of our own (its name is a path parameter).
role = call("POST", "/api/roles", {"name": f"ScanRole{n}", "description": "Scan", "permissions": ["Outlets.View"]})
ids["role"] = role["name"]
# A customer of the outlet, an invoice title template and the customer's invoice title.
# Two of each listed thing at least, so that a list of one item per page issues a cursor (`after`).
customer, _ = [call("POST", "/api/customers", {"type": "Individual", "name": "Chen Jing", "idType": "ResidentId", "idNumber": resident_id(),
                                               "phone": "138 0013 8000", "address": "2 Huacheng Avenue"}, tok=clerk) for _ in range(2)]
ids["customer"] = customer["id"]; ids["customerCode"] = customer["code"]
template, _ = [call("POST", "/api/invoice-title-templates", {"type": "Company", "buyerName": f"Scan buyer {n}",
                "taxpayerNumber": credit_code(f"91440101MA59{n:05d}"), "owner": "Scan owner", "address": "1 Tianhe Road", "phone": "020 8888 0000", "bankName": "ICBC Guangzhou",
                "bankAccount": "3602000109000012345", "status": "Active"}) for n in (n, n + 1)]
ids["template"] = template["id"]
title = call("POST", f"/api/customers/{ids['customer']}/invoice-titles", {"type": "Company", "buyerName": f"Chen Jing Studio {n}",
             "taxpayerNumber": credit_code(f"91440300MA59{n:05d}"), "makeDefault": True}, tok=clerk)
ids["title"] = title["id"]
# Fee collections (one for the forms and prints, one whose voucher is printed first by the scan) and cheques.
fee = lambda: call("POST", "/api/counter/fee-collections", {"customer": ids["customerCode"], "paymentMethod": "Cash",
                   "items": [{"fee": "CARD", "quantity": 1, "collected": 20.00}, {"fee": "DEPOSIT", "quantity": 1, "collected": 30.00}]}, tok=clerk)
cheque = lambda: call("POST", "/api/cheques", {"customer": ids["customerCode"], "number": str(random.randint(10**10, 10**11 - 1)),
                      "drawerName": "Lin Hua Trading Co.", "drawerBank": "ICBC Guangzhou Tianhe", "drawerAccount": "3602000109000012345",
                      "amount": 1000.00, "chequeDate": today}, tok=clerk)
ids["fee"] = fee()["id"]; ids["feeUnprinted"] = fee()["id"]
first = cheque(); ids["cheque"] = first["id"]; ids["chequeNumber"] = first["number"]; ids["chequeUnprinted"] = cheque()["id"]
# The fee collection's voucher printed once, so /prints lists something.
call("GET", f"/api/vouchers/fee-receipt/{ids['fee']}.pdf", tok=clerk)
# An authorisation (a waived card fee needs a colleague's review) for /api/audit/authorisations/{id}.
call("POST", "/api/counter/fee-collections", {"customer": ids["customerCode"], "paymentMethod": "Cash",
     "review": {"loginName": ops[1]["loginName"], "password": password},
     "items": [{"fee": "CARD", "quantity": 1, "collected": 0.00}]}, tok=clerk)
call("POST", "/api/counter/fee-collections", {"customer": ids["customerCode"], "paymentMethod": "Cash",
     "review": {"loginName": ops[1]["loginName"], "password": password},
     "items": [{"fee": "CARD", "quantity": 1, "collected": 0.00}]}, tok=clerk)
auths = call("GET", "/api/audit/authorisations?limit=1")
ids["authorisation"] = auths["items"][0]["id"]
ids["keptHead"] = f'{auths["items"][0]["outletCode"]}:{auths["items"][0]["sequence"]}:{auths["items"][0]["hash"]}'
layouts = call("GET", "/api/printing/layouts")["items"]
ids["layout"] = layouts[0]["id"]
ids["feeItem"] = "CARD"
ids["reviewPoint"] = call("GET", "/api/reviews/points")[0]["code"]
ids["today"] = today
json.dump(ids, sys.stdout, indent=1)
