using System.Text.Json;
using Npgsql;

namespace Bench.Bare;

/// <summary>
/// POST /topups {"customer": code, "operator": id}: what a cash top-up of 100.00 onto a customer account writes, by hand: the
/// customer read, then one transaction taking the outlet's next receipt number, getting or creating the till and customer
/// accounts, applying both balance changes with the never-below-zero condition, and inserting the entry, its two lines,
/// the receipt and its audit record.
/// </summary>
internal static class TopUps
{
    public static async Task TopUpAsync(NpgsqlDataSource data, HttpContext http, CancellationToken ct)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
        var customerCode = body.RootElement.GetProperty("customer").GetString()!;
        var operatorId = body.RootElement.GetProperty("operator").GetGuid();
        await using var connection = await data.OpenConnectionAsync(ct);
        Guid customerId, outletId;
        string customerName, outletCode;
        await using (var find = new NpgsqlCommand("""SELECT "Id", "Name", "OutletId", "OutletCode" FROM "Counter_Customers" WHERE "Code" = $1 AND "Status" = 'Active'""", connection))
        {
            find.Parameters.AddWithValue(customerCode);
            await using var reader = await find.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                http.Response.StatusCode = 400;
                return;
            }

            (customerId, customerName, outletId, outletCode) = (reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3));
        }

        const long fen = 10_000;
        var at = DateTime.UtcNow;
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var ensure = new NpgsqlBatch(connection, tx))
        {
            ensure.BatchCommands.Add(new NpgsqlBatchCommand("""INSERT INTO "Counter_Sequences" ("OutletId", "Name", "Value") VALUES ($1, 'topup', 0) ON CONFLICT DO NOTHING""") { Parameters = { new() { Value = outletId } } });
            ensure.BatchCommands.Add(new NpgsqlBatchCommand("""
                INSERT INTO "Ledger_Accounts" ("Kind", "OwnerId", "Method", "OutletId", "Balance", "CanGoNegative", "CreatedAt")
                VALUES ('Till', $1, 'Cash', $2, 0, true, $3), ('Customer', $4, '', $2, 0, false, $3) ON CONFLICT DO NOTHING
                """) { Parameters = { new() { Value = operatorId }, new() { Value = outletId }, new() { Value = at }, new() { Value = customerId } } });
            await ensure.ExecuteNonQueryAsync(ct);
        }

        long number, till, account;
        await using (var next = new NpgsqlBatch(connection, tx))
        {
            next.BatchCommands.Add(new NpgsqlBatchCommand("""UPDATE "Counter_Sequences" SET "Value" = "Value" + 1 WHERE "OutletId" = $1 AND "Name" = 'topup' RETURNING "Value" """) { Parameters = { new() { Value = outletId } } });
            next.BatchCommands.Add(new NpgsqlBatchCommand("""
                SELECT "Id" FROM "Ledger_Accounts" WHERE "OutletId" = $1 AND (("Kind" = 'Till' AND "OwnerId" = $2 AND "Method" = 'Cash') OR ("Kind" = 'Customer' AND "OwnerId" = $3 AND "Method" = ''))
                ORDER BY "Kind" DESC
                """) { Parameters = { new() { Value = outletId }, new() { Value = operatorId }, new() { Value = customerId } } });
            await using var reader = await next.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            number = reader.GetInt64(0);
            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            till = reader.GetInt64(0);
            await reader.ReadAsync(ct);
            account = reader.GetInt64(0);
        }

        var id = Guid.NewGuid();
        var receipt = $"{outletCode}-T{number:D6}";
        await using (var write = new NpgsqlBatch(connection, tx))
        {
            // Balances in account-id order, as the ledger does; the customer's with its never-below-zero condition.
            foreach (var (accountId, delta) in new[] { (till, fen), (account, fen) }.OrderBy(a => a.Item1))
            {
                write.BatchCommands.Add(new NpgsqlBatchCommand("""UPDATE "Ledger_Accounts" SET "Balance" = "Balance" + $2 WHERE "Id" = $1 AND ("CanGoNegative" OR "Balance" + $2 >= 0)""")
                { Parameters = { new() { Value = accountId }, new() { Value = delta } } });
            }

            write.BatchCommands.Add(new NpgsqlBatchCommand("""
                WITH e AS (INSERT INTO "Ledger_Entries" ("TaskType", "TaskId", "OutletId", "OperatorId", "OperatorLogin", "At", "Memo", "Reference")
                           VALUES ('TopUps.CustomerTopUp', $1, $2, $3, 'bare', $4, $5, $5) RETURNING "Id")
                INSERT INTO "Ledger_Lines" ("EntryId", "LineNo", "AccountId", "Amount") SELECT e."Id", l.n, l.a, l.amt FROM e, (VALUES (1, $6::bigint, $8::bigint), (2, $7::bigint, -$8::bigint)) l(n, a, amt)
                """)
            {
                Parameters =
                {
                    new() { Value = id.ToString() }, new() { Value = outletId }, new() { Value = operatorId }, new() { Value = at }, new() { Value = receipt },
                    new() { Value = till }, new() { Value = account }, new() { Value = fen },
                },
            });
            write.BatchCommands.Add(new NpgsqlBatchCommand("""
                INSERT INTO "TopUps_Receipts" ("Id", "Kind", "Status", "OutletId", "OutletCode", "ReceiptNumber", "CustomerId", "CustomerCode", "CustomerName",
                  "AccountOutletId", "AccountOutletCode", "PaymentMethod", "Amount", "LedgerEntryId", "At", "OperatorId", "OperatorLogin")
                VALUES ($1, 'CustomerTopUp', 'Posted', $2, $3, $4, $5, $6, $7, $2, $3, 'Cash', 100.00, currval(pg_get_serial_sequence('"Ledger_Entries"', 'Id')), $8, $9, 'bare')
                """)
            {
                Parameters =
                {
                    new() { Value = id }, new() { Value = outletId }, new() { Value = outletCode }, new() { Value = number }, new() { Value = customerId },
                    new() { Value = customerCode }, new() { Value = customerName }, new() { Value = at }, new() { Value = operatorId },
                },
            });
            write.BatchCommands.Add(new NpgsqlBatchCommand("""
                INSERT INTO "Kernel_AuditEvents" ("OccurredAt", "OutletId", "OutletCode", "Module", "Action", "EntityType", "EntityId", "After")
                VALUES ($1, $2, $3, 'TopUps', 'Receipt.TopUp', 'TopUpReceipt', $4, '{"amount":"100.00","paymentMethod":"Cash"}')
                """) { Parameters = { new() { Value = at }, new() { Value = outletId }, new() { Value = outletCode }, new() { Value = receipt } } });
            await write.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        http.Response.StatusCode = 201;
        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body, new { id, receipt, customer = customerCode, customerName, paymentMethod = "Cash", amount = 100.00m, at }, cancellationToken: ct);
    }
}
