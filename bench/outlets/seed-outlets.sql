-- psql -v count=3000 -f seed-outlets.sql: adds :count active outlets under head office (codes 30000000 + n), as the
-- import would (one audit record per outlet is left out: the list query does not read the audit trail).
INSERT INTO "Outlets_Outlets" ("Id", "Code", "Name", "ShortName", "Type", "ParentId", "Address", "Phone", "Manager", "Status", "OpenedOn", "Version")
SELECT gen_random_uuid(), (30000000 + n)::text, '基准营业部 Bench outlet ' || n, 'Bench ' || n, 'Outlet',
       (SELECT "Id" FROM "Outlets_Outlets" WHERE "Code" = '10000000'), n || ' Tianhe Road, Guangzhou', '+86 20-5555 ' || lpad((n % 10000)::text, 4, '0'),
       'Manager ' || n, 'Active', DATE '2020-01-01' + (n % 1500), 1
FROM generate_series(1, :count) AS n
ON CONFLICT DO NOTHING;
ANALYZE "Outlets_Outlets";
