using System.Text.Json;
using Npgsql;

namespace Bench.Bare;

/// <summary>
/// GET /cards/{number} and GET /cards?customer=&amp;limit=: the queries behind GET /api/cards/{number} and GET /api/cards?customer=
/// (the card with product, primary card number, customer code and name, and its card/purse/deposit balances), in one statement each.
/// </summary>
internal static class Cards
{
    private const string Select = """
        SELECT c."Id", c."Number", p."Code", c."Kind", c."Status", cu."Code", cu."Name", pc."Number", c."HolderName", c."VehiclePlate",
               c."OutletCode", c."OperatorLogin", c."IssuedAt", c."ExpiresAt", c."FaceValue", c."Version",
               coalesce(b.card, 0), coalesce(b.purse, 0), coalesce(b.deposit, 0)
        FROM "Cards_Cards" c
        JOIN "Cards_Products" p ON p."Id" = c."ProductId"
        LEFT JOIN "Cards_Cards" pc ON pc."Id" = c."PrimaryCardId"
        LEFT JOIN "Counter_Customers" cu ON cu."Id" = c."CustomerId"
        LEFT JOIN LATERAL (
            SELECT sum(a."Balance") FILTER (WHERE a."Kind" = 'Card') AS card, sum(a."Balance") FILTER (WHERE a."Kind" = 'Purse') AS purse,
                   sum(a."Balance") FILTER (WHERE a."Kind" = 'Deposit') AS deposit
            FROM "Ledger_Accounts" a WHERE a."OwnerId" = c."Id" AND a."Kind" IN ('Card', 'Purse', 'Deposit')) b ON true
        """;

    public static async Task GetAsync(NpgsqlDataSource data, string number, HttpContext http, CancellationToken ct)
    {
        await using var command = data.CreateCommand(Select + """ WHERE c."Number" = $1""");
        command.Parameters.AddWithValue(number);
        var items = await ReadAsync(command, ct);
        if (items.Count == 0)
        {
            http.Response.StatusCode = 404;
            return;
        }

        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body, items[0], cancellationToken: ct);
    }

    public static async Task ListAsync(NpgsqlDataSource data, string? customer, int? limit, HttpContext http, CancellationToken ct)
    {
        var take = Math.Clamp(limit ?? 50, 1, 500);
        await using var command = data.CreateCommand(Select + """
             WHERE c."CustomerId" = (SELECT "Id" FROM "Counter_Customers" WHERE "Code" = $1) ORDER BY c."Number" LIMIT $2
            """);
        command.Parameters.AddWithValue(customer ?? "");
        command.Parameters.AddWithValue(take + 1);
        var items = await ReadAsync(command, ct);
        var next = items.Count > take ? (string)items[take - 1]["number"]! : null;
        if (items.Count > take)
        {
            items.RemoveAt(take);
        }

        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body, new { items, next }, cancellationToken: ct);
    }

    private static async Task<List<Dictionary<string, object?>>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var items = new List<Dictionary<string, object?>>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            items.Add(new()
            {
                ["id"] = reader.GetGuid(0), ["number"] = reader.GetString(1), ["product"] = reader.GetString(2), ["kind"] = reader.GetString(3),
                ["status"] = reader.GetString(4), ["customerCode"] = S(5), ["customerName"] = S(6), ["primaryCard"] = S(7), ["holderName"] = S(8),
                ["vehiclePlate"] = S(9), ["outlet"] = reader.GetString(10), ["operator"] = S(11), ["issuedAt"] = reader.GetDateTime(12),
                ["expiresAt"] = reader.IsDBNull(13) ? null : reader.GetDateTime(13), ["faceValue"] = reader.IsDBNull(14) ? null : reader.GetDecimal(14),
                ["balances"] = new Dictionary<string, decimal>
                {
                    ["cardAccount"] = reader.GetInt64(16) / 100m, ["purse"] = reader.GetInt64(17) / 100m, ["deposit"] = reader.GetInt64(18) / 100m,
                },
                ["version"] = reader.GetInt64(15).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        return items;
    }
}
