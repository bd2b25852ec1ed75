using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Bench.Bare;

/// <summary>GET /cheques: the query behind GET /api/cheques, same filters, order, cursor and JSON fields.</summary>
internal static class Cheques
{
    public static async Task ListAsync(NpgsqlDataSource data, HttpContext http, CancellationToken ct)
    {
        var q = http.Request.Query;
        var take = int.TryParse(q["limit"], out var l) ? Math.Clamp(l, 1, 500) : 50;
        var where = new List<string>();
        await using var command = data.CreateCommand();
        string P(object value)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
            return "$" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        }

        if (q["outlet"].ToString() is { Length: > 0 } outlet) where.Add($"\"OutletCode\" = {P(outlet)}");
        if (q["customer"].ToString() is { Length: > 0 } customer) where.Add($"\"CustomerCode\" = {P(customer)}");
        if (q["status"].ToString() is { Length: > 0 } status) where.Add($"\"Status\" = {P(status)}");
        if (DateOnly.TryParse(q["from"], CultureInfo.InvariantCulture, out var from))
        {
            where.Add($"\"ReceivedOn\" >= {P(from)} AND \"ReceivedAt\" >= {P(from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-14))}");
        }
        if (DateOnly.TryParse(q["to"], CultureInfo.InvariantCulture, out var to))
        {
            where.Add($"\"ReceivedOn\" <= {P(to)} AND \"ReceivedAt\" < {P(to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(12))}");
        }
        if (decimal.TryParse(q["minAmount"], CultureInfo.InvariantCulture, out var min)) where.Add($"\"Amount\" >= {P(min)}");
        if (decimal.TryParse(q["maxAmount"], CultureInfo.InvariantCulture, out var max)) where.Add($"\"Amount\" <= {P(max)}");
        if (q["after"].ToString() is { Length: > 0 } after)
        {
            // The host's cursor: base64url of "ticks\u001foutlet\u001freceipt".
            var b64 = after.Replace('-', '+').Replace('_', '/');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '='))).Split('\u001f');
            var at = P(new DateTime(long.Parse(parts[0], CultureInfo.InvariantCulture), DateTimeKind.Utc));
            var o = P(parts[1]);
            var r = P(long.Parse(parts[2], CultureInfo.InvariantCulture));
            where.Add($"(\"ReceivedAt\" <= {at} AND (\"ReceivedAt\" < {at} OR (\"ReceivedAt\" = {at} AND (\"OutletCode\" < {o} OR (\"OutletCode\" = {o} AND \"ReceiptNumber\" < {r})))))");
        }

        var limit = P(take + 1);
        command.CommandText = $"""
            SELECT "Id", "ReceiptNumber", "OutletCode", "CustomerCode", "CustomerName", "Number", "DrawerName", "DrawerBank", "DrawerAccount",
                   "Amount", "ChequeDate", "Purpose", "ReceivedAt", "ReceivedBy", "Status", "ClearedOn", "ClearedBy", "BouncedOn", "BouncedBy",
                   "BounceReason", "BounceNote", "NegativeBalance", "Version"
            FROM "Cheques_Cheques" {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
            ORDER BY "ReceivedAt" DESC, "OutletCode" DESC, "ReceiptNumber" DESC
            LIMIT {limit}
            """;
        var items = new List<Dictionary<string, object?>>();
        var keys = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                string? D(int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var receivedAt = reader.GetFieldValue<DateTime>(12);
                keys.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{receivedAt.Ticks}\u001f{reader.GetString(2)}\u001f{reader.GetInt64(1)}")).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
                items.Add(new()
                {
                    ["id"] = reader.GetGuid(0), ["receiptNumber"] = $"{reader.GetString(2)}-C{reader.GetInt64(1):D6}", ["outlet"] = reader.GetString(2),
                    ["customer"] = reader.GetString(3), ["customerName"] = reader.GetString(4), ["number"] = reader.GetString(5), ["drawerName"] = reader.GetString(6),
                    ["drawerBank"] = reader.GetString(7), ["drawerAccount"] = S(8), ["amount"] = reader.GetDecimal(9), ["chequeDate"] = D(10),
                    ["purpose"] = reader.GetString(11), ["receivedAt"] = receivedAt, ["receivedBy"] = S(13), ["status"] = reader.GetString(14),
                    ["clearedOn"] = D(15), ["clearedBy"] = S(16), ["bouncedOn"] = D(17), ["bouncedBy"] = S(18), ["bounceReason"] = S(19),
                    ["bounceNote"] = S(20), ["negativeBalance"] = reader.GetBoolean(21), ["version"] = reader.GetInt64(22),
                });
            }
        }

        var next = items.Count > take ? keys[take - 1] : null;
        if (items.Count > take)
        {
            items.RemoveAt(take);
        }

        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body, new { items, next }, cancellationToken: ct);
    }
}
