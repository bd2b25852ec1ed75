-- psql -v count=1000000 -f seed-cheques.sql: 20 outlets (codes 40000001..40000020) under head office, 100 customers each,
-- and :count cheques spread over the last 365 days, as the counter would have written them: per outlet receipt numbers
-- 1..n in receipt order (and the outlet's "cheque" counter at n), unique numbers, a Receive event per cheque and a Clear
-- or Bounce event per settled one. Status mix: 20% Received, 70% Cleared, 10% Bounced. Not seeded: the customers' balance
-- postings and audit records of the clears (the cheque query reads neither).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO "Outlets_Outlets" ("Id", "Code", "Name", "ShortName", "Type", "ParentId", "Status", "OpenedOn", "Version")
SELECT gen_random_uuid(), (40000000 + n)::text, '支票基准营业部 Cheque bench outlet ' || n, 'Cheque ' || n, 'Outlet',
       (SELECT "Id" FROM "Outlets_Outlets" WHERE "Code" = '10000000'), 'Active', DATE '2020-01-01', 1
FROM generate_series(1, 20) AS n;

CREATE TEMP TABLE bench_outlets AS
SELECT row_number() OVER (ORDER BY "Code") - 1 AS k, "Id" AS id, "Code" AS code FROM "Outlets_Outlets" WHERE "Code" BETWEEN '40000001' AND '40000020';

INSERT INTO "Counter_Customers" ("Id", "Code", "Type", "Name", "IdType", "IdNumber", "Phone", "Address", "OutletId", "OutletCode", "Status", "CreatedAt", "Version")
SELECT gen_random_uuid(), 'B' || lpad(n::text, 7, '0'), 'Company', '基准客户 Bench customer ' || n, 'BusinessLicence',
       '91440101MA' || lpad(n::text, 8, '0'), '138 0000 ' || lpad((n % 10000)::text, 4, '0'), n || ' Zhujiang New Town',
       o.id, o.code, 'Active', now() - interval '400 days', 1
FROM generate_series(0, 1999) AS n JOIN bench_outlets o ON o.k = n % 20;

CREATE TEMP TABLE bench_customers AS
SELECT row_number() OVER (ORDER BY "Code") - 1 AS k, "Id" AS id, "Code" AS code, "Name" AS name, "OutletId" AS outlet_id, "OutletCode" AS outlet_code
FROM "Counter_Customers" WHERE "Code" LIKE 'B%';

-- One row per cheque: customer n % 2000 (so outlet n % 20), received at a time spread over the last 365 days.
CREATE TEMP TABLE bench_cheques AS
SELECT gen_random_uuid() AS id, c.id AS customer_id, c.code AS customer_code, c.name AS customer_name, c.outlet_id, c.outlet_code,
       (now() - interval '365 days') + (n::double precision / :count) * interval '365 days' + (n % 997) * interval '1 ms' AS received_at,
       (1000000000 + n)::text AS number,
       round((100 + (hashint4(n)::bigint & 1048575) / 10.0)::numeric, 2) AS amount,
       CASE WHEN n % 10 < 2 THEN 'Received' WHEN n % 10 < 9 THEN 'Cleared' ELSE 'Bounced' END AS status,
       (ARRAY['ICBC Guangzhou Tianhe', 'Bank of China Shenzhen Futian', 'China Construction Bank Yuexiu', 'Agricultural Bank Nanshan'])[1 + n % 4] AS bank,
       (ARRAY['Lin Hua Trading Co.', 'Pearl River Logistics Ltd.', 'Wang Fang', 'Golden Bay Imports', 'Chen Jing'])[1 + n % 5] AS drawer
FROM generate_series(0, :count - 1) AS n JOIN bench_customers c ON c.k = n % 2000;

INSERT INTO "Cheques_Cheques" ("Id", "OutletId", "OutletCode", "ReceiptNumber", "CustomerId", "CustomerCode", "CustomerName", "Number",
    "DrawerName", "DrawerBank", "BankKey", "DrawerAccount", "Amount", "ChequeDate", "Purpose", "ReceivedAt", "ReceivedOn", "ReceivedBy",
    "Status", "ClearedOn", "ClearedAt", "ClearedBy", "BouncedOn", "BouncedAt", "BouncedBy", "BounceReason", "NegativeBalance", "Version")
SELECT id, outlet_id, outlet_code, row_number() OVER (PARTITION BY outlet_id ORDER BY received_at), customer_id, customer_code, customer_name, number,
       drawer, bank, upper(replace(bank, ' ', '')), '3602000109' || lpad((length(number) * 7919 % 10000000)::text, 9, '0'), amount,
       ((received_at AT TIME ZONE 'Asia/Shanghai')::date - 1), 'TopUp', received_at, (received_at AT TIME ZONE 'Asia/Shanghai')::date, 'bench',
       status,
       CASE WHEN status = 'Cleared' THEN (received_at AT TIME ZONE 'Asia/Shanghai')::date + 2 END,
       CASE WHEN status = 'Cleared' THEN received_at + interval '2 days' END,
       CASE WHEN status = 'Cleared' THEN 'bench' END,
       CASE WHEN status = 'Bounced' THEN (received_at AT TIME ZONE 'Asia/Shanghai')::date + 3 END,
       CASE WHEN status = 'Bounced' THEN received_at + interval '3 days' END,
       CASE WHEN status = 'Bounced' THEN 'bench' END,
       CASE WHEN status = 'Bounced' THEN 'InsufficientFunds' END,
       false, CASE WHEN status = 'Received' THEN 1 ELSE 2 END
FROM bench_cheques;

INSERT INTO "Cheques_Events" ("Id", "ChequeId", "OutletId", "At", "Kind", "OperatorLogin", "BalanceChange")
SELECT gen_random_uuid(), id, outlet_id, received_at, 'Receive', 'bench', 0 FROM bench_cheques
UNION ALL
SELECT gen_random_uuid(), id, outlet_id, received_at + interval '2 days', 'Clear', 'bench', amount FROM bench_cheques WHERE status = 'Cleared'
UNION ALL
SELECT gen_random_uuid(), id, outlet_id, received_at + interval '3 days', 'Bounce', 'bench', 0 FROM bench_cheques WHERE status = 'Bounced';

INSERT INTO "Counter_Sequences" ("OutletId", "Name", "Value")
SELECT "OutletId", 'cheque', max("ReceiptNumber") FROM "Cheques_Cheques" GROUP BY "OutletId"
ON CONFLICT ("OutletId", "Name") DO UPDATE SET "Value" = EXCLUDED."Value";
COMMIT;
ANALYZE "Cheques_Cheques";
ANALYZE "Cheques_Events";
ANALYZE "Counter_Customers";
