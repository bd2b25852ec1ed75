using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Ledger;

/// <summary>The ledger's API and screens: paging, filters, permissions, outlet scope, verification and the trial balance.</summary>
public abstract class LedgerApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private async Task<Guid> OutletIdAsync(string code) =>
        (await App.WithScopeAsync(sp => sp.GetRequiredService<IOutletDirectory>().FindByCodeAsync(code)))!.Id;

    /// <summary>An outlet operator whose role holds Ledger.View (no default role of an outlet has it).</summary>
    private async Task<HttpClient> LedgerReaderAsync(string outlet)
    {
        var admin = await App.AdminApiClientAsync();
        var role = "Ledger reader " + Guid.NewGuid().ToString("N")[..6];
        var created = await admin.PostAsJsonAsync("/api/roles", new { name = role, description = "reads the ledger", permissions = new[] { "Ledger.View" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var login = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, role);
        return await App.ApiClientAsync(outlet, login, CounterTestKit.Password);
    }

    [Fact]
    public async Task Accounts_FilterByOwner_PageByKeyset_AndShowTheirLines()
    {
        var outlet = await OutletIdAsync(await App.CreateOutletAsync());
        var owner = Guid.NewGuid();
        var customer = AccountRef.Customer(owner, outlet);
        var refunds = AccountRef.RefundsPayable(owner, outlet);
        for (var i = 1; i <= 3; i++)
        {
            Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), customer, i))).Succeeded);
        }

        Assert.True((await App.PostAsync(LedgerKit.Move(customer, refunds, 1.5m))).Succeeded);
        var admin = await App.AdminApiClientAsync();

        var first = await admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts?owner={owner}&limit=1");
        Assert.Equal("Customer", first.GetProperty("items")[0].GetProperty("kind").GetString());
        Assert.Equal(4.50m, first.GetProperty("items")[0].GetProperty("balance").GetDecimal());
        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts?owner={owner}&limit=1&after={first.GetProperty("next").GetString()}");
        Assert.Equal("RefundsPayable", second.GetProperty("items")[0].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        var byKind = await admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts?owner={owner}&kind=refundsPayable");
        Assert.Single(byKind.GetProperty("items").EnumerateArray());

        var id = first.GetProperty("items")[0].GetProperty("id").GetInt64();
        var lines = await admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts/{id}/lines?limit=3");
        Assert.Equal([1.50m, null, null], lines.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("debit").ValueKind == JsonValueKind.Null ? (decimal?)null : l.GetProperty("debit").GetDecimal()));
        Assert.Equal([null, 3m, 2m], lines.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("credit").ValueKind == JsonValueKind.Null ? (decimal?)null : l.GetProperty("credit").GetDecimal()));
        var rest = await admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts/{id}/lines?limit=3&after={lines.GetProperty("next").GetString()}");
        Assert.Equal(-1m, rest.GetProperty("items").EnumerateArray().Single().GetProperty("amount").GetDecimal());
        Assert.Equal("Test.Move", rest.GetProperty("items")[0].GetProperty("taskType").GetString());
    }

    [Theory]
    [InlineData("kind=Nonsense", "ledger.kindUnknown")]
    [InlineData("kind=3", "ledger.kindUnknown")]
    [InlineData("owner=abc", "ledger.ownerInvalid")]
    [InlineData("outlet=99999998", "ledger.outletUnknown")]
    [InlineData("after=%25%25", "paging.badCursor")]
    [InlineData("limit=501", "paging.badLimit")]
    public async Task Accounts_BadFilter_Is400WithItsCode(string query, string code)
    {
        var response = await (await App.AdminApiClientAsync()).GetAsync("/api/ledger/accounts?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await response.CodeAsync());
    }

    [Fact]
    public async Task AnOutletReader_SeesOwnOutletsAccounts_AndGets404ForAnotherOutlets()
    {
        var mineCode = await App.CreateOutletAsync();
        var mine = await OutletIdAsync(mineCode);
        var other = await OutletIdAsync(await App.CreateOutletAsync());
        var owner = Guid.NewGuid();
        Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), mine, "Cash"), AccountRef.Customer(owner, mine), 5m))).Succeeded);
        Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), other, "Cash"), AccountRef.Customer(owner, other), 7m))).Succeeded);
        var reader = await LedgerReaderAsync(mineCode);

        var seen = await reader.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts?owner={owner}");
        var item = seen.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(mineCode, item.GetProperty("outletCode").GetString());
        var admin = await App.AdminApiClientAsync();
        var all = await admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts?owner={owner}");
        var otherId = all.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("outletCode").GetString() != mineCode).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/ledger/accounts/{otherId}")).StatusCode);
        var lines = await reader.GetAsync($"/api/ledger/accounts/{otherId}/lines");
        Assert.Equal(HttpStatusCode.NotFound, lines.StatusCode);
        Assert.Equal("ledger.accountNotFound", await lines.CodeAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/ledger/accounts/{long.MaxValue}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/ledger/accounts/{otherId}")).StatusCode);
    }

    [Fact]
    public async Task WithoutLedgerView_403_AndWithoutSignIn_401()
    {
        var (_, _, op) = await App.OutletOperatorAsync();
        foreach (var path in new[] { "/api/ledger/verify", "/api/ledger/trial-balance", "/api/ledger/accounts", "/api/ledger/accounts/1/lines" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await op.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task TheAuditor_VerifiesAndReadsTheTrialBalance()
    {
        var outlet = LedgerKit.NewOutlet();
        Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cheque"), AccountRef.Customer(Guid.NewGuid(), outlet), 12.34m))).Succeeded);
        var login = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, CounterTestKit.Password, "Auditor");
        var auditor = await App.ApiClientAsync(AdminAppFactory.HeadOffice, login, CounterTestKit.Password);

        var verify = await auditor.GetFromJsonAsync<JsonElement>("/api/ledger/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean());
        Assert.True(verify.GetProperty("lines").GetInt32() >= 2);
        var trial = await auditor.GetFromJsonAsync<JsonElement>("/api/ledger/trial-balance");
        Assert.Equal(0m, trial.GetProperty("net").GetDecimal());
        Assert.True(trial.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "Till").GetProperty("debits").GetDecimal() >= 12.34m);
    }

    [Fact]
    public async Task Screens_ShowTheTrialBalance_TheVerdict_AndAnAccount_InBothLanguages()
    {
        var outlet = LedgerKit.NewOutlet();
        var owner = Guid.NewGuid();
        Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), AccountRef.Customer(owner, outlet), 66m))).Succeeded);
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);

        var index = await screen.GetStringAsync("/ledger?verify=true");
        Assert.Contains("id=\"trial-balance\"", index, StringComparison.Ordinal);
        Assert.Contains("The ledger is intact", index, StringComparison.Ordinal);
        var accounts = await screen.GetStringAsync($"/ledger/accounts?owner={owner}");
        var id = System.Text.RegularExpressions.Regex.Match(accounts, "/ledger/accounts/(\\d+)\"").Groups[1].Value;
        var account = await screen.GetStringAsync($"/ledger/accounts/{id}");
        Assert.Contains("66.00", account, StringComparison.Ordinal);
        Assert.Contains("Test.Move", account, StringComparison.Ordinal);

        var zh = new HttpRequestMessage(HttpMethod.Get, "/ledger?verify=true");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var chinese = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();
        Assert.Contains("试算平衡表", chinese, StringComparison.Ordinal);
        Assert.Contains("总账完整", chinese, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await screen.GetAsync($"/ledger/accounts/{long.MaxValue}")).StatusCode);
        var bad = await screen.GetStringAsync("/ledger/accounts?kind=Nonsense");
        Assert.Contains("There is no such kind of account.", bad, StringComparison.Ordinal);
    }
}

public sealed class LedgerApiTests_Sqlite(SqliteDatabase db) : LedgerApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class LedgerApiTests_Postgres(PostgresDatabase db) : LedgerApiTests(db), IClassFixture<PostgresDatabase>;
