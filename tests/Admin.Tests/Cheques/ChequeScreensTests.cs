using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cheques.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Cheques;

/// <summary>The cheque screens through the real host: receipt with the review dialog, the record page's clear and bounce, a stale version, the query, scoping.</summary>
public abstract class ChequeScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static Dictionary<string, string> Receipt(string customer, string number, string amount, string? reviewer = null) => new()
    {
        ["Customer"] = customer, ["Number"] = number, ["DrawerName"] = "Lin Hua Trading Co.", ["DrawerBank"] = "ICBC Guangzhou Tianhe",
        ["DrawerAccount"] = "", ["Amount"] = amount, ["ChequeDate"] = ChequeTestKit.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Review.LoginName"] = reviewer ?? "", ["Review.Password"] = reviewer is null ? "" : CounterTestKit.Password,
    };

    [Fact]
    public async Task Receive_AboveTheLimit_ShowsTheDialogOverTheUnchangedForm_ThenAColleagueAuthorises()
    {
        var (outlet, maker, api) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await api.CreateCustomerAsync("Screen Cheque Customer")).GetProperty("code").GetString()!;
        var screen = await App.ScreenClientAsync(outlet, maker, CounterTestKit.Password);
        var page = $"/cheques/receive?customer={customer}";
        var number = ChequeTestKit.NewNumber();

        var first = await AdminAppFactory.PostFormAsync(screen, page, "/cheques/receive", Receipt(customer, number, "60000.00"));
        var firstHtml = await first.Content.ReadAsStringAsync();
        var refused = await AdminAppFactory.PostFormAsync(screen, page, "/cheques/receive", Receipt(customer, number, "60000.00", maker));
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var granted = await AdminAppFactory.PostFormAsync(screen, page, "/cheques/receive", Receipt(customer, number, "60000.00", colleague));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("id=\"review-dialog\"", firstHtml);
        Assert.Contains("cheque of 60000.00, above 50000.00", firstHtml);
        Assert.Contains($"value=\"{number}\"", firstHtml); // the form keeps what was typed
        Assert.Contains("review-dialog-refusal", refusedHtml);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var record = await screen.GetStringAsync(granted.Headers.Location!.OriginalString);
        Assert.Contains($"{outlet}-C000001", record);
        Assert.Contains("陆万元整", record);
        Assert.Contains(colleague, record);
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<Cheque>().CountAsync(c => c.OutletCode == outlet)));
    }

    [Fact]
    public async Task Receive_BadInput_IsShownBesideTheField_AndNothingIsReceived()
    {
        var (outlet, maker, api) = await App.OutletOperatorAsync();
        var customer = (await api.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var screen = await App.ScreenClientAsync(outlet, maker, CounterTestKit.Password);
        var fields = Receipt(customer, "", "12.345");
        fields["ChequeDate"] = ChequeTestKit.Today.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await AdminAppFactory.PostFormAsync(screen, $"/cheques/receive?customer={customer}", "/cheques/receive", fields);
        var html = await response.Content.ReadAsStringAsync();
        fields["Amount"] = "100.00";
        var again = await (await AdminAppFactory.PostFormAsync(screen, $"/cheques/receive?customer={customer}", "/cheques/receive", fields)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Amounts have at most two decimals", html);
        Assert.Contains("Enter the cheque number.", again);
        Assert.Contains("past its presentment period", again);
        Assert.Equal(0, await App.WithDbAsync(d => d.Set<Cheque>().CountAsync(c => c.OutletCode == outlet)));
    }

    [Fact]
    public async Task RecordPage_ClearsThenBouncesThroughTheDialog_AndAStaleVersionShowsTheCurrentState()
    {
        var (outlet, maker, api) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await api.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var cheque = await api.ReceiveAsync(customer, 2500.00m);
        var id = cheque.GetProperty("id").GetString()!;
        var screen = await App.ScreenClientAsync(outlet, maker, CounterTestKit.Password);
        var page = $"/cheques/{id}";
        var today = ChequeTestKit.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var read = cheque.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var cleared = await AdminAppFactory.PostFormAsync(screen, page, $"/cheques/{id}/clear", new() { ["ClearedOn"] = today, ["Version"] = read });
        var stale = await AdminAppFactory.PostFormAsync(screen, page, $"/cheques/{id}/bounce", new() { ["Reason"] = "InsufficientFunds", ["BouncedOn"] = today, ["Version"] = read });
        var staleHtml = await stale.Content.ReadAsStringAsync();
        var version = (await App.WithDbAsync(d => d.Set<Cheque>().Where(c => c.Id == Guid.Parse(id)).Select(c => c.Version).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var noReason = await (await AdminAppFactory.PostFormAsync(screen, page, $"/cheques/{id}/bounce", new() { ["Reason"] = "", ["BouncedOn"] = today, ["Version"] = version, ["Review.LoginName"] = colleague, ["Review.Password"] = CounterTestKit.Password })).Content.ReadAsStringAsync();
        var dialog = await (await AdminAppFactory.PostFormAsync(screen, page, $"/cheques/{id}/bounce", new() { ["Reason"] = "Other", ["Note"] = "drawer's account closed", ["BouncedOn"] = today, ["Version"] = version })).Content.ReadAsStringAsync();
        var bounced = await AdminAppFactory.PostFormAsync(screen, page, $"/cheques/{id}/bounce", new() { ["Reason"] = "Other", ["Note"] = "drawer's account closed", ["BouncedOn"] = today, ["Version"] = version, ["Review.LoginName"] = colleague, ["Review.Password"] = CounterTestKit.Password });
        var record = await screen.GetStringAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("id=\"cheque-changed\"", staleHtml);
        Assert.Contains("Someone else changed this cheque meanwhile", staleHtml);
        Assert.Contains("Choose the reason of the bounce.", noReason);
        Assert.Contains("id=\"review-dialog\"", dialog);
        Assert.Contains("value=\"drawer&#x27;s account closed\"", dialog);
        Assert.Equal(HttpStatusCode.Redirect, bounced.StatusCode);
        Assert.Contains("text-bg-danger", record);
        Assert.Contains("data-kind=\"Clear\"", record);
        Assert.Contains("data-kind=\"Bounce\"", record);
        Assert.Contains(colleague, record);
        Assert.Contains("-2,500.00", record);
        Assert.DoesNotContain("id=\"bounce-form\"", record); // bounced is final: no actions
        var list = await screen.GetStringAsync($"/cheques?number={cheque.GetProperty("number").GetString()}&status=Bounced");
        Assert.Contains(cheque.GetProperty("receiptNumber").GetString()!, list);
        var csv = await screen.GetStringAsync($"/cheques/export.csv?customer={customer}");
        Assert.Contains(cheque.GetProperty("receiptNumber").GetString()!, csv);
    }

    [Fact]
    public async Task Screens_SpeakChinese()
    {
        var (outlet, maker, api) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await api.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var cheque = await api.ReceiveAsync(customer, 100m);
        var id = cheque.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await api.BounceAsync(id, colleague, "SignatureMismatch")).StatusCode);
        var screen = await App.ScreenClientAsync(outlet, maker, CounterTestKit.Password);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var receive = await screen.GetStringAsync($"/cheques/receive?customer={customer}");
        var record = await screen.GetStringAsync($"/cheques/{id}");
        var list = await screen.GetStringAsync("/cheques");

        Assert.Contains("出票人开户行", receive);
        Assert.Contains("支票收取", receive);
        Assert.Contains("已退票", record);
        Assert.Contains("签章不符", record);
        Assert.Contains("支票查询", list);
        Assert.Contains("导出", list);
    }

    [Fact]
    public async Task Query_FiltersAndPages_AndAnotherOutletsChequeIs404()
    {
        var (outlet, maker, api) = await App.OutletOperatorAsync();
        var (_, _, otherApi) = await App.OutletOperatorAsync();
        var customer = (await api.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var otherCustomer = (await otherApi.CreateCustomerAsync()).GetProperty("code").GetString()!;
        for (var i = 0; i < 3; i++)
        {
            await api.ReceiveAsync(customer, 100m + i);
        }

        var foreign = await otherApi.ReceiveAsync(otherCustomer);
        var screen = await App.ScreenClientAsync(outlet, maker, CounterTestKit.Password);

        var all = await screen.GetStringAsync($"/cheques?customer={customer}");
        var bad = await screen.GetStringAsync("/cheques?from=yesterday");
        var notFound = await screen.GetAsync($"/cheques/{foreign.GetProperty("id").GetString()}");
        var none = await screen.GetStringAsync($"/cheques?customer={otherCustomer}");

        Assert.Contains($"{outlet}-C000003", all);
        Assert.Contains($"{outlet}-C000001", all);
        Assert.Contains("Enter the date as yyyy-MM-dd.", bad);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Contains("id=\"cheques-empty\"", none);
    }
}

public sealed class ChequeScreensTests_Sqlite(SqliteDatabase db) : ChequeScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class ChequeScreensTests_Postgres(PostgresDatabase db) : ChequeScreensTests(db), IClassFixture<PostgresDatabase>;

/// <summary>Cheques.AboveLimit per outlet type: an outlet type's own amount, or the network amount when it has none.</summary>
public abstract class ChequeLimitTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private async Task SetAsync(HttpClient admin, Dictionary<string, string?> parameters)
    {
        var point = await admin.GetFromJsonAsync<JsonElement>("/api/reviews/points/Cheques.AboveLimit");
        var response = await admin.PutAsJsonAsync("/api/reviews/points/Cheques.AboveLimit", new { parameters, version = point.GetProperty("version").GetString() });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Limit_IsPerOutletType_WithTheNetworkAmountAsDefault()
    {
        var admin = await App.AdminApiClientAsync();
        var (_, _, atOutlet) = await App.OutletOperatorAsync();
        var branch = await App.CreateOutletAsync(Admin.Modules.Outlets.Models.OutletType.Branch);
        var (_, _, atBranch) = await App.OutletOperatorAsync(branch);
        var outletCustomer = (await atOutlet.CreateCustomerAsync()).GetProperty("code").GetString();
        var branchCustomer = (await atBranch.CreateCustomerAsync()).GetProperty("code").GetString();
        var point = await admin.GetFromJsonAsync<JsonElement>("/api/reviews/points/Cheques.AboveLimit");
        Assert.Equal("", point.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "amountOutlet").GetProperty("value").GetString());

        await SetAsync(admin, new() { ["amountOutlet"] = "1000.00" });
        var outletAbove = await atOutlet.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(outletCustomer, 2000m));
        var branchSame = await atBranch.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(branchCustomer, 2000m));
        await SetAsync(admin, new() { ["amountOutlet"] = null, ["amount"] = "1500.00" });
        var outletDefault = await atOutlet.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(outletCustomer, 2000m));
        var branchDefault = await atBranch.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(branchCustomer, 2000m));
        await SetAsync(admin, new() { ["amountBranch"] = "5000.00" });
        var branchOwn = await atBranch.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(branchCustomer, 2000m));
        await SetAsync(admin, new() { ["amount"] = null, ["amountBranch"] = null });

        Assert.Equal(HttpStatusCode.PreconditionRequired, outletAbove.StatusCode);
        Assert.Contains("above 1000.00", await outletAbove.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, branchSame.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, outletDefault.StatusCode);
        Assert.Contains("above 1500.00", await outletDefault.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.PreconditionRequired, branchDefault.StatusCode);
        Assert.Equal(HttpStatusCode.Created, branchOwn.StatusCode);
    }
}

public sealed class ChequeLimitTests_Sqlite(SqliteDatabase db) : ChequeLimitTests(db), IClassFixture<SqliteDatabase>;

public sealed class ChequeLimitTests_Postgres(PostgresDatabase db) : ChequeLimitTests(db), IClassFixture<PostgresDatabase>;
