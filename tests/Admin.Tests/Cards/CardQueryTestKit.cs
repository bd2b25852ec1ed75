using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Data;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Cards.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Admin.Tests.Cards.CardStockTestKit;

namespace Admin.Tests.Cards;

/// <summary>An outlet whose operator holds cards of a primary and a secondary product of their own, and a customer.</summary>
internal sealed record CardOutlet(string Outlet, Guid OutletId, string Login, Guid OperatorId, HttpClient Client, TestProduct Primary, TestProduct Secondary, Guid CustomerId, string CustomerCode);

/// <summary>Issued cards for the card query tests, the way the issuing task makes them (<see cref="ICardRegistry"/> from the drawer).</summary>
internal static class CardQueryTestKit
{
    private static int _next = Random.Shared.Next(0, 50_000);

    /// <summary>A product of a kind of its own (fresh prefix).</summary>
    public static async Task<TestProduct> ProductAsync(HttpClient admin, string kind)
    {
        var code = CardProductsApiTests.NewCode();
        var prefix = "5" + (Interlocked.Increment(ref _next) % 100_000).ToString("D5");
        var response = await admin.PostAsJsonAsync("/api/card-products", CardProductsApiTests.Product(code, prefix, kind));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return new TestProduct(code, prefix);
    }

    /// <summary>A new outlet whose operator took cards 1..5 of a primary and a secondary product, and a customer of that outlet.</summary>
    public static async Task<CardOutlet> CardOutletAsync(this AdminAppFactory app, HttpClient admin)
    {
        var (outlet, login, client) = await app.OutletOperatorAsync();
        var primary = await ProductAsync(admin, "Primary");
        var secondary = await ProductAsync(admin, "Secondary");
        foreach (var p in new[] { primary, secondary })
        {
            await StockOutletAsync(admin, client, p, 5);
            await client.PostAsJsonAsync("/api/card-stock/take", new { product = p.Code, numbers = Numbers(p, (1, 5)) }).CreatedAsync();
        }

        var customer = await client.CreateCustomerAsync("卡片查询客户 Card query customer");
        var outletId = await app.WithDbAsync(d => d.Set<Outlet>().Where(o => o.Code == outlet).Select(o => o.Id).SingleAsync());
        return new CardOutlet(outlet, outletId, login, await app.IdOfAsync(outlet, login), client, primary, secondary,
            customer.GetProperty("id").GetGuid(), customer.GetProperty("code").GetString()!);
    }

    /// <summary>Issues card n of the product from the operator's drawer to the outlet's customer.</summary>
    public static Task<Guid> IssueAsync(this AdminAppFactory app, CardOutlet o, TestProduct product, int n, Guid? primaryCard = null) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AdminDbContext>();
            var productId = await db.Set<CardProduct>().Where(p => p.Code == product.Code).Select(p => p.Id).SingleAsync();
            var added = await sp.GetRequiredService<ICardRegistry>().AddIssuedAsync(new NewCard(
                productId, product.Number(n), o.CustomerId, primaryCard, "李明", "粤A12345", null, null, o.OutletId, o.Outlet, o.OperatorId, o.Login, DateTime.UtcNow));
            Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.Code)));
            await db.SaveChangesAsync();
            return added.Value!.Id;
        });

    /// <summary>Puts money on a card: cash to the card account, part of it loaded onto the purse, and a deposit.</summary>
    public static async Task FundAsync(this AdminAppFactory app, CardOutlet o, Guid card, decimal toCard, decimal loaded, decimal deposit)
    {
        var till = AccountRef.Till(o.OperatorId, o.OutletId, "Cash");
        Assert.True((await app.PostAsync(LedgerKit.Move(till, AccountRef.Card(card, o.OutletId), toCard))).Succeeded);
        Assert.True((await app.PostAsync(LedgerKit.Move(AccountRef.Card(card, o.OutletId), AccountRef.Purse(card, o.OutletId), loaded))).Succeeded);
        Assert.True((await app.PostAsync(LedgerKit.Move(till, AccountRef.Deposit(card, o.OutletId), deposit))).Succeeded);
    }
}
