using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Modules.Counter.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Counter;

/// <summary>The counter screens through the real host: the review dialog over the unchanged form, refusal, success; customers.</summary>
public abstract partial class CounterScreensTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static Dictionary<string, string> Waiver(string customer, string? login = null, string? password = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Customer"] = customer, ["PaymentMethod"] = "Cash",
            ["Lines[0].Fee"] = "CARD", ["Lines[0].Quantity"] = "1", ["Lines[0].Collected"] = "0.00",
            ["Lines[1].Fee"] = "DEPOSIT", ["Lines[1].Quantity"] = "", ["Lines[1].Collected"] = "",
        };
        if (login is not null)
        {
            fields["Review.LoginName"] = login;
            fields["Review.Password"] = password ?? "";
        }

        return fields;
    }

    [Fact]
    public async Task Waiver_ShowsTheDialogOverTheUnchangedForm_ThenAColleagueAuthorises()
    {
        var (outlet, maker, api) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await api.CreateCustomerAsync("Dialog Customer")).GetProperty("code").GetString()!;
        var screen = await App.ScreenClientAsync(outlet, maker, CounterTestKit.Password);
        var page = $"/counter/fees?customer={customer}";

        var first = await AdminAppFactory.PostFormAsync(screen, page, "/counter/fees", Waiver(customer));
        var firstHtml = await first.Content.ReadAsStringAsync();
        var refused = await AdminAppFactory.PostFormAsync(screen, page, "/counter/fees", Waiver(customer, maker, CounterTestKit.Password));
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var granted = await AdminAppFactory.PostFormAsync(screen, page, "/counter/fees", Waiver(customer, colleague, CounterTestKit.Password));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("id=\"review-dialog\"", firstHtml);
        Assert.Contains("collected 0.00, schedule 20.00: card cost fee", firstHtml);
        Assert.Contains("value=\"0.00\"", firstHtml); // the form keeps what was typed
        Assert.DoesNotContain("review-dialog-refusal", firstHtml);
        Assert.Contains("review-dialog-refusal", refusedHtml);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var receipt = await screen.GetStringAsync(granted.Headers.Location!.OriginalString);
        Assert.Contains($"{outlet}-000001", receipt);
        Assert.Contains("零元整", receipt);
        Assert.Contains(colleague, receipt);
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<FeeCollection>().CountAsync(c => c.OutletCode == outlet)));
    }

    [Fact]
    public async Task BadQuantity_IsShownBesideTheLine_AndNothingIsCollected()
    {
        var (outlet, maker, api) = await App.OutletOperatorAsync();
        var customer = (await api.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var screen = await App.ScreenClientAsync(outlet, maker, CounterTestKit.Password);
        var fields = Waiver(customer);
        fields["Lines[0].Quantity"] = "0";
        fields["Lines[0].Collected"] = "20.005";

        var response = await AdminAppFactory.PostFormAsync(screen, $"/counter/fees?customer={customer}", "/counter/fees", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The quantity is a whole number from 1 to 999.", html);
        Assert.Contains("Amounts have at most two decimals (fen).", html);
        Assert.DoesNotContain("id=\"review-dialog\"", html);
        Assert.Equal(0, await App.WithDbAsync(d => d.Set<FeeCollection>().CountAsync(c => c.OutletCode == outlet)));
    }

    [Fact]
    public async Task CustomerScreens_CreateFindAndStaleEdit()
    {
        var (outlet, maker, _) = await App.OutletOperatorAsync();
        var screen = await App.ScreenClientAsync(outlet, maker, CounterTestKit.Password);
        var idNumber = CounterTestKit.NewResidentId();

        var created = await AdminAppFactory.PostFormAsync(screen, "/counter/customers/new", "/counter/customers/new", new()
        {
            ["Type"] = "Individual", ["Name"] = "Screen Customer", ["IdType"] = "ResidentId", ["IdNumber"] = idNumber, ["Phone"] = "13900000000",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = created.Headers.Location!.OriginalString;
        var list = await screen.GetStringAsync($"/counter/customers?q={idNumber}");
        var edit = $"{details}/edit";
        var saved = await AdminAppFactory.PostFormAsync(screen, edit, edit, new()
        {
            ["Type"] = "Individual", ["Name"] = "Renamed", ["IdType"] = "ResidentId", ["IdNumber"] = idNumber, ["Status"] = "Active", ["Version"] = "1",
        });
        var stale = await AdminAppFactory.PostFormAsync(screen, edit, edit, new()
        {
            ["Type"] = "Individual", ["Name"] = "Stale", ["IdType"] = "ResidentId", ["IdNumber"] = idNumber, ["Status"] = "Active", ["Version"] = "1",
        });
        var staleHtml = await stale.Content.ReadAsStringAsync();

        Assert.Contains("Screen Customer", list);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("id=\"stale-edit\"", staleHtml);
        Assert.Contains("Renamed", staleHtml);
        Assert.Contains("name=\"Version\" value=\"2\"", staleHtml);
    }

    [Fact]
    public async Task CustomerOfAnotherOutlet_Is404OnScreens()
    {
        var (_, _, apiA) = await App.OutletOperatorAsync();
        var (outletB, makerB, _) = await App.OutletOperatorAsync();
        var id = (await apiA.CreateCustomerAsync()).GetProperty("id").GetString();
        var screen = await App.ScreenClientAsync(outletB, makerB, CounterTestKit.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await screen.GetAsync($"/counter/customers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await screen.GetAsync($"/counter/customers/{id}/edit")).StatusCode);
    }

    [Fact]
    public async Task PaymentMethod_IsNamedInTheReadersLanguage_OnTheListAndTheReceipt()
    {
        var (outlet, maker, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        var created = await client.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20m } } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var screen = await App.ScreenClientAsync(outlet, maker, CounterTestKit.Password);

        foreach (var path in new[] { "/counter/collections", $"/counter/collections/{id}" })
        {
            using var zh = new HttpRequestMessage(HttpMethod.Get, path);
            zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
            var html = await (await screen.SendAsync(zh)).Content.ReadAsStringAsync();
            Assert.Contains(">现金<", html);
            Assert.DoesNotContain(">Cash<", html);
            Assert.Contains(">Cash<", await screen.GetStringAsync(path));
        }
    }
}

public sealed class CounterScreensTests_Sqlite(SqliteDatabase db) : CounterScreensTests(db), IClassFixture<SqliteDatabase>;

public sealed class CounterScreensTests_Postgres(PostgresDatabase db) : CounterScreensTests(db), IClassFixture<PostgresDatabase>;
