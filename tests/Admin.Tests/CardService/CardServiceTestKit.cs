using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cards.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Admin.Tests.CardService;

/// <summary>
/// An outlet's counter for one test: a multi-user customer (primary card 1 of <see cref="Primary"/>, secondary cards 1..2 of
/// <see cref="Secondary"/>), an individual with single-user card 1 of <see cref="Single"/>, anonymous card 1 of <see cref="Anonymous"/>
/// (face value 500), each product with one more card in the operator's drawer for a replacement; the customers' ID numbers kept.
/// </summary>
internal sealed record CardServiceWorld(
    AdminAppFactory App, IssuingDesk Desk, IssuingProduct Primary, IssuingProduct Secondary, IssuingProduct Single, IssuingProduct Anonymous,
    string Company, string CompanyId, string Person, string PersonId)
{
    public static async Task<CardServiceWorld> CreateAsync(AdminAppFactory app)
    {
        var desk = await IssuingDesk.CreateAsync(app);
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        var secondary = await IssuingProduct.CreateAsync(desk.Admin, "Secondary");
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        var anonymous = await IssuingProduct.CreateAsync(desk.Admin, "Anonymous");
        await desk.StockAsync(primary, 2);
        await desk.StockAsync(secondary, 3);
        await desk.StockAsync(single, 2);
        await desk.StockAsync(anonymous, 2);

        var companyId = CounterTestKit.NewResidentId();
        var company = (await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = new { type = "Individual", name = "Zhao Fleet", idType = "ResidentId", idNumber = companyId, phone = "13800000001" },
            multiUser = true, product = primary.Code, card = new { number = primary.Number(1), holderName = "Zhao Lei" }, paymentMethod = "Cash",
        })).Created()).GetProperty("customer").GetString()!;
        await (await desk.PostAsync("/api/cards/issue-secondary", new
        {
            customer = company, product = secondary.Code, paymentMethod = "Cash",
            cards = new[] { new { number = secondary.Number(1), holderName = "Driver 1" }, new { number = secondary.Number(2), holderName = "Driver 2" } },
        })).Created();
        var personId = CounterTestKit.NewResidentId();
        var person = (await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = new { type = "Individual", name = "Li Na", idType = "ResidentId", idNumber = personId, phone = "13800000002" },
            product = single.Code, card = new { number = single.Number(1), holderName = "Li Na", vehiclePlate = "粤A12345" }, paymentMethod = "Cash",
        })).Created()).GetProperty("customer").GetString()!;
        await (await desk.PostAsync("/api/cards/sell-anonymous", new
        {
            product = anonymous.Code, paymentMethod = "Transfer", cards = new[] { new { number = anonymous.Number(1), faceValue = 500m } },
        })).Created();
        return new CardServiceWorld(app, desk, primary, secondary, single, anonymous, company, companyId, person, personId);
    }

    public Task<Card> CardAsync(string number) => App.WithDbAsync(d => d.Set<Card>().AsNoTracking().SingleAsync(c => c.Number == number));

    /// <summary>Card account, purse, deposit of a card.</summary>
    public async Task<(decimal Card, decimal Purse, decimal Deposit)> MoneyAsync(string number)
    {
        var card = await CardAsync(number);
        return (await App.BalanceAsync(AccountRef.Card(card.Id, card.OutletId)), await App.BalanceAsync(AccountRef.Purse(card.Id, card.OutletId)),
            await App.BalanceAsync(AccountRef.Deposit(card.Id, card.OutletId)));
    }

    /// <summary>Puts money on the card account (D Suspense · C Card), then <paramref name="purse"/> of it on the purse as a completed load would.</summary>
    public async Task FundAsync(string number, decimal card, decimal purse = 0m)
    {
        var c = await CardAsync(number);
        Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.OfOutlet(AccountKind.Suspense, c.OutletId), AccountRef.Card(c.Id, c.OutletId), card, "Test.Fund"))).Succeeded);
        if (purse > 0)
        {
            Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Card(c.Id, c.OutletId), AccountRef.Purse(c.Id, c.OutletId), purse, "Test.Load"))).Succeeded);
        }
    }

    public Task<HttpResponseMessage> ActAsync(string number, string verb, object? body = null) =>
        IssuingTestKit.PostKeyedAsync(Desk.Client, $"/api/card-service/cards/{number}/{verb}", body ?? new { });

    public async Task<JsonElement> BlockListAsync(long since) =>
        await (await Desk.Admin.GetAsync($"/api/card-service/block-list?since={since}")).JsonOkAsync();
}

internal static class CardServiceTestKit
{
    public static async Task<JsonElement> JsonOkAsync(this HttpResponseMessage response) => await response.JsonAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Code(this JsonElement problem) => problem.GetProperty("code").GetString()!;

    public static bool HasFieldError(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The kernel's clock (<see cref="TimeProvider"/>) that a test moves forward.</summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

/// <summary>A SQLite host whose clock the test moves.</summary>
public sealed class MovableClockSqlite : SqliteDatabase
{
    public MovableClock Clock { get; } = new();

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(s => { s.RemoveAll<TimeProvider>(); s.AddSingleton<TimeProvider>(Clock); });
}

/// <summary>A PostgreSQL host whose clock the test moves.</summary>
public sealed class MovableClockPostgres : PostgresDatabase
{
    public MovableClock Clock { get; } = new();

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(s => { s.RemoveAll<TimeProvider>(); s.AddSingleton<TimeProvider>(Clock); });
}
