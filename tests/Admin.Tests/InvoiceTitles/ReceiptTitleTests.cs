using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.InvoiceTitles.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.InvoiceTitles;

/// <summary>A fee collection's receipt keeps a copy of the invoice title it was made out to; that title is then archived, not deleted.</summary>
public abstract class ReceiptTitleTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static object Collection(string customer, string? invoiceTitle = null) => new
    {
        customer, paymentMethod = "Cash", invoiceTitle,
        items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m } },
    };

    [Fact]
    public async Task Collection_WithoutAChoice_CarriesTheDefaultTitle_AndLaterEditsDoNotChangeTheReceipt()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = await client.CreateCustomerAsync();
        var customerId = customer.GetProperty("id").GetGuid();
        var tax = InvoiceTitlesApiTests.NewCreditCode();
        var title = await (await client.PostAsJsonAsync($"/api/customers/{customerId}/invoice-titles", new { type = "Company", buyerName = "广州天河卡务有限公司", taxpayerNumber = tax })).JsonAsync();
        var titleId = title.GetProperty("id").GetGuid();

        var collected = await client.PostAsJsonAsync("/api/counter/fee-collections", Collection(customer.GetProperty("code").GetString()!));

        Assert.Equal(HttpStatusCode.Created, collected.StatusCode);
        var receipt = await collected.JsonAsync();
        Assert.Equal("广州天河卡务有限公司", receipt.GetProperty("invoiceTitle").GetProperty("buyerName").GetString());
        Assert.Equal(tax, receipt.GetProperty("invoiceTitle").GetProperty("taxpayerNumber").GetString());
        Assert.True(await App.WithDbAsync(d => d.Set<InvoiceTitle>().AnyAsync(t => t.Id == titleId && t.UsedOnReceipt)));

        // The title changes later; the receipt keeps the copy made then.
        var version = (await (await client.GetAsync($"/api/customers/{customerId}/invoice-titles/{titleId}")).JsonAsync()).GetProperty("version").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/customers/{customerId}/invoice-titles/{titleId}", new { type = "Company", buyerName = "Renamed Co", taxpayerNumber = tax, version })).StatusCode);
        var again = await (await client.GetAsync($"/api/counter/fee-collections/{receipt.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal("广州天河卡务有限公司", again.GetProperty("invoiceTitle").GetProperty("buyerName").GetString());

        // Removing a title printed on a receipt archives it.
        var removed = await client.DeleteAsync($"/api/customers/{customerId}/invoice-titles/{titleId}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal("Archived", (await removed.JsonAsync()).GetProperty("status").GetString());
        Assert.True(await App.WithDbAsync(d => d.Set<InvoiceTitle>().AnyAsync(t => t.Id == titleId && t.Status == InvoiceTitleStatus.Archived)));
    }

    [Fact]
    public async Task Collection_WithAnotherCustomersTitle_Is400_AndCollectsNothing()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = await client.CreateCustomerAsync();
        var other = await client.CreateCustomerAsync("Other");
        var othersTitle = (await (await client.PostAsJsonAsync($"/api/customers/{other.GetProperty("id").GetGuid()}/invoice-titles", new { type = "Individual", buyerName = "Other" })).JsonAsync()).GetProperty("id").GetGuid();

        var refused = await client.PostAsJsonAsync("/api/counter/fee-collections", Collection(customer.GetProperty("code").GetString()!, othersTitle.ToString()));

        await OperatorsTestKit.AssertProblemAsync(refused, HttpStatusCode.BadRequest, "feeCollection.invoiceTitleInvalid");
        var list = await (await client.GetAsync($"/api/counter/fee-collections?customer={customer.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Empty(list.GetProperty("items").EnumerateArray());
        Assert.False(await App.WithDbAsync(d => d.Set<InvoiceTitle>().AnyAsync(t => t.Id == othersTitle && t.UsedOnReceipt)));
    }

    [Fact]
    public async Task Collection_ForACustomerWithoutTitles_HasNoTitle()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = await client.CreateCustomerAsync();

        var collected = await client.PostAsJsonAsync("/api/counter/fee-collections", Collection(customer.GetProperty("code").GetString()!));

        Assert.Equal(HttpStatusCode.Created, collected.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await collected.JsonAsync()).GetProperty("invoiceTitle").ValueKind);
    }
}

public sealed class ReceiptTitleTests_Sqlite(SqliteDatabase db) : ReceiptTitleTests(db), IClassFixture<SqliteDatabase>;

public sealed class ReceiptTitleTests_Postgres(PostgresDatabase db) : ReceiptTitleTests(db), IClassFixture<PostgresDatabase>;
