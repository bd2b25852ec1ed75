using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Operators;
using Xunit.Abstractions;

namespace Admin.Tests.Security;

/// <summary>
/// Issue 22: a statement budget per request instead of a timing. Every GET the host maps, API and screen (from the endpoint
/// metadata, route values filled with real records' ids and codes, so a new module's endpoints are in the table the moment
/// they are mapped), is requested as the administrator and the SQL statements it sends are counted (<see cref="StatementCounter"/>).
/// The budget is the session-and-permissions statement plus what the request needs; a list that reads per row (N+1) or a
/// check that forgot to share a statement goes over it. The table of counts is printed.
/// </summary>
public abstract class StatementBudgetTests(DatabaseFixture host, StatementCounter counter, ITestOutputHelper output)
{
    /// <summary>One statement for the session, its token and the permissions (Operators' SessionValidator).</summary>
    public const int Session = 1;

    /// <summary>The budget of an API GET: the session and two for the data (a lookup by code and the query).</summary>
    public const int ApiBudget = Session + 2;

    /// <summary>The budget of a screen: the session, the data, and the layout's (menu badges, the lookups of a filter form).</summary>
    public const int ScreenBudget = Session + 4;

    /// <summary>
    /// Endpoints over the general budget when the test was introduced (2026-12-07, the same counts on SQLite and PostgreSQL):
    /// their budget is what they sent then, so they cannot grow unnoticed. Each is work to bring down (detail screens that
    /// look up names one by one, audit and ledger checks that read per kind); lower an entry when its endpoint improves, and
    /// remove it when it fits the general budget. Template → budget. Raised at the merge of the same day for what came in
    /// after: the day journal and Printing read once per contributing module (Allocations, CustomerAccounts, the money
    /// vouchers), and CardService's card page and its lines, which read the card, customer, balances, loss and replacement
    /// one by one.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> Exceptions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // Issue 21: the home chart of today's counter tasks reads every module's journal source (one read each); the
        // audit trail names its records through the modules' record namers (one read per kind of record on the page).
        // Issue 20: the home page also shows the close reminders (Checks); issue 16: the profile lists an administrator's
        // passkeys (the permission check, Identity's user and its passkeys: three reads to bring down to one).
        ["/"] = 15,
        ["/cheques/{id:guid}"] = 6, // issue 20: a bounce reason named from the Dictionaries table
        ["/api/stations/cards/{number}/profile"] = 4, // issue 19: the card's PIN lock (CardService) in the terminal's profile
        ["/admin/audit"] = 10, // issue 21: record namers for invoice titles, allocations, stock requests, replacements, card products
        ["/account/profile"] = 12,
        ["/admin/cards/{number}"] = 10,
        ["/admin/operators/{id:guid}"] = 13,
        ["/admin/operators/{id:guid}/edit"] = 11,
        ["/admin/operators/{id:guid}/login-name"] = 8,
        ["/admin/operators/{id:guid}/permissions"] = 11,
        ["/admin/printing/layouts"] = 9,
        ["/admin/reviews/log"] = 13,
        ["/api/audit/authorisations/export.csv"] = 5,
        ["/api/audit/authorisations/flags"] = 11,
        ["/api/card-service/cards/{number}"] = 8,
        ["/api/card-service/cards/{number}/lines"] = 9,
        ["/api/card-service/cards/{number}/lines.csv"] = 10,
        ["/api/card-service/customers/by-card/{number}"] = 4,
        ["/api/card-stock/overview"] = 4,
        ["/api/card-stock/verify"] = 6,
        ["/api/cards"] = 4,
        ["/api/cards/{number}"] = 4,
        ["/api/cheques/{id:guid}"] = 4,
        ["/api/customers/export.csv"] = 4,
        ["/api/customers/{customerId:guid}/invoice-titles"] = 4,
        ["/api/customers/{customer}/allocation-templates"] = 4,
        ["/api/customers/{id:guid}/balance-history"] = 5,
        ["/api/customers/{id:guid}/credit-rating"] = 6,
        ["/api/journal"] = 12,
        ["/api/ledger/verify"] = 10,
        ["/api/operators/export.csv"] = 4,
        ["/api/operators/{id:guid}"] = 8,
        ["/api/operators/{id:guid}/permissions"] = 4,
        ["/api/printing/calibrations"] = 10,
        ["/api/printing/layouts"] = 9,
        ["/api/roles"] = 4,
        ["/api/roles/{name}"] = 4,
        ["/card-service/cards/{number}"] = 18,
        ["/card-service/cards/{number}/data"] = 7,
        ["/card-service/cards/{number}/lines.csv"] = 10,
        ["/counter/customers/{customerId:guid}/invoice-titles"] = 6,
        ["/counter/customers/{id:guid}"] = 8, // issue 20: the ID document type named from the Dictionaries table
        ["/counter/journal"] = 14, // issue 21: the day's operators by display name, one read
        ["/printing/calibration"] = 10,
    };

    private AdminAppFactory App => host.App;

    public sealed record Measured(HostEndpoint Endpoint, string Url, int Status, int Statements, int Budget)
    {
        public bool Over => Statements > Budget;
    }

    [Fact]
    public async Task EveryGet_StaysWithinItsStatementBudget()
    {
        var measured = await MeasureAllAsync();
        output.WriteLine(Table(measured));

        Assert.True(measured.Count > 60, $"Only {measured.Count} GET endpoints measured?");
        // The counter counts: every signed-in request sends at least its session statement.
        var uncounted = measured.Where(m => !m.Endpoint.IsAnonymous && m.Status == 200 && m.Statements < Session).ToList();
        Assert.True(uncounted.Count == 0, "No statement counted for: " + string.Join(", ", uncounted.Select(m => m.Url)));
        Assert.True(measured.Count(m => m.Status == 200) > measured.Count / 2, "Most requests should find their record.");
        var over = measured.Where(m => m.Over).ToList();
        Assert.True(over.Count == 0, $"{over.Count} requests over their statement budget:\n" + Table(over));
    }

    /// <summary>Each GET endpoint that is on, measured once per filled URL until one answers 200 (the last otherwise).</summary>
    private async Task<List<Measured>> MeasureAllAsync()
    {
        var values = await RecordsAsync();
        var api = await App.AdminApiClientAsync();
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var result = new List<Measured>();
        foreach (var e in HostEndpoints.All(App).Where(e => e.Method == "GET" && HostEndpoints.IsOn(App, e)))
        {
            Measured? last = null;
            foreach (var url in Urls(e, values).Take(12))
            {
                var client = e.IsApi || e.Template.StartsWith("/api/", StringComparison.Ordinal) ? api : screen;
                await SendAsync(client, url, null); // the first call warms caches (compiled queries, views): the second is the steady state
                var probe = Guid.NewGuid().ToString("N");
                var status = await SendAsync(client, url, probe);
                var count = counter.CountOf(probe) ?? throw new InvalidOperationException($"GET {url} was not counted.");
                last = new Measured(e, url, status, count, BudgetOf(e));
                if (status == 200)
                {
                    break;
                }
            }

            if (last is not null)
            {
                result.Add(last);
            }
        }

        return result;
    }

    private static int BudgetOf(HostEndpoint e) =>
        Exceptions.TryGetValue(e.Template, out var budget) ? budget : e.IsApi ? ApiBudget : ScreenBudget;

    private static async Task<int> SendAsync(HttpClient client, string url, string? probe)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (probe is not null)
        {
            request.Headers.Add(StatementCounter.Header, probe);
        }

        using var response = await client.SendAsync(request);
        _ = await response.Content.ReadAsByteArrayAsync(); // the request's end: the count is complete once the body is
        return (int)response.StatusCode;
    }

    private static IEnumerable<string> Urls(HostEndpoint e, IReadOnlyList<string> values)
    {
        IEnumerable<Dictionary<string, string>> fills = [[]];
        foreach (var p in e.Parameters)
        {
            var fitting = values.Where(v => HostEndpoint.Fits(p, v)).Append(HostEndpoint.Placeholder(p)).ToList();
            fills = fills.SelectMany(f => fitting.Select(v => new Dictionary<string, string>(f) { [p.Name] = v }));
        }

        return fills.Select(fill => e.Url(p => fill[p.Name]));
    }

    /// <summary>A few records of each kind (an outlet and its operator, customers, cards, a cheque, a fee collection): their ids and codes.</summary>
    private async Task<IReadOnlyList<string>> RecordsAsync()
    {
        var outlet = await App.CreateOutletAsync();
        var (_, login, client) = await App.OutletOperatorAsync(outlet);
        var desk = new IssuingDesk(outlet, login, client, await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator"), await App.AdminApiClientAsync());
        var customers = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            customers.Add(await desk.Client.CreateCustomerAsync($"Budget customer {i}"));
        }

        var code = customers[0].GetProperty("code").GetString()!;
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        await desk.StockAsync(single, 3);
        var issued = new List<JsonElement>();
        for (var i = 1; i <= 3; i++)
        {
            issued.Add(await (await desk.PostAsync("/api/cards/issue", new
            {
                customer = customers[i - 1].GetProperty("code").GetString(), product = single.Code, card = new { number = single.Number(i) }, paymentMethod = "Cash",
            })).Created());
        }

        var cheque = await desk.Client.ReceiveAsync(code, 1000.00m);
        var collected = await desk.Client.PostAsJsonAsync("/api/counter/fee-collections", new { customer = code, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m } } });
        Assert.True(collected.StatusCode == HttpStatusCode.Created, await collected.Content.ReadAsStringAsync());
        var collection = await collected.Content.ReadFromJsonAsync<JsonElement>();
        return
        [
            outlet, desk.Login, code, single.Number(1), single.Code, Text(customers[0], "id"), Text(issued[0], "id"), Text(cheque, "id"), Text(collection, "id"),
            (await App.IdOfAsync(outlet, desk.Login)).ToString(), "Administrator",
        ];
    }

    private static string Text(JsonElement e, string name) => e.GetProperty(name).ToString();

    /// <summary>The Markdown table of the counts, most statements first.</summary>
    public static string Table(IEnumerable<Measured> measured)
    {
        var s = new StringBuilder("| statements | budget | status | endpoint | URL measured |\n| ---: | ---: | ---: | --- | --- |\n");
        foreach (var m in measured.OrderByDescending(m => m.Statements).ThenBy(m => m.Endpoint.Template, StringComparer.Ordinal))
        {
            s.Append(CultureInfo.InvariantCulture, $"| {m.Statements}{(m.Over ? " **over**" : "")} | {m.Budget} | {m.Status} | {(m.Endpoint.IsApi ? "API" : "screen")} `{m.Endpoint.Template}` | `{m.Url}` |\n");
        }

        return s.ToString();
    }
}

/// <summary>A SQLite host with the statement counter in it; module states read once (not on every check, as the other test hosts do).</summary>
public sealed class CountedSqliteDatabase : SqliteDatabase
{
    public StatementCounter Counter { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Modules:RefreshSeconds"] = "3600" };

    protected override void ConfigureHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) => Counter.AddTo(builder);
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class CountedPostgresDatabase : PostgresDatabase
{
    public StatementCounter Counter { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Modules:RefreshSeconds"] = "3600" };

    protected override void ConfigureHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) => Counter.AddTo(builder);
}

public sealed class StatementBudgetTests_Sqlite(CountedSqliteDatabase db, ITestOutputHelper output) : StatementBudgetTests(db, db.Counter, output), IClassFixture<CountedSqliteDatabase>;

public sealed class StatementBudgetTests_Postgres(CountedPostgresDatabase db, ITestOutputHelper output) : StatementBudgetTests(db, db.Counter, output), IClassFixture<CountedPostgresDatabase>;
