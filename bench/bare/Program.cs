using System.Text.Json;
using Bench.Bare;
using Npgsql;

// The baselines of the benches, each with no authentication, permissions, scoping, audit framework or ORM around it:
// GET /outlets?limit=50&after=<code>: the query behind GET /api/outlets (first page by code, with the parent's code and name);
// GET /cheques?status=&outlet=&customer=&from=&to=&minAmount=&maxAmount=&after=&limit=: the query behind GET /api/cheques
//   (same filters, order, keyset cursor and JSON fields), in Cheques.cs;
// POST /fees {customer}: what a fee collection writes, as one hand-written transaction, in Fees.cs;
// POST /topups {customer, operator}: what a cash top-up of a customer account writes (ledger entry, till, receipt, audit), in TopUps.cs;
// GET /cards/{number}, GET /cards?customer=&limit=: the queries behind GET /api/cards/{number} and GET /api/cards?customer=, in Cards.cs.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration.GetConnectionString("Admin") ?? throw new InvalidOperationException("ConnectionStrings:Admin is required.");
builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
var app = builder.Build();

app.MapGet("/outlets", async (NpgsqlDataSource data, int? limit, string? after, HttpContext http, CancellationToken ct) =>
{
    var take = Math.Clamp(limit ?? 50, 1, 500);
    await using var command = data.CreateCommand("""
        SELECT o."Code", o."Name", o."ShortName", o."Type", p."Code", p."Name", o."Address", o."Phone", o."Manager", o."Status",
               o."OpenedOn", o."ClosedOn", o."StatusReason", o."Version"
        FROM "Outlets_Outlets" o LEFT JOIN "Outlets_Outlets" p ON p."Id" = o."ParentId"
        WHERE o."Code" > $1
        ORDER BY o."Code"
        LIMIT $2
        """);
    command.Parameters.AddWithValue(after ?? "");
    command.Parameters.AddWithValue(take + 1);
    var items = new List<Dictionary<string, object?>>();
    await using (var reader = await command.ExecuteReaderAsync(ct))
    {
        while (await reader.ReadAsync(ct))
        {
            items.Add(new()
            {
                ["code"] = reader.GetString(0), ["name"] = reader.GetString(1), ["shortName"] = reader.IsDBNull(2) ? null : reader.GetString(2),
                ["type"] = reader.GetString(3), ["parent"] = reader.IsDBNull(4) ? null : reader.GetString(4), ["parentName"] = reader.IsDBNull(5) ? null : reader.GetString(5),
                ["address"] = reader.IsDBNull(6) ? null : reader.GetString(6), ["phone"] = reader.IsDBNull(7) ? null : reader.GetString(7),
                ["manager"] = reader.IsDBNull(8) ? null : reader.GetString(8), ["status"] = reader.GetString(9),
                ["openedOn"] = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10).ToString("yyyy-MM-dd"),
                ["closedOn"] = reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11).ToString("yyyy-MM-dd"),
                ["statusReason"] = reader.IsDBNull(12) ? null : reader.GetString(12), ["version"] = reader.GetInt64(13).ToString(),
            });
        }
    }

    var next = items.Count > take ? (string)items[take - 1]["code"]! : null;
    if (items.Count > take)
    {
        items.RemoveAt(take);
    }

    http.Response.ContentType = "application/json";
    await JsonSerializer.SerializeAsync(http.Response.Body, new { items, next }, cancellationToken: ct);
});

app.MapGet("/cheques", Cheques.ListAsync);
app.MapPost("/fees", Fees.CollectAsync);
app.MapPost("/topups", TopUps.TopUpAsync);
app.MapGet("/cards/{number}", Cards.GetAsync);
app.MapGet("/cards", Cards.ListAsync);

app.Run();
