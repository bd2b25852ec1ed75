namespace Admin.Migrations;

/// <summary>
/// The data part of the migration <c>LedgerMoney</c> (compiled into both providers' migration sets): before the customer's
/// balance column and balance history are dropped, everything that existed becomes ledger entries, so that after the
/// upgrade every customer's balance reads the same and <c>GET /api/ledger/verify</c> is clean:
/// <list type="bullet">
/// <item>each balance-history row: an entry <c>Counter.OpeningBalance</c> "before the ledger: {reason}" (its reference
/// kept), C <c>Customer</c> · D <c>Suspense</c> of the customer's outlet (a negative row the other way round);</item>
/// <item>a balance its history does not explain: one more such entry for the difference;</item>
/// <item>a balance left negative (a bounce after clearing, before the ledger refused those): D <c>Receivable</c> · C
/// <c>Customer</c>, so the customer account is zero and the customer owes the amount (the balance shown is their sum);</item>
/// <item>each cheque still in clearing: its receipt entry (D <c>ChequesInClearing</c> · C <c>Suspense</c>);</item>
/// <item>each fee collection: its entry (D the operator's till, C fee income, C the deposit held for the customer).</item>
/// </list>
/// Entries are numbered in time order after any existing entry; lines and accounts are made in staging tables first.
/// </summary>
public static class LedgerMoneyData
{
    private const string EmptyGuid = "00000000-0000-0000-0000-000000000000";

