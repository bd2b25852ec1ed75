using System.Net;
using Admin.Modules.Cards.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.CustomerAccounts;

/// <summary>
/// Closing a customer sees the customer's cards at every outlet of the network (their money comes back with the rest, each
/// card is closed); afterwards nothing is taken for the closed customer or onto its closed cards: 422 with the field named
/// on the API, the message beside the field on the screen, nothing written.
/// </summary>
public abstract class ClosedCustomerTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Closing_ClosesTheCustomersCardsAtEveryOutlet_ThenTopUpsOfTheCustomerOrItsCardsAre422()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (customer, cards) = await App.CustomerWithCardsAsync(desk, 0);
        await App.FundAsync(AccountRef.Customer(customer.Id, customer.OutletId), 40m);

        // A card of the customer kept at another outlet (as a card issued or moved there is), with money on its card account.
        var (elsewhere, _, _) = await App.OutletOperatorAsync();
        var otherOutlet = await App.WithDbAsync(d => d.Set<Admin.Modules.Outlets.Models.Outlet>().Where(o => o.Code == elsewhere).Select(o => o.Id).SingleAsync());
        var product = await IssuingProduct.CreateAsync(desk.Admin, "Secondary");
        var productId = await App.WithDbAsync(d => d.Set<CardProduct>().Where(p => p.Code == product.Code).Select(p => p.Id).SingleAsync());
        var far = new Card
        {
            Id = Guid.NewGuid(), Number = product.Number(1), ProductId = productId, Kind = CardKind.Secondary, CustomerId = customer.Id, Status = CardStatus.Issued,
            OutletId = otherOutlet, OutletCode = elsewhere, IssuedAt = DateTime.UtcNow, Version = 1,
        };
        await App.WithDbAsync(async d =>
        {
            d.Add(far);
            return await d.SaveChangesAsync();
        });
        await App.FundAsync(AccountRef.Card(far.Id, otherOutlet), 25m);

        var closed = await (await desk.Client.PostKeyedAsync($"/api/customers/{customer.Id}/close", new { method = "Cash", review = desk.Review })).Json(HttpStatusCode.Created);

        Assert.Equal(65m, closed.GetProperty("amount").GetDecimal());
        Assert.Equal(CardStatus.Closed, await App.WithDbAsync(d => d.Set<Card>().Where(c => c.Id == far.Id).Select(c => c.Status).SingleAsync()));
        Assert.Equal(0m, await App.BalanceAsync(AccountRef.Card(far.Id, otherOutlet)));

        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var before = await App.TableCountsAsync();
        var byCode = await (await desk.PostAsync("/api/topups", new { customer = customer.Code, amount = 10m, paymentMethod = "Cash" })).Json((HttpStatusCode)422);
        var receipt = await (await desk.PostAsync("/api/receipts", new { customer = customer.Code, amount = 10m, paymentMethod = "Cash" })).Json((HttpStatusCode)422);
        var byCard = await (await desk.PostAsync("/api/topups", new { card = cards[0].Number, amount = 10m, paymentMethod = "Cash" })).Json((HttpStatusCode)422);
        var form = await AdminAppFactory.PostFormAsync(screen, "/topups/topup", "/topups/topup", new()
        {
            ["Customer"] = customer.Code, ["Amount"] = "10", ["PaymentMethod"] = "Cash", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });
        var html = await form.Content.ReadAsStringAsync();

        Assert.Equal("topUps.customerClosed", byCode.GetProperty("code").GetString());
        Assert.Contains(customer.Code, byCode.GetProperty("errors").GetProperty("customer")[0].GetString());
        Assert.Equal("topUps.customerClosed", receipt.GetProperty("code").GetString());
        Assert.Equal("topUps.cardClosed", byCard.GetProperty("code").GetString());
        Assert.Contains(cards[0].Number, byCard.GetProperty("errors").GetProperty("card")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains($"The customer {customer.Code} is closed: nothing is taken for a closed customer.", html);
        Assert.Equal(before, await App.TableCountsAsync());
        await App.AssertIntactAsync(desk.Admin);
    }
}

public sealed class ClosedCustomerTests_Sqlite(SqliteDatabase db) : ClosedCustomerTests(db), IClassFixture<SqliteDatabase>;

public sealed class ClosedCustomerTests_Postgres(PostgresDatabase db) : ClosedCustomerTests(db), IClassFixture<PostgresDatabase>;
