using System.Net;
using Admin.Kernel.Audit;
using Admin.Kernel.Jobs;
using Admin.Modules.CardService.Models;
using Admin.Modules.CardService.Services;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Admin.Tests.CardService;

/// <summary>
/// The replacement's card fee (工本费 from the fee schedule, paid into the operator's till in the replacement's own entry) and
/// the old card's purse moving after the settlement window without anyone asking: by the recurring job, and lazily when the
/// card is read at the counter. Time is moved by the host's <see cref="MovableClock"/>.
/// </summary>
public abstract class CardReplacementFeeTests(DatabaseFixture db, MovableClock clock)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Replacement_ChargesTheCardFee_InItsEntry_ThenTheRecurringJobMovesThePurse()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var old = w.Single.Number(1);
        await w.FundAsync(old, 100m, purse: 30m);
        var card = await w.CardAsync(old);
        var income = AccountRef.OfOutlet(AccountKind.FeeIncome, card.OutletId);
        var incomeBefore = await App.BalanceAsync(income);
        await (await w.ActAsync(old, "report-bad")).JsonOkAsync();

        var noMethod = await (await w.ActAsync(old, "replace", new { newCard = w.Single.Number(2), idNumber = w.PersonId })).JsonAsync(HttpStatusCode.BadRequest);
        var credit = await (await w.ActAsync(old, "replace", new { newCard = w.Single.Number(2), idNumber = w.PersonId, paymentMethod = "CreditCard" })).JsonAsync(HttpStatusCode.BadRequest);
        var replaced = await (await w.ActAsync(old, "replace", new { newCard = w.Single.Number(2), idNumber = w.PersonId, paymentMethod = "Transfer" })).JsonAsync(HttpStatusCode.Created);
        var id = Guid.Parse(replaced.GetProperty("id").GetString()!);
        var entryId = replaced.GetProperty("entryId").GetInt64();
        var lines = await App.WithDbAsync(d => d.Set<Admin.Modules.Ledger.Models.LedgerLine>().AsNoTracking().Where(l => l.EntryId == entryId)
            .Join(d.Set<Admin.Modules.Ledger.Models.LedgerAccount>(), l => l.AccountId, a => a.Id, (l, a) => new { a.Kind, a.Method, l.Amount }).ToListAsync());

        Assert.True(noMethod.HasFieldError("paymentMethod"));
        Assert.Contains("20.00", noMethod.GetProperty("errors").GetProperty("paymentMethod")[0].GetString());
        Assert.True(credit.HasFieldError("paymentMethod"));
        Assert.Equal(20.00m, replaced.GetProperty("fee").GetDecimal());
        Assert.Equal("Transfer", replaced.GetProperty("paymentMethod").GetString());
        Assert.Equal(incomeBefore + 20m, await App.BalanceAsync(income));
        Assert.Contains(lines, l => l.Kind == AccountKind.Till && l.Method == "Transfer" && l.Amount == 2000);
        Assert.Contains(lines, l => l.Kind == AccountKind.FeeIncome && l.Amount == -2000);
        var fresh = await w.MoneyAsync(w.Single.Number(2));
        Assert.Equal((70m, 0m), (fresh.Card, fresh.Purse));

        // The window passes with nobody touching either card: the recurring job moves the purse.
        clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(new TriggerKey(PurseMoveJob.Key, QuartzJobs.Group)));
        Assert.Equal(TimeSpan.FromSeconds(600), trigger.RepeatInterval);
        await scheduler.TriggerJob(new JobKey(PurseMoveJob.Key, QuartzJobs.Group), new JobDataMap(), CancellationToken.None);
        var moved = await WaitMovedAsync(id);

        var login = RecurringJobs.LoginOf(PurseMoveJob.Key);
        Assert.Equal(30m, moved.PurseAmount);
        Assert.Equal(login, moved.PurseMovedBy);
        var gone = await w.MoneyAsync(old);
        Assert.Equal((0m, 0m), (gone.Card, gone.Purse));
        Assert.Equal(100m, (await w.MoneyAsync(w.Single.Number(2))).Card);
        Assert.Equal(login, (await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().SingleAsync(e => e.Action == "Card.MovePurse" && e.EntityId == id.ToString()))).OperatorLogin);
        await App.AssertIntactAsync(await App.AdminApiClientAsync());
    }

    [Fact]
    public async Task DuePurse_MovesLazily_WhenTheCardIsReadAtTheCounter_NotWhenHeadOfficeReadsIt()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var old = w.Primary.Number(1);
        await w.FundAsync(old, 50m, purse: 12.5m);
        await (await w.ActAsync(old, "report-bad")).JsonOkAsync();
        var replaced = await (await w.ActAsync(old, "replace", new { newCard = w.Primary.Number(2), idNumber = w.CompanyId, paymentMethod = "Cash" })).JsonAsync(HttpStatusCode.Created);
        var id = Guid.Parse(replaced.GetProperty("id").GetString()!);

        clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
        var admin = await App.AdminApiClientAsync();
        var byHeadOffice = await (await admin.GetAsync($"/api/card-service/cards/{w.Primary.Number(2)}")).JsonOkAsync();
        var counter = await App.ApiClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password);
        var atCounter = await (await counter.GetAsync($"/api/card-service/cards/{w.Primary.Number(2)}")).JsonOkAsync();

        Assert.Equal(JsonValueKindNull, byHeadOffice.GetProperty("replacement").GetProperty("purseMovedAt").ValueKind);
        Assert.Equal(12.5m, atCounter.GetProperty("replacement").GetProperty("purse").GetDecimal());
        Assert.Equal(50m, atCounter.GetProperty("balances").GetProperty("cardAccount").GetDecimal());
        Assert.Equal(w.Desk.Login, (await App.WithDbAsync(d => d.Set<Replacement>().AsNoTracking().SingleAsync(r => r.Id == id))).PurseMovedBy);
        await App.AssertIntactAsync(admin);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private async Task<Replacement> WaitMovedAsync(Guid id)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        Replacement r;
        do
        {
            await Task.Delay(250);
            r = await App.WithDbAsync(d => d.Set<Replacement>().AsNoTracking().SingleAsync(x => x.Id == id));
        }
        while (r.PurseMovedAt is null && DateTime.UtcNow < until);

        return r;
    }
}

public sealed class CardReplacementFeeTests_Sqlite(MovableClockSqlite db) : CardReplacementFeeTests(db, db.Clock), IClassFixture<MovableClockSqlite>;

public sealed class CardReplacementFeeTests_Postgres(MovableClockPostgres db) : CardReplacementFeeTests(db, db.Clock), IClassFixture<MovableClockPostgres>;