    /// <summary>The statements, in order, for SQLite or PostgreSQL.</summary>
    public static IReadOnlyList<string> Statements(bool postgres)
    {
        var guid = postgres ? "uuid" : "TEXT";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        var big = postgres ? "bigint" : "INTEGER";
        var empty = postgres ? $"CAST('{EmptyGuid}' AS uuid)" : $"'{EmptyGuid}'";
        var now = postgres ? "CURRENT_TIMESTAMP" : "strftime('%Y-%m-%d %H:%M:%f', 'now')";
        string Fen(string x) => postgres ? $"CAST(ROUND({x} * 100) AS bigint)" : $"CAST(ROUND(CAST({x} AS REAL) * 100) AS INTEGER)";
        string Text(string x) => $"LOWER(CAST({x} AS TEXT))";
        string Receipt(string code, string separator, string number) => postgres
            ? $"{code} || '{separator}' || lpad(CAST({number} AS text), 6, '0')"
            : $"printf('%s{separator}%06d', {code}, {number})";
        const string creditKinds = "'Customer', 'Card', 'Purse', 'Deposit', 'FeeIncome', 'RefundsPayable', 'SalesClearing', 'CustomerDeposit'";
        const string neverNegative = "'Customer', 'Card', 'Purse', 'Deposit', 'CustomerDeposit'";
        const string entryColumns = "\"Key\", \"TaskType\", \"TaskId\", \"OutletId\", \"OperatorId\", \"OperatorLogin\", \"At\", \"Memo\", \"Reference\"";
        const string lineColumns = "\"Key\", \"LineNo\", \"Kind\", \"OwnerId\", \"Method\", \"OutletId\", \"Amount\"";
        var history = $"""
            FROM "Counter_BalanceEntries" b JOIN "Counter_Customers" c ON c."Id" = b."CustomerId" WHERE {Fen("b.\"Amount\"")} <> 0
            """;
        var unexplained = $"""
            FROM (SELECT c."Id", c."OutletId", {Fen("c.\"Balance\"")} - COALESCE((SELECT SUM({Fen("b.\"Amount\"")}) FROM "Counter_BalanceEntries" b WHERE b."CustomerId" = c."Id"), 0) AS "D"
                  FROM "Counter_Customers" c) d WHERE d."D" <> 0
            """;
        var negative = $"""FROM "Counter_Customers" c WHERE {Fen("c.\"Balance\"")} < 0""";
        var inClearing = """FROM "Cheques_Cheques" ch WHERE ch."Status" = 'Received'""";
        var collections = $"""
            FROM (SELECT fc."Id", fc."OutletId", fc."OutletCode", fc."ReceiptNumber", fc."CustomerId", fc."PaymentMethod", fc."At", fc."OperatorId", fc."OperatorLogin",
                    COALESCE((SELECT SUM({Fen("l.\"CollectedAmount\"")}) FROM "Counter_FeeCollectionLines" l WHERE l."FeeCollectionId" = fc."Id" AND UPPER(l."FeeCode") = 'DEPOSIT'), 0) AS "Dep",
                    COALESCE((SELECT SUM({Fen("l.\"CollectedAmount\"")}) FROM "Counter_FeeCollectionLines" l WHERE l."FeeCollectionId" = fc."Id" AND UPPER(l."FeeCode") <> 'DEPOSIT'), 0) AS "Inc"
                  FROM "Counter_FeeCollections" fc) f WHERE f."Dep" + f."Inc" <> 0
            """;
        return
        [
            $"""CREATE TABLE "Ledger_OpeningEntries" ("Key" varchar(80) NOT NULL, "TaskType" varchar(64) NOT NULL, "TaskId" varchar(64) NOT NULL, "OutletId" {guid} NOT NULL, "OperatorId" {guid} NULL, "OperatorLogin" varchar(64) NULL, "At" {time} NOT NULL, "Memo" varchar(200) NOT NULL, "Reference" varchar(64) NULL)""",
            $"""CREATE TABLE "Ledger_OpeningLines" ("Key" varchar(80) NOT NULL, "LineNo" integer NOT NULL, "Kind" varchar(32) NOT NULL, "OwnerId" {guid} NOT NULL, "Method" varchar(16) NOT NULL, "OutletId" {guid} NOT NULL, "Amount" {big} NOT NULL)""",

            // The balance history.
            $"""INSERT INTO "Ledger_OpeningEntries" ({entryColumns}) SELECT 'H' || {Text("b.\"Id\"")}, 'Counter.OpeningBalance', {Text("b.\"Id\"")}, c."OutletId", NULL, b."OperatorLogin", b."At", SUBSTR('before the ledger: ' || b."Reason", 1, 200), SUBSTR(b."Reference", 1, 64) {history}""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'H' || {Text("b.\"Id\"")}, 1, 'Customer', b."CustomerId", '', c."OutletId", -{Fen("b.\"Amount\"")} {history}""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'H' || {Text("b.\"Id\"")}, 2, 'Suspense', {empty}, '', c."OutletId", {Fen("b.\"Amount\"")} {history}""",

            // A balance its history does not explain.
            $"""INSERT INTO "Ledger_OpeningEntries" ({entryColumns}) SELECT 'R' || {Text("d.\"Id\"")}, 'Counter.OpeningBalance', {Text("d.\"Id\"")}, d."OutletId", NULL, NULL, {now}, 'before the ledger: the balance its history did not explain', NULL {unexplained}""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'R' || {Text("d.\"Id\"")}, 1, 'Customer', d."Id", '', d."OutletId", -d."D" {unexplained}""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'R' || {Text("d.\"Id\"")}, 2, 'Suspense', {empty}, '', d."OutletId", d."D" {unexplained}""",

            // A negative balance: owed by the customer.
            $"""INSERT INTO "Ledger_OpeningEntries" ({entryColumns}) SELECT 'Z' || {Text("c.\"Id\"")}, 'Counter.OpeningBalance', {Text("c.\"Id\"")}, c."OutletId", NULL, NULL, {now}, 'before the ledger: a negative balance, owed by the customer', NULL {negative}""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'Z' || {Text("c.\"Id\"")}, 1, 'Receivable', c."Id", '', c."OutletId", -{Fen("c.\"Balance\"")} {negative}""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'Z' || {Text("c.\"Id\"")}, 2, 'Customer', c."Id", '', c."OutletId", {Fen("c.\"Balance\"")} {negative}""",

            // Cheques in clearing.
            $"""INSERT INTO "Ledger_OpeningEntries" ({entryColumns}) SELECT 'C' || {Text("ch.\"Id\"")}, 'Cheques.Receive', {Text("ch.\"Id\"")}, ch."OutletId", NULL, ch."ReceivedBy", ch."ReceivedAt", 'cheque received (before the ledger)', {Receipt("ch.\"OutletCode\"", "-C", "ch.\"ReceiptNumber\"")} {inClearing}""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'C' || {Text("ch.\"Id\"")}, 1, 'ChequesInClearing', {empty}, '', ch."OutletId", {Fen("ch.\"Amount\"")} {inClearing}""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'C' || {Text("ch.\"Id\"")}, 2, 'Suspense', {empty}, '', ch."OutletId", -{Fen("ch.\"Amount\"")} {inClearing}""",

            // Fee collections: the till (suspense when the operator is unknown), fee income, the deposit held for the customer.
            $"""INSERT INTO "Ledger_OpeningEntries" ({entryColumns}) SELECT 'F' || {Text("f.\"Id\"")}, 'Counter.FeeCollection', {Text("f.\"Id\"")}, f."OutletId", f."OperatorId", f."OperatorLogin", f."At", 'fee collection (before the ledger)', {Receipt("f.\"OutletCode\"", "-", "f.\"ReceiptNumber\"")} {collections}""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'F' || {Text("f.\"Id\"")}, 1, CASE WHEN f."OperatorId" IS NULL THEN 'Suspense' ELSE 'Till' END, COALESCE(f."OperatorId", {empty}), CASE WHEN f."OperatorId" IS NULL THEN '' ELSE f."PaymentMethod" END, f."OutletId", f."Dep" + f."Inc" {collections}""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'F' || {Text("f.\"Id\"")}, 2, 'FeeIncome', {empty}, '', f."OutletId", -f."Inc" {collections} AND f."Inc" <> 0""",
            $"""INSERT INTO "Ledger_OpeningLines" ({lineColumns}) SELECT 'F' || {Text("f.\"Id\"")}, 3, 'CustomerDeposit', f."CustomerId", '', f."OutletId", -f."Dep" {collections} AND f."Dep" <> 0""",

            // Numbered after every existing entry, in time order; accounts made; entries, lines and balances written.
            $"""CREATE TABLE "Ledger_OpeningNumbered" AS SELECT e.*, (SELECT COALESCE(MAX("Id"), 0) FROM "Ledger_Entries") + ROW_NUMBER() OVER (ORDER BY e."At", e."Key") AS "EntryId" FROM "Ledger_OpeningEntries" e""",
            $"""
            INSERT INTO "Ledger_Accounts" ("Kind", "OwnerId", "Method", "OutletId", "Balance", "CanGoNegative", "CreatedAt")
            SELECT DISTINCT l."Kind", l."OwnerId", l."Method", l."OutletId", 0, CASE WHEN l."Kind" IN ({neverNegative}) THEN FALSE ELSE TRUE END, {now}
            FROM "Ledger_OpeningLines" l WHERE TRUE ON CONFLICT DO NOTHING
            """,
            """
            INSERT INTO "Ledger_Entries" ("Id", "TaskType", "TaskId", "OutletId", "OperatorId", "OperatorLogin", "At", "Memo", "CorrectsEntryId", "Reference")
            SELECT n."EntryId", n."TaskType", n."TaskId", n."OutletId", n."OperatorId", n."OperatorLogin", n."At", n."Memo", NULL, n."Reference"
            FROM "Ledger_OpeningNumbered" n ORDER BY n."EntryId"
            """,
            """
            INSERT INTO "Ledger_Lines" ("EntryId", "LineNo", "AccountId", "Amount")
            SELECT n."EntryId", l."LineNo", a."Id", l."Amount"
            FROM "Ledger_OpeningLines" l JOIN "Ledger_OpeningNumbered" n ON n."Key" = l."Key"
            JOIN "Ledger_Accounts" a ON a."Kind" = l."Kind" AND a."OwnerId" = l."OwnerId" AND a."Method" = l."Method" AND a."OutletId" = l."OutletId"
            ORDER BY n."EntryId", l."LineNo"
            """,
            $"""
            UPDATE "Ledger_Accounts" SET "Balance" = "Balance" + (CASE WHEN "Kind" IN ({creditKinds}) THEN -1 ELSE 1 END) *
                (SELECT COALESCE(SUM(l."Amount"), 0) FROM "Ledger_OpeningLines" l
                 WHERE l."Kind" = "Ledger_Accounts"."Kind" AND l."OwnerId" = "Ledger_Accounts"."OwnerId" AND l."Method" = "Ledger_Accounts"."Method" AND l."OutletId" = "Ledger_Accounts"."OutletId")
            WHERE EXISTS (SELECT 1 FROM "Ledger_OpeningLines" l
                 WHERE l."Kind" = "Ledger_Accounts"."Kind" AND l."OwnerId" = "Ledger_Accounts"."OwnerId" AND l."Method" = "Ledger_Accounts"."Method" AND l."OutletId" = "Ledger_Accounts"."OutletId")
            """,
            .. (postgres ? ["""SELECT setval(pg_get_serial_sequence('"Ledger_Entries"', 'Id'), (SELECT MAX("Id") FROM "Ledger_Entries"))"""] : Array.Empty<string>()),
            """DROP TABLE "Ledger_OpeningNumbered" """,
            """DROP TABLE "Ledger_OpeningLines" """,
            """DROP TABLE "Ledger_OpeningEntries" """,
        ];
    }
}
