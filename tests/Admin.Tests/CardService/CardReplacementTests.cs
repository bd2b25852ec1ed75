using System.Net;
using Admin.Modules.Cards.Models;
using Admin.Modules.CardService.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.CardService;

/// <summary>
/// Replacement of a lost primary card with the kernel's clock moved past the waiting period and the purse settlement window
/// (the host's <see cref="TimeProvider"/> is a <see cref="MovableClock"/>; operators sign in again after each move).
/// </summary>
public abstract class CardReplacementTests(DatabaseFixture db, MovableClock clock)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task LostPrimaryCard_ReplacedAfterTheWaitingPeriod_SecondariesFollow_PurseMovesAfterTheWindow()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var old = w.Primary.Number(1);
        await w.FundAsync(old, 150m, purse: 40m);
        var (_, _, deposit) = await w.MoneyAsync(old);
        var start = (await w.BlockListAsync(0)).GetProperty("version").GetInt64();

        await (await w.ActAsync(old, "report-lost", new { idNumber = w.CompanyId })).JsonOkAsync();
        var early = await (await w.ActAsync(old, "replace", new { newCard = w.Primary.Number(2), idNumber = w.CompanyId })).JsonAsync(HttpStatusCode.Conflict);

        clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var desk = w with { Desk = w.Desk with { Client = await App.ApiClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password), Admin = await App.AdminApiClientAsync() } };
        var wrongId = await (await desk.ActAsync(old, "replace", new { newCard = w.Primary.Number(2), idNumber = w.PersonId })).JsonAsync(HttpStatusCode.BadRequest);
        var notInDrawer = await (await desk.ActAsync(old, "replace", new { newCard = w.Single.Number(2), idNumber = w.CompanyId, paymentMethod = "Cash" })).JsonAsync(HttpStatusCode.BadRequest);
        var replaced = await (await desk.ActAsync(old, "replace", new { newCard = w.Primary.Number(2), idNumber = w.CompanyId, paymentMethod = "Cash" })).JsonAsync(HttpStatusCode.Created);
        var id = replaced.GetProperty("id").GetString();
        var moveEarly = await (await IssuingTestKit.PostKeyedAsync(desk.Desk.Client, $"/api/card-service/replacements/{id}/move-purse", new { })).JsonAsync(HttpStatusCode.Conflict);

        clock.Advance(TimeSpan.FromHours(72));
        var later = w with { Desk = w.Desk with { Client = await App.ApiClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password), Admin = await App.AdminApiClientAsync() } };
        var moved = await (await IssuingTestKit.PostKeyedAsync(later.Desk.Client, $"/api/card-service/replacements/{id}/move-purse", new { })).JsonOkAsync();
        var movedAgain = await (await IssuingTestKit.PostKeyedAsync(later.Desk.Client, $"/api/card-service/replacements/{id}/move-purse", new { })).JsonAsync(HttpStatusCode.Conflict);
        var blocks = (await later.BlockListAsync(start)).GetProperty("changes").EnumerateArray().ToList();

        Assert.Equal("cardService.waitingPeriod", early.Code());
        Assert.Equal("cardService.idNumberMismatch", wrongId.Code());
        Assert.True(notInDrawer.HasFieldError("newCard"));
        Assert.Equal("Lost", replaced.GetProperty("reason").GetString());
        Assert.Equal("cardService.purseNotDue", moveEarly.Code());
        Assert.Equal(40m, moved.GetProperty("purse").GetDecimal());
        Assert.Equal("cardService.purseMoved", movedAgain.Code());
        Assert.Equal((0m, 0m, 0m), await w.MoneyAsync(old));
        Assert.Equal((150m, 0m, deposit), await w.MoneyAsync(w.Primary.Number(2)));
        var newCard = await w.CardAsync(w.Primary.Number(2));
        var secondaries = await App.WithDbAsync(d => d.Set<Card>().Where(c => c.Number == w.Secondary.Number(1) || c.Number == w.Secondary.Number(2)).Select(c => c.PrimaryCardId).ToListAsync());
        Assert.All(secondaries, p => Assert.Equal(newCard.Id, p));
        Assert.Equal("Zhao Lei", newCard.HolderName);
        var report = await App.WithDbAsync(d => d.Set<LossReport>().AsNoTracking().SingleAsync(r => r.CardNumber == old));
        Assert.Equal(LossReportStatus.Replaced, report.Status);
        Assert.Equal(["Lost", "Replaced"], blocks.Where(b => b.GetProperty("number").GetString() == old).Select(b => b.GetProperty("reason").GetString()));
        var versions = blocks.Select(b => b.GetProperty("version").GetInt64()).ToList();
        Assert.Equal(versions.Order(), versions);
        await App.AssertIntactAsync(later.Desk.Admin);
    }

    [Fact]
    public async Task ExpiredAnonymousCard_IsReactivatedOrExchanged_NeverForfeited()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var card = w.Anonymous.Number(1);

        var notExpired = await (await w.ActAsync(card, "reactivate")).JsonAsync(HttpStatusCode.Conflict);
        // Years on the clock would expire the operators' passwords too: the card's expiry is moved back instead.
        var past = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        await App.WithDbAsync(d => d.Set<Card>().Where(c => c.Number == card).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, past)));
        var reactivated = await (await w.ActAsync(card, "reactivate")).JsonOkAsync();
        var exchanged = await (await w.ActAsync(card, "replace", new { newCard = w.Anonymous.Number(2) })).JsonAsync(HttpStatusCode.Conflict);

        Assert.Equal("cardService.notExpired", notExpired.Code());
        Assert.True(reactivated.GetProperty("expiresAt").GetDateTime() > clock.GetUtcNow().UtcDateTime.AddMonths(35));
        Assert.Equal("cardService.notReplaceable", exchanged.Code());
        Assert.Equal((500m, 0m, 0m), await w.MoneyAsync(card));

        await App.WithDbAsync(d => d.Set<Card>().Where(c => c.Number == card).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, past)));
        var exchange = await (await w.ActAsync(card, "replace", new { newCard = w.Anonymous.Number(2), paymentMethod = "Cash" })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("Expired", exchange.GetProperty("reason").GetString());
        Assert.Equal((0m, 0m, 0m), await w.MoneyAsync(card));
        Assert.Equal((500m, 0m, 0m), await w.MoneyAsync(w.Anonymous.Number(2)));
        Assert.True((await w.CardAsync(w.Anonymous.Number(2))).ExpiresAt > clock.GetUtcNow().UtcDateTime.AddMonths(35));
        await App.AssertIntactAsync(w.Desk.Admin);
    }
}

public sealed class CardReplacementTests_Sqlite(MovableClockSqlite db) : CardReplacementTests(db, db.Clock), IClassFixture<MovableClockSqlite>;

public sealed class CardReplacementTests_Postgres(MovableClockPostgres db) : CardReplacementTests(db, db.Clock), IClassFixture<MovableClockPostgres>;
