using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Operators.Models;
using Admin.Tests.Cheques;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Counter;

/// <summary>The day journal (操作员当日流水) through the real host: entries and totals from Counter and Cheques, scoping, the outlet's journal.</summary>
public abstract class JournalApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private Task<Guid> IdOfAsync(string outlet, string login) =>
        App.WithDbAsync(d => d.Set<Operator>().Where(o => o.OutletCode == outlet && o.LoginName == login).Select(o => o.Id).SingleAsync());

    private static async Task<JsonElement> JournalAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/journal" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The journal answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> CollectAsync(HttpClient client, string customer, string method = "Cash") =>
        client.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = method, items = new[] { new { fee = "CARD", quantity = 1, collected = 20m } } });

    private static (int Count, decimal Amount) Total(JsonElement journal, string list, string key)
    {
        foreach (var t in journal.GetProperty(list).EnumerateArray())
        {
            if (t.GetProperty("key").GetString() == key)
            {
                return (t.GetProperty("count").GetInt32(), t.GetProperty("amount").GetDecimal());
            }
        }

        return (0, 0m);
    }

    [Fact]
    public async Task OperatorJournal_ListsTheirTransactions_WithTotalsByMethodAndKind()
    {
        var (outlet, maker, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var other = await App.ApiClientAsync(outlet, colleague, CounterTestKit.Password);
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;

        Assert.Equal(HttpStatusCode.Created, (await CollectAsync(client, customer)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CollectAsync(client, customer, "BankCard")).StatusCode);
        var first = await client.ReceiveAsync(customer, 1500.00m);
        var second = await client.ReceiveAsync(customer, 700.50m);
        Assert.Equal(HttpStatusCode.OK, (await client.ClearAsync(first.GetProperty("id").GetString()!)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.BounceAsync(second.GetProperty("id").GetString()!, colleague)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CollectAsync(other, customer)).StatusCode); // the colleague's, not in the maker's journal

        var journal = await JournalAsync(client);

        Assert.Equal(ChequeTestKit.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), journal.GetProperty("date").GetString());
        Assert.Equal(maker, journal.GetProperty("operator").GetString());
        Assert.Equal(6, journal.GetProperty("entries").GetArrayLength());
        Assert.Equal((1, 20m), Total(journal, "byPaymentMethod", "Cash"));
        Assert.Equal((1, 20m), Total(journal, "byPaymentMethod", "BankCard"));
        // The bounced cheque took no money the outlet holds: apart from the takings.
        Assert.Equal((1, 1500.00m), Total(journal, "byPaymentMethod", "Cheque"));
        Assert.Equal(1540.00m, journal.GetProperty("takings").GetDecimal());
        Assert.Equal(700.50m, journal.GetProperty("notHeld").GetDecimal());
        Assert.True(journal.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "ChequeReceipt" && e.GetProperty("amount").GetDecimal() == 700.50m).GetProperty("notHeld").GetBoolean());
        Assert.Equal((2, 40m), Total(journal, "byKind", "FeeCollection"));
        Assert.Equal((2, 2200.50m), Total(journal, "byKind", "ChequeReceipt"));
        Assert.Equal((1, 1500m), Total(journal, "byKind", "ChequeClear"));
        Assert.Equal((1, 700.50m), Total(journal, "byKind", "ChequeBounce"));
        var bounce = journal.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "ChequeBounce");
        Assert.Equal(colleague, bounce.GetProperty("reviewer").GetString());
        Assert.Equal(JsonValueKind.Null, bounce.GetProperty("paymentMethod").ValueKind);

        var yesterday = await JournalAsync(client, "?date=" + ChequeTestKit.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, yesterday.GetProperty("entries").GetArrayLength());
        var bad = await client.GetAsync("/api/journal?date=2026-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("journal.dateInvalid", await bad.CodeAsync());
    }

    [Fact]
    public async Task Day_IsTheCalendarDayInChinaTime()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await CollectAsync(client, customer)).StatusCode);

        var journal = await JournalAsync(client);

        var from = journal.GetProperty("fromUtc").GetDateTime();
        Assert.Equal(16, from.Hour); // 00:00 in China is 16:00 UTC the day before
        Assert.Equal(ChequeTestKit.Today.AddDays(-1), DateOnly.FromDateTime(from));
        Assert.Equal(from.AddDays(1), journal.GetProperty("toUtc").GetDateTime());
        Assert.Equal(1, journal.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task OutletJournal_IsForTheManager_AndOtherOutletsAreNotFound()
    {
        var (outlet, maker, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var manager = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Reviewer");
        var managerClient = await App.ApiClientAsync(outlet, manager, CounterTestKit.Password);
        var colleagueClient = await App.ApiClientAsync(outlet, colleague, CounterTestKit.Password);
        var (elsewhere, _, otherClient) = await App.OutletOperatorAsync();
        var otherManager = await App.CreateOperatorAsync(elsewhere, CounterTestKit.Password, "Reviewer");
        var otherManagerClient = await App.ApiClientAsync(elsewhere, otherManager, CounterTestKit.Password);
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var otherCustomer = (await otherClient.CreateCustomerAsync()).GetProperty("code").GetString()!;
        await client.ReceiveAsync(customer, 300m);
        Assert.Equal(HttpStatusCode.Created, (await CollectAsync(colleagueClient, customer)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CollectAsync(otherClient, otherCustomer)).StatusCode);
        var makerId = await IdOfAsync(outlet, maker);
        var colleagueId = await IdOfAsync(outlet, colleague);

        var whole = await JournalAsync(managerClient);
        var one = await JournalAsync(managerClient, $"?operator={colleagueId}");
        var nosy = await client.GetAsync($"/api/journal?operator={colleagueId}");
        var foreign = await otherClient.GetAsync($"/api/journal?operator={makerId}");
        var foreignManager = await otherManagerClient.GetAsync($"/api/journal?operator={makerId}");
        var foreignOutlet = await otherManagerClient.GetAsync($"/api/journal?outlet={outlet}");
        var admin = await App.AdminApiClientAsync();
        var headOffice = await JournalAsync(admin, $"?outlet={outlet}");

        Assert.Equal(outlet, whole.GetProperty("outlet").GetString());
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("operatorId").ValueKind);
        Assert.Equal(2, whole.GetProperty("entries").GetArrayLength());
        Assert.Equal(320m, whole.GetProperty("takings").GetDecimal());
        Assert.Equal(1, one.GetProperty("entries").GetArrayLength());
        Assert.Equal(colleague, one.GetProperty("operator").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, nosy.StatusCode);
        Assert.Equal("journal.otherOperator", await nosy.CodeAsync());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignManager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignOutlet.StatusCode);
        Assert.Equal(2, headOffice.GetProperty("entries").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/journal?operator={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/journal?operator=nobody")).StatusCode);
    }

    [Fact]
    public async Task Journal_WorksWithChequesDisabled_ShowingFeeCollectionsOnly()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        await client.ReceiveAsync(customer, 100m);
        Assert.Equal(HttpStatusCode.Created, (await CollectAsync(client, customer)).StatusCode);
        var admin = await App.AdminApiClientAsync();

        // Modules built on Cheques (taking cheques for top-ups, credit) are switched off first, then Cheques itself.
        var catalog = App.Services.GetRequiredService<Admin.Kernel.Modules.ModuleCatalog>();
        var off = catalog.DependentsOf("Cheques").OrderByDescending(id => catalog.DependenciesOf(id).Count).Append("Cheques").ToList();
        foreach (var id in off)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/modules", new { id, enabled = false })).StatusCode);
        }

        try
        {
            var journal = await JournalAsync(client);
            Assert.Equal(1, journal.GetProperty("entries").GetArrayLength());
            Assert.Equal("FeeCollection", journal.GetProperty("entries")[0].GetProperty("kind").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/counter/journal")).StatusCode);
        }
        finally
        {
            foreach (var id in Enumerable.Reverse(off))
            {
                Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/modules", new { id, enabled = true })).StatusCode);
            }
        }

        Assert.Equal(2, (await JournalAsync(client)).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task JournalScreen_ShowsTheEntriesAndTotals_InChinese()
    {
        var (outlet, login, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var cheque = await client.ReceiveAsync(customer, 888.00m);
        var screen = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var html = await screen.GetStringAsync("/counter/journal");

        Assert.Contains(cheque.GetProperty("receiptNumber").GetString()!, html);
        Assert.Contains("支票收取", html);
        Assert.Contains("按收款方式合计", html);
        Assert.Contains("888.00", html);
        Assert.Contains("时间均为本地时间（+08:00）", System.Net.WebUtility.HtmlDecode(html)); // the network's offset, not a fixed "China time", and never "UTC"
    }

    [Fact]
    public async Task JournalScreen_AnUnknownOutletOrOperatorInTheFilter_IsAMessageOnTheScreen()
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var outlet = await screen.GetAsync("/counter/journal?outlet=49999999");
        Assert.Equal(HttpStatusCode.OK, outlet.StatusCode);
        var html = await outlet.Content.ReadAsStringAsync();
        Assert.Contains("journal-filters", html);
        Assert.Contains("没有该网点。", html);

        var op = await screen.GetAsync($"/counter/journal?operator={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.OK, op.StatusCode);
        Assert.DoesNotContain("journal-title", await op.Content.ReadAsStringAsync());
    }
}

public sealed class JournalApiTests_Sqlite(SqliteDatabase db) : JournalApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class JournalApiTests_Postgres(PostgresDatabase db) : JournalApiTests(db), IClassFixture<PostgresDatabase>;
