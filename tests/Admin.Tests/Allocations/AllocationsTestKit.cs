using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cards.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Allocations;

/// <summary>
/// A company customer for one test: an outlet operator's desk, a multi-user customer with its primary card and
/// <paramref name="Secondaries"/> secondary cards (numbers from the test's own products), and money put on its customer
/// account straight through the ledger (D Suspense · C Customer, as a cleared receipt would).
/// </summary>
internal sealed record AllocationWorld(IssuingDesk Desk, IssuingProduct Primary, IssuingProduct Secondary, string Customer, Guid CustomerId, Guid OutletId, int Secondaries)
{
    public string PrimaryCard => Primary.Number(1);

    public string Card(int n) => Secondary.Number(n);

    public static async Task<AllocationWorld> CreateAsync(AdminAppFactory app, int secondaries = 3, decimal funds = 1000m)
    {
        var desk = await IssuingDesk.CreateAsync(app);
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        var secondary = await IssuingProduct.CreateAsync(desk.Admin, "Secondary");
        await desk.StockAsync(primary, 1);
        await desk.StockAsync(secondary, secondaries);
        var issued = await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = IssuingTestKit.NewCustomer("Zhang Wei Logistics"), multiUser = true, product = primary.Code, card = new { number = primary.Number(1) }, paymentMethod = "Cash",
        })).Created();
        var customer = issued.GetProperty("customer").GetString()!;
        await (await desk.PostAsync("/api/cards/issue-secondary", new
        {
            customer, product = secondary.Code, paymentMethod = "Cash",
            cards = Enumerable.Range(1, secondaries).Select(n => new { number = secondary.Number(n), holderName = $"Driver {n}" }).ToArray(),
        })).Created();
        var card = await app.WithDbAsync(d => d.Set<Card>().AsNoTracking().SingleAsync(c => c.Number == primary.Number(1)));
        var world = new AllocationWorld(desk, primary, secondary, customer, card.CustomerId!.Value, card.OutletId, secondaries);
        if (funds > 0)
        {
            await world.FundAsync(app, funds);
        }

        return world;
    }

    /// <summary>Credits the customer account (D Suspense · C Customer).</summary>
    public async Task FundAsync(AdminAppFactory app, decimal amount)
    {
        var posted = await app.PostAsync(LedgerKit.Move(AccountRef.OfOutlet(AccountKind.Suspense, OutletId), AccountRef.Customer(CustomerId, OutletId), amount, "Test.Fund"));
        Assert.True(posted.Succeeded);
    }

    public Task<Guid> CardIdAsync(AdminAppFactory app, string number) =>
        app.WithDbAsync(d => d.Set<Card>().Where(c => c.Number == number).Select(c => c.Id).SingleAsync());

    public Task<decimal> CustomerBalanceAsync(AdminAppFactory app) => app.BalanceAsync(AccountRef.Customer(CustomerId, OutletId));

    /// <summary>A card's card account, purse and in-transit balances.</summary>
    public async Task<(decimal Card, decimal Purse, decimal InTransit)> CardAsync(AdminAppFactory app, string number)
    {
        var id = await CardIdAsync(app, number);
        return (await app.BalanceAsync(AccountRef.Card(id, OutletId)), await app.BalanceAsync(AccountRef.Purse(id, OutletId)),
            await app.BalanceAsync(new AccountRef(AccountKind.PurseInTransit, id, OutletId)));
    }

    /// <summary>Pre-allocates through the API and asserts 201.</summary>
    public async Task<JsonElement> AllocateAsync(params (int Card, decimal Amount)[] cards) =>
        await (await Desk.PostAsync("/api/allocations", new { customer = Customer, cards = cards.Select(c => new { card = Card(c.Card), amount = c.Amount }).ToArray() })).Created();
}

internal static class AllocationsTestKit
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A POST with an empty JSON body and a fresh idempotency key (complete, void).</summary>
    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, string url) => IssuingTestKit.PostKeyedAsync(client, url, new { });
}
