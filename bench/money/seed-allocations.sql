-- psql -v customers=200 -v fund=1000000 -f seed-allocations.sql: :customers company customers of demo outlet 44010001, each
-- with its primary card (PRIMARY, 91028…) and 10 secondary cards (SECONDARY, 91039…), as issuing leaves them, 16-digit
-- numbers with their Luhn check digit; and each customer account credited :fund fen by one balanced entry
-- (D Suspense of the outlet · C Customer), the cached balances equal to the lines. Then one JSON body per customer on
-- stdout: a pre-allocation of 0.01 to each of its 10 secondary cards.
\set ON_ERROR_STOP on
BEGIN;
CREATE OR REPLACE FUNCTION pg_temp.luhn(body text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT ((10 - (sum(CASE WHEN (length(body) - i) % 2 = 0
                          THEN (CASE WHEN d * 2 > 9 THEN d * 2 - 9 ELSE d * 2 END) ELSE d END) % 10)) % 10)::text
  FROM (SELECT i, substr(body, i, 1)::int AS d FROM generate_series(1, length(body)) AS i) AS digits
$$;

CREATE TEMP TABLE ba_outlet AS SELECT "Id" AS id, "Code" AS code FROM "Outlets_Outlets" WHERE "Code" = '44010001';
CREATE TEMP TABLE ba_customers AS
SELECT n AS k, gen_random_uuid() AS id, 'A' || lpad(n::text, 9, '0') AS code FROM generate_series(0, :customers - 1) AS n;
INSERT INTO "Counter_Customers" ("Id", "Code", "Type", "Name", "IdType", "IdNumber", "OutletId", "OutletCode", "Status", "CreatedAt", "Version")
SELECT c.id, c.code, 'Company', '预分配基准车队 Allocation bench fleet ' || c.k, 'BusinessLicence', '91440101MC' || lpad(c.k::text, 8, '0'),
       o.id, o.code, 'Active', now() - interval '400 days', 1
FROM ba_customers c CROSS JOIN ba_outlet o;

-- Card j (0 = primary, 1..10 secondary) of customer k.
CREATE TEMP TABLE ba_cards AS
SELECT c.k, j, gen_random_uuid() AS id, c.id AS customer_id,
       (CASE WHEN j = 0 THEN '91028' ELSE '91039' END) || lpad((c.k * 11 + j)::text, 10, '0') AS body
FROM ba_customers c CROSS JOIN generate_series(0, 10) AS j;
UPDATE ba_cards SET body = body || pg_temp.luhn(body);
INSERT INTO "Cards_Cards" ("Id", "Number", "ProductId", "Kind", "CustomerId", "PrimaryCardId", "Status", "HolderName", "VehiclePlate", "Notes",
    "OutletId", "OutletCode", "OperatorId", "OperatorLogin", "IssuedAt", "ExpiresAt", "FaceValue", "Version")
SELECT b.id, b.body, (SELECT "Id" FROM "Cards_Products" WHERE "Code" = CASE WHEN b.j = 0 THEN 'PRIMARY' ELSE 'SECONDARY' END),
       CASE WHEN b.j = 0 THEN 'Primary' ELSE 'Secondary' END, b.customer_id, p.id, 'Issued', '司机 Driver ' || b.j, NULL, NULL,
       o.id, o.code, gen_random_uuid(), 'bench', now() - interval '300 days', NULL, NULL, 1
FROM ba_cards b CROSS JOIN ba_outlet o LEFT JOIN ba_cards p ON b.j > 0 AND p.j = 0 AND p.k = b.k;

INSERT INTO "Ledger_Accounts" ("Kind", "OwnerId", "Method", "OutletId", "Balance", "CanGoNegative", "CreatedAt")
SELECT 'Customer', c.id, '', o.id, :fund, false, now() FROM ba_customers c CROSS JOIN ba_outlet o;
INSERT INTO "Ledger_Accounts" ("Kind", "OwnerId", "Method", "OutletId", "Balance", "CanGoNegative", "CreatedAt")
SELECT 'Suspense', '00000000-0000-0000-0000-000000000000', '', o.id, 0, true, now() FROM ba_outlet o
ON CONFLICT DO NOTHING;
UPDATE "Ledger_Accounts" SET "Balance" = "Balance" + :customers * :fund::bigint
WHERE "Kind" = 'Suspense' AND "OwnerId" = '00000000-0000-0000-0000-000000000000' AND "OutletId" = (SELECT id FROM ba_outlet);

CREATE TEMP TABLE ba_base AS SELECT coalesce(max("Id"), 0) AS base FROM "Ledger_Entries";
INSERT INTO "Ledger_Entries" ("Id", "TaskType", "TaskId", "OutletId", "OperatorId", "OperatorLogin", "At", "Memo", "CorrectsEntryId")
SELECT (SELECT base FROM ba_base) + c.k + 1, 'Bench.Fund', replace(c.id::text, '-', ''), o.id, NULL, 'bench', now() - interval '1 day', 'bench receipt', NULL
FROM ba_customers c CROSS JOIN ba_outlet o;
SELECT setval(pg_get_serial_sequence('"Ledger_Entries"', 'Id'), (SELECT max("Id") FROM "Ledger_Entries"));
INSERT INTO "Ledger_Lines" ("EntryId", "LineNo", "AccountId", "Amount")
SELECT (SELECT base FROM ba_base) + c.k + 1, 1, s."Id", :fund
FROM ba_customers c CROSS JOIN ba_outlet o JOIN "Ledger_Accounts" s ON s."Kind" = 'Suspense' AND s."OwnerId" = '00000000-0000-0000-0000-000000000000' AND s."OutletId" = o.id
UNION ALL
SELECT (SELECT base FROM ba_base) + c.k + 1, 2, a."Id", -:fund
FROM ba_customers c JOIN "Ledger_Accounts" a ON a."Kind" = 'Customer' AND a."OwnerId" = c.id;
COMMIT;
ANALYZE "Cards_Cards";
ANALYZE "Counter_Customers";
ANALYZE "Ledger_Accounts";
\pset tuples_only on
\pset format unaligned
\o :bodies
SELECT json_build_object('customer', c.code, 'cards', json_agg(json_build_object('card', b.body, 'amount', 0.01) ORDER BY b.j))
FROM ba_customers c JOIN ba_cards b ON b.k = c.k AND b.j > 0 GROUP BY c.k, c.code ORDER BY c.k;
