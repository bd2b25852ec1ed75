using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.InvoiceTitles;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.CustomerAccounts;

/// <summary>Credit ratings: cheques of a rated company credited at receipt within the free credit, the exposure, bounces into debt.</summary>
public abstract class CreditRatingTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private async Task<(HttpClient Client, string Reviewer, HttpClient Admin, TestCustomer Customer)> RatedCompanyAsync(decimal limit)
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var reviewer = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var admin = await App.AdminApiClientAsync();
        var id = await InvoiceTitlesApiTests.CreateCustomerAsync(client, outlet);
        var customer = await App.WithDbAsync(d => d.Set<Admin.Modules.Counter.Models.Customer>().Where(c => c.Id == id).Select(c => new TestCustomer(c.Id, c.Code, c.OutletId)).SingleAsync());
        var rated = await admin.PutAsJsonAsync($"/api/customers/{id}/credit-rating", new { rating = "AA", limit });
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        return (client, reviewer, admin, customer);
    }

    [Fact]
    public async Task RatedCompany_ChequeCreditedAtReceiptWithinTheFreeCredit_ExposureShown_AndTheLimitCannotGoBelowIt()
    {
        var (client, _, admin, customer) = await RatedCompanyAsync(1500m);
        var individual = await App.NewCustomerAsync(client, "Chen Jing");

        var first = await client.ReceiveAsync(customer.Code, 1000m);
        var second = await client.ReceiveAsync(customer.Code, 800m);
        var balanceAfterReceipts = await App.CustomerBalanceAsync(customer.Id);
        var line = await (await admin.GetAsync($"/api/customers/{customer.Id}/credit-rating")).Json(HttpStatusCode.OK);
        var lowered = await (await admin.PutAsJsonAsync($"/api/customers/{customer.Id}/credit-rating", new { rating = "B", limit = 900m })).Json(HttpStatusCode.Conflict);
        var listed = await (await client.GetAsync($"/api/cheques?customer={customer.Code}")).Json(HttpStatusCode.OK);
        var notCompany = await (await admin.PutAsJsonAsync($"/api/customers/{individual.Id}/credit-rating", new { rating = "A", limit = 100m })).Json((HttpStatusCode)422);
        var cleared = await client.ClearAsync(first.GetProperty("id").GetString()!);
        var afterClear = await (await admin.GetAsync($"/api/customers/{customer.Id}/credit-rating")).Json(HttpStatusCode.OK);
        var loweredNow = await admin.PutAsJsonAsync($"/api/customers/{customer.Id}/credit-rating", new { rating = "B", limit = 900m });

        Assert.True(first.GetProperty("credited").GetBoolean());
        Assert.False(second.GetProperty("credited").GetBoolean());
        Assert.Equal(1000m, balanceAfterReceipts);
        Assert.Equal("AA", line.GetProperty("rating").GetString());
        Assert.Equal(1000m, line.GetProperty("exposure").GetDecimal());
        Assert.Equal(500m, line.GetProperty("free").GetDecimal());
        Assert.Equal("customerAccounts.limitBelowExposure", lowered.GetProperty("code").GetString());
        Assert.Contains("1,000.00", lowered.GetProperty("detail").GetString());
        Assert.Equal(1000m, lowered.GetProperty("exposure").GetDecimal());
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("credited").GetBoolean());
        Assert.Equal("customerAccounts.companyOnly", notCompany.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(1000m, await App.CustomerBalanceAsync(customer.Id));
        Assert.Equal(0m, afterClear.GetProperty("exposure").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, loweredNow.StatusCode);
        await App.AssertIntactAsync(admin);
    }

    [Fact]
    public async Task BounceOfACreditedCheque_TakesBackWhatIsThere_TheRestIsDebt_WhichBlocksFurtherCredit()
    {
        var (client, reviewer, admin, customer) = await RatedCompanyAsync(5000m);
        var cheque = await client.ReceiveAsync(customer.Code, 1000m);
        var spent = await App.PostAsync(LedgerKit.Move(AccountRef.Customer(customer.Id, customer.OutletId), AccountRef.OfOutlet(AccountKind.FeeIncome, customer.OutletId), 700m, "Test.Spend"));

        var bounced = await client.BounceAsync(cheque.GetProperty("id").GetString()!, reviewer);
        var line = await (await admin.GetAsync($"/api/customers/{customer.Id}/credit-rating")).Json(HttpStatusCode.OK);
        var next = await client.ReceiveAsync(customer.Code, 100m);

        Assert.True(cheque.GetProperty("credited").GetBoolean());
        Assert.True(spent.Succeeded);
        Assert.Equal(HttpStatusCode.OK, bounced.StatusCode);
        Assert.Equal(0m, await App.BalanceAsync(AccountRef.Customer(customer.Id, customer.OutletId)));
        Assert.Equal(700m, await App.BalanceAsync(AccountRef.Receivable(customer.Id, customer.OutletId)));
        Assert.Equal(-700m, await App.CustomerBalanceAsync(customer.Id));
        Assert.Equal(700m, line.GetProperty("debt").GetDecimal());
        Assert.Equal(0m, line.GetProperty("free").GetDecimal());
        Assert.Equal(0m, line.GetProperty("exposure").GetDecimal());
        Assert.False(next.GetProperty("credited").GetBoolean());
        await App.AssertIntactAsync(admin);
    }

    [Fact]
    public async Task CreditScreen_ShowsTheLine_AndHeadOfficeSavesARating()
    {
        var (client, _, _, customer) = await RatedCompanyAsync(2000m);
        await client.ReceiveAsync(customer.Code, 600m);
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var page = $"/customer-accounts/credit?customer={customer.Code}";

        var shown = await screen.GetStringAsync(page);
        var low = await AdminAppFactory.PostFormAsync(screen, page, "/customer-accounts/credit", new() { ["Customer"] = customer.Code, ["Rating"] = "A", ["Limit"] = "100.00" });
        var lowHtml = await low.Content.ReadAsStringAsync();
        var saved = await AdminAppFactory.PostFormAsync(screen, page, "/customer-accounts/credit", new() { ["Customer"] = customer.Code, ["Rating"] = "A", ["Limit"] = "3000.00" });

        Assert.Contains("id=\"credit-exposure\"", shown);
        Assert.Contains("600.00", shown);
        Assert.Equal(HttpStatusCode.OK, low.StatusCode);
        Assert.Contains("below the customer&#x27;s exposure", lowHtml);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("3,000.00", await screen.GetStringAsync(page));
    }
}

public sealed class CreditRatingTests_Sqlite(SqliteDatabase db) : CreditRatingTests(db), IClassFixture<SqliteDatabase>;

public sealed class CreditRatingTests_Postgres(PostgresDatabase db) : CreditRatingTests(db), IClassFixture<PostgresDatabase>;
