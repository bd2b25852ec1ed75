-- psql -v outlets=500 -v per_day=333 -v month=2026-11-01 -v offset_hours=8 -f seed-ledger.sql
-- :outlets outlets (codes 60000001…) under head office, each with a bench operator's Cash and Transfer tills and one customer
-- account; for every local day of :month, :per_day top-ups per outlet (D till · C customer; every third by transfer), spread
-- over the day, as the TopUps module posts them. Two lines per entry: outlets × days × per_day × 2 ledger lines. The cached
-- balances equal the lines. Not seeded: receipts, customers' rows, audit records (the takings report reads the ledger only).
\set ON_ERROR_STOP on
SET synchronous_commit = off;
BEGIN;
INSERT INTO "Outlets_Outlets" ("Id", "Code", "Name", "ShortName", "Type", "ParentId", "Status", "OpenedOn", "Version")
SELECT gen_random_uuid(), (60000000 + n)::text, '报表基准营业部 Report bench outlet ' || n, 'Reports ' || n, 'Outlet',
       (SELECT "Id" FROM "Outlets_Outlets" WHERE "Code" = '10000000'), 'Active', DATE '2020-01-01', 1
FROM generate_series(1, :outlets) AS n;

CREATE TEMP TABLE bench_outlets AS
SELECT row_number() OVER (ORDER BY "Code") - 1 AS k, "Id" AS id, gen_random_uuid() AS operator_id, gen_random_uuid() AS customer_id
FROM "Outlets_Outlets" WHERE "Code" BETWEEN '60000001' AND (60000000 + :outlets)::text;

INSERT INTO "Ledger_Accounts" ("Kind", "OwnerId", "Method", "OutletId", "Balance", "CanGoNegative", "CreatedAt")
SELECT 'Till', o.operator_id, m, o.id, 0, true, now() FROM bench_outlets o CROSS JOIN (VALUES ('Cash'), ('Transfer')) AS methods(m)
UNION ALL
SELECT 'Customer', o.customer_id, '', o.id, 0, false, now() FROM bench_outlets o;

CREATE TEMP TABLE bench_entries AS
SELECT o.id AS outlet_id, o.operator_id, o.customer_id, CASE WHEN n % 3 = 0 THEN 'Transfer' ELSE 'Cash' END AS method,
       100 * (10 + (hashint4(d * 100000 + n + o.k::int * 7919) & 1023)) AS fen,
       (DATE :'month' + d) - make_interval(hours => :offset_hours) + make_interval(secs => (n * 86000.0 / :per_day)) AS at,
       nextval(pg_get_serial_sequence('"Ledger_Entries"', 'Id')) AS entry_id
FROM bench_outlets o
CROSS JOIN generate_series(0, (DATE :'month' + interval '1 month' - interval '1 day')::date - DATE :'month') AS d
CROSS JOIN generate_series(0, :per_day - 1) AS n;

INSERT INTO "Ledger_Entries" ("Id", "TaskType", "TaskId", "OutletId", "OperatorId", "OperatorLogin", "At", "Memo", "Reference")
SELECT entry_id, 'TopUps.Customer', gen_random_uuid()::text, outlet_id, operator_id, 'bench', at, 'bench top-up', 'B' || entry_id FROM bench_entries;

INSERT INTO "Ledger_Lines" ("EntryId", "LineNo", "AccountId", "Amount")
SELECT e.entry_id, 1, a."Id", e.fen FROM bench_entries e
JOIN "Ledger_Accounts" a ON a."Kind" = 'Till' AND a."OwnerId" = e.operator_id AND a."Method" = e.method AND a."OutletId" = e.outlet_id
UNION ALL
SELECT e.entry_id, 2, a."Id", -e.fen FROM bench_entries e
JOIN "Ledger_Accounts" a ON a."Kind" = 'Customer' AND a."OwnerId" = e.customer_id AND a."OutletId" = e.outlet_id;

UPDATE "Ledger_Accounts" a SET "Balance" = s.balance
FROM (SELECT "AccountId", sum("Amount") AS balance FROM "Ledger_Lines" GROUP BY "AccountId") s
WHERE s."AccountId" = a."Id" AND a."OwnerId" IN (SELECT operator_id FROM bench_outlets UNION ALL SELECT customer_id FROM bench_outlets);
UPDATE "Ledger_Accounts" SET "Balance" = -"Balance" WHERE "Kind" = 'Customer' AND "OwnerId" IN (SELECT customer_id FROM bench_outlets);
COMMIT;
ANALYZE "Ledger_Entries";
ANALYZE "Ledger_Lines";
ANALYZE "Ledger_Accounts";
