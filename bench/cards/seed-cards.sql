-- psql -v cards=10000000 -v customers=1000000 -f seed-cards.sql: 20 outlets (codes 50000001..50000020) under head office,
-- :customers company customers spread over them, and :cards issued cards as issuing would have left them: each customer's
-- first card is its primary card (product PRIMARY, 9102…), the rest are secondary cards (SECONDARY, 9103…) pointing at it;
-- 16-digit numbers with their Luhn check digit; the issuing outlet is the customer's. Ledger: per card one entry of the
-- card's top-up and load (D till of the outlet's bench operator, C card account, C purse), and for primary cards a
-- deposit line (C deposit); the cached balances equal the lines. Not seeded: stock blocks and movements (the card query
-- reads neither), audit records.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
BEGIN;
CREATE OR REPLACE FUNCTION pg_temp.luhn(body text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT ((10 - (sum(CASE WHEN (length(body) - i) % 2 = 0
                          THEN (CASE WHEN d * 2 > 9 THEN d * 2 - 9 ELSE d * 2 END) ELSE d END) % 10)) % 10)::text
  FROM (SELECT i, substr(body, i, 1)::int AS d FROM generate_series(1, length(body)) AS i) AS digits
$$;

INSERT INTO "Outlets_Outlets" ("Id", "Code", "Name", "ShortName", "Type", "ParentId", "Status", "OpenedOn", "Version")
SELECT gen_random_uuid(), (50000000 + n)::text, '卡片基准营业部 Card bench outlet ' || n, 'Cards ' || n, 'Outlet',
       (SELECT "Id" FROM "Outlets_Outlets" WHERE "Code" = '10000000'), 'Active', DATE '2020-01-01', 1
FROM generate_series(1, 20) AS n;

CREATE TEMP TABLE bench_outlets AS
SELECT row_number() OVER (ORDER BY "Code") - 1 AS k, "Id" AS id, "Code" AS code, gen_random_uuid() AS operator_id
FROM "Outlets_Outlets" WHERE "Code" BETWEEN '50000001' AND '50000020';

CREATE TEMP TABLE bench_customers AS
SELECT n AS k, gen_random_uuid() AS id, 'K' || lpad(n::text, 9, '0') AS code, o.id AS outlet_id, o.code AS outlet_code
FROM generate_series(0, :customers - 1) AS n JOIN bench_outlets o ON o.k = n % 20;

INSERT INTO "Counter_Customers" ("Id", "Code", "Type", "Name", "IdType", "IdNumber", "Phone", "Address", "OutletId", "OutletCode", "Status", "CreatedAt", "Version")
SELECT id, code, 'Company', '基准车队 Bench fleet ' || k, 'BusinessLicence', '91440101MB' || lpad(k::text, 8, '0'),
       '138 0000 ' || lpad((k % 10000)::text, 4, '0'), k || ' Tianhe Road', outlet_id, outlet_code, 'Active', now() - interval '400 days', 1
FROM bench_customers;

-- Card n belongs to customer n % :customers; cards 0 .. :customers-1 are the primaries.
CREATE TEMP TABLE bench_cards AS
SELECT n, gen_random_uuid() AS id, c.id AS customer_id, c.outlet_id, c.outlet_code, n < :customers AS is_primary, c.k AS customer_k,
       (CASE WHEN n < :customers THEN '9102' ELSE '9103' END) || lpad(n::text, 11, '0') AS body,
       1000 + (hashint4(n)::bigint & 65535) AS loaded_fen, 10000 + (hashint4(n + 1)::bigint & 262143) AS card_fen
FROM generate_series(0, :cards - 1) AS n JOIN bench_customers c ON c.k = n % :customers;
UPDATE bench_cards SET body = body || pg_temp.luhn(body);
CREATE INDEX ON bench_cards (customer_k) WHERE is_primary;

INSERT INTO "Cards_Cards" ("Id", "Number", "ProductId", "Kind", "CustomerId", "PrimaryCardId", "Status", "HolderName", "VehiclePlate", "Notes",
    "OutletId", "OutletCode", "OperatorId", "OperatorLogin", "IssuedAt", "ExpiresAt", "FaceValue", "Version")
SELECT b.id, b.body, CASE WHEN b.is_primary THEN pp."Id" ELSE ps."Id" END, CASE WHEN b.is_primary THEN 'Primary' ELSE 'Secondary' END,
       b.customer_id, p.id, 'Issued', '司机 Driver ' || b.n, '粤A' || lpad((b.n % 100000)::text, 5, '0'), NULL,
       b.outlet_id, b.outlet_code, o.operator_id, 'bench', now() - interval '300 days' + (b.n % 86400) * interval '1 s', NULL, NULL, 1
FROM bench_cards b
JOIN bench_outlets o ON o.id = b.outlet_id
CROSS JOIN (SELECT "Id" FROM "Cards_Products" WHERE "Code" = 'PRIMARY') pp
CROSS JOIN (SELECT "Id" FROM "Cards_Products" WHERE "Code" = 'SECONDARY') ps
LEFT JOIN bench_cards p ON NOT b.is_primary AND p.is_primary AND p.customer_k = b.customer_k;

-- Accounts: a cash till per outlet's bench operator; per card its card account and purse; per primary card its deposit.
INSERT INTO "Ledger_Accounts" ("Kind", "OwnerId", "Method", "OutletId", "Balance", "CanGoNegative", "CreatedAt")
SELECT 'Till', o.operator_id, 'Cash', o.id,
       (SELECT coalesce(sum(card_fen + loaded_fen + CASE WHEN is_primary THEN 5000 ELSE 0 END), 0) FROM bench_cards b WHERE b.outlet_id = o.id), true, now()
FROM bench_outlets o;
INSERT INTO "Ledger_Accounts" ("Kind", "OwnerId", "Method", "OutletId", "Balance", "CanGoNegative", "CreatedAt")
SELECT k.kind, b.id, '', b.outlet_id, CASE k.kind WHEN 'Card' THEN b.card_fen WHEN 'Purse' THEN b.loaded_fen ELSE 5000 END, false, now()
FROM bench_cards b CROSS JOIN (VALUES ('Card'), ('Purse'), ('Deposit')) AS k(kind)
WHERE k.kind <> 'Deposit' OR b.is_primary;

-- One entry per card (its id = n + the first free id), lines: D till, C card, C purse (, C deposit).
CREATE TEMP TABLE bench_base AS SELECT coalesce(max("Id"), 0) AS base FROM "Ledger_Entries";
INSERT INTO "Ledger_Entries" ("Id", "TaskType", "TaskId", "OutletId", "OperatorId", "OperatorLogin", "At", "Memo", "CorrectsEntryId")
SELECT (SELECT base FROM bench_base) + b.n + 1, 'Bench.CardTopUp', replace(b.id::text, '-', ''), b.outlet_id, o.operator_id, 'bench',
       now() - interval '200 days', 'bench top-up and load', NULL
FROM bench_cards b JOIN bench_outlets o ON o.id = b.outlet_id;
SELECT setval(pg_get_serial_sequence('"Ledger_Entries"', 'Id'), (SELECT max("Id") FROM "Ledger_Entries"));

CREATE TEMP TABLE bench_acc AS SELECT "Id" AS id, "Kind" AS kind, "OwnerId" AS owner FROM "Ledger_Accounts" WHERE "Kind" IN ('Card', 'Purse', 'Deposit');
CREATE INDEX ON bench_acc (owner, kind);
INSERT INTO "Ledger_Lines" ("EntryId", "LineNo", "AccountId", "Amount")
SELECT (SELECT base FROM bench_base) + b.n + 1, 1, t."Id", b.card_fen + b.loaded_fen + CASE WHEN b.is_primary THEN 5000 ELSE 0 END
FROM bench_cards b JOIN bench_outlets o ON o.id = b.outlet_id JOIN "Ledger_Accounts" t ON t."Kind" = 'Till' AND t."OwnerId" = o.operator_id
UNION ALL
SELECT (SELECT base FROM bench_base) + b.n + 1, CASE a.kind WHEN 'Card' THEN 2 WHEN 'Purse' THEN 3 ELSE 4 END, a.id,
       -(CASE a.kind WHEN 'Card' THEN b.card_fen WHEN 'Purse' THEN b.loaded_fen ELSE 5000 END)
FROM bench_cards b JOIN bench_acc a ON a.owner = b.id;
COMMIT;
ANALYZE "Cards_Cards";
ANALYZE "Counter_Customers";
ANALYZE "Ledger_Accounts";
ANALYZE "Ledger_Entries";
ANALYZE "Ledger_Lines";
