using System.Text.Json;
using Npgsql;

namespace Bench.Bare;

/// <summary>
/// POST /fees {"customer": code}: what a fee collection (CARD 20.00 + DEPOSIT 30.00, cash) writes, by hand: the customer read,
/// then one transaction taking the outlet's next receipt number and inserting the collection, its two lines and its audit record.
/// </summary>
internal static class Fees
{
    private const string Summary = """{"customer":"?","items":[{"collected":"20.00","fee":"CARD","quantity":1,"schedule":"20.00","unit":"20.00"},{"collected":"30.00","fee":"DEPOSIT","quantity":1,"schedule":"30.00","unit":"30.00"}],"paymentMethod":"Cash","total":"50.00"}""";

    public static async Task CollectAsync(NpgsqlDataSource data, HttpContext http, CancellationToken ct)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
        var customerCode = body.RootElement.GetProperty("customer").GetString()!;
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

        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var ensure = new NpgsqlCommand("""INSERT INTO "Counter_Sequences" ("OutletId", "Name", "Value") VALUES ($1, 'receipt', 0) ON CONFLICT DO NOTHING""", connection, tx))
        {
            ensure.Parameters.AddWithValue(outletId);
            await ensure.ExecuteNonQueryAsync(ct);
        }

        long number;
        await using (var next = new NpgsqlCommand("""UPDATE "Counter_Sequences" SET "Value" = "Value" + 1 WHERE "OutletId" = $1 AND "Name" = 'receipt' RETURNING "Value" """, connection, tx))
        {
            next.Parameters.AddWithValue(outletId);
            number = (long)(await next.ExecuteScalarAsync(ct))!;
        }

        var id = Guid.NewGuid();
        var at = DateTime.UtcNow;
        var receipt = $"{outletCode}-{number:D6}";
        await using (var insert = new NpgsqlBatch(connection, tx))
        {
            insert.BatchCommands.Add(new NpgsqlBatchCommand("""
                INSERT INTO "Counter_FeeCollections" ("Id", "OutletId", "OutletCode", "ReceiptNumber", "CustomerId", "CustomerCode", "CustomerName", "PaymentMethod", "Total", "At", "OperatorLogin", "Summary")
                VALUES ($1, $2, $3, $4, $5, $6, $7, 'Cash', 50.00, $8, 'bare', $9)
                """)
            {
                Parameters =
                {
                    new() { Value = id }, new() { Value = outletId }, new() { Value = outletCode }, new() { Value = number }, new() { Value = customerId },
                    new() { Value = customerCode }, new() { Value = customerName }, new() { Value = at }, new() { Value = Summary },
                },
            });
            insert.BatchCommands.Add(new NpgsqlBatchCommand("""
                INSERT INTO "Counter_FeeCollectionLines" ("Id", "FeeCollectionId", "LineNo", "FeeCode", "FeeNameEn", "FeeNameZh", "Quantity", "UnitAmount", "ScheduleAmount", "CollectedAmount")
                VALUES (gen_random_uuid(), $1, 1, 'CARD', 'Card cost fee', '工本费', 1, 20.00, 20.00, 20.00), (gen_random_uuid(), $1, 2, 'DEPOSIT', 'Deposit', '押金', 1, 30.00, 30.00, 30.00)
                """)
            { Parameters = { new() { Value = id } } });
            insert.BatchCommands.Add(new NpgsqlBatchCommand("""
                INSERT INTO "Kernel_AuditEvents" ("OccurredAt", "OutletId", "OutletCode", "Module", "Action", "EntityType", "EntityId", "After")
                VALUES ($1, $2, $3, 'Counter', 'FeeCollection.Create', 'FeeCollection', $4, $5)
                """)
            { Parameters = { new() { Value = at }, new() { Value = outletId }, new() { Value = outletCode }, new() { Value = receipt }, new() { Value = Summary } } });
            await insert.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        http.Response.StatusCode = 201;
        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body, new { id, receipt, outlet = outletCode, receiptNumber = number, customer = customerCode, customerName, paymentMethod = "Cash", total = 50.00m, at }, cancellationToken: ct);
    }
}
