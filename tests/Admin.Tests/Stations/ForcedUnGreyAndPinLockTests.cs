using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Audit;
using Admin.Tests.CardService;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Stations;

/// <summary>Head office's forced un-grey of internal cards (3.27) and the PIN locks terminals report (3.24), through the real host.</summary>
public abstract class ForcedUnGreyAndPinLockTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task ForcedUnGrey_OfAnInternalCard_IsReviewedByHeadOffice_SettlesFromTheRecordOrReleasesAtOnce_AndRefusesSpecifically()
    {
        var (w, station, gateway) = await StationsTestKit.SetUpAsync(App);
        var card = await StationsTestKit.InternalCardAsync(App, w);
        await w.FundAsync(card, 100m, purse: 60m);
        await (await station.SendAsync(gateway, station.Batch([station.Purchase(card, 15m, grey: true), station.Purchase(card, 5m)]))).JsonOkAsync();
        var reviewer = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, CounterTestKit.Password, "Reviewer");
        var review = new { loginName = reviewer, password = CounterTestKit.Password };
        var admin = w.Desk.Admin;
        const string url = "/api/stations/forced-un-grey";

        var notInternal = await (await admin.PostAsJsonAsync(url, new { card = w.Single.Number(1), terminalId = station.Terminal, sequence = 1, reason = "pump fault", review }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        var noReason = await (await admin.PostAsJsonAsync(url, new { card, terminalId = station.Terminal, sequence = 1, review })).JsonAsync(HttpStatusCode.BadRequest);
        var atTheCounter = await w.Desk.Client.PostAsJsonAsync(url, new { card, terminalId = station.Terminal, sequence = 1, reason = "pump fault" });
        var asked = await (await admin.PostAsJsonAsync(url, new { card, terminalId = station.Terminal, sequence = 1, reason = "pump fault" })).JsonAsync((HttpStatusCode)428);
        var bySelf = await (await admin.PostAsJsonAsync(url, new { card, terminalId = station.Terminal, sequence = 1, reason = "pump fault", review = new { loginName = "admin", password = AdminAppFactory.AdminPassword } }))
            .JsonAsync(HttpStatusCode.Forbidden);
        var settled = await (await admin.PostAsJsonAsync(url, new { card, terminalId = station.Terminal, sequence = 1, reason = "pump fault", review })).JsonOkAsync();
        var twice = await (await admin.PostAsJsonAsync(url, new { card, terminalId = station.Terminal, sequence = 1, reason = "pump fault", review })).JsonAsync(HttpStatusCode.Conflict);
        var notGrey = await (await admin.PostAsJsonAsync(url, new { card, terminalId = station.Terminal, sequence = 2, reason = "pump fault", review })).JsonAsync(HttpStatusCode.Conflict);
        // No record of sequence 9 yet, and the settlement window (72 h) is far from over: head office releases it now.
        var released = await (await admin.PostAsJsonAsync(url, new { card, terminalId = station.Terminal, sequence = 9, greyAt = DateTime.UtcNow.AddHours(-1), reason = "staff car, chip reset", review }))
            .JsonOkAsync();

        Assert.Equal("unGrey.notInternal", notInternal.Code());
        Assert.True(noReason.HasFieldError("reason"), noReason.GetRawText());
        Assert.Equal(HttpStatusCode.Forbidden, atTheCounter.StatusCode);
        Assert.Equal("review.required", asked.Code());
        Assert.Equal("Stations.ForcedUnGrey", asked.GetProperty("reviewPoint").GetString());
        Assert.Equal("review.checkerIsMaker", bySelf.Code());
        Assert.True(settled.GetProperty("settled").GetBoolean());
        Assert.True(settled.GetProperty("forced").GetBoolean());
        Assert.Equal(15m, settled.GetProperty("amount").GetDecimal());
        Assert.Equal(reviewer, settled.GetProperty("reviewerLogin").GetString());
        Assert.Equal("unGrey.alreadyDone", twice.Code());
        Assert.Equal("unGrey.recordNotGrey", notGrey.Code());
        Assert.False(released.GetProperty("settled").GetBoolean());
        Assert.Equal("staff car, chip reset", released.GetProperty("reason").GetString());
        Assert.Equal(40m, (await w.MoneyAsync(card)).Purse);
        var audited = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Where(e => e.Action == "Card.UnGreyForce" && e.After!.Contains(card)).ToListAsync());
        Assert.Equal(2, audited.Count);
        Assert.Contains(audited, e => e.After!.Contains("pump fault"));
        Assert.All(audited, e => Assert.Equal(reviewer, e.Summary!.Replace("reviewed by ", "")));
        await App.AssertIntactAsync(admin);
    }

    [Fact]
    public async Task PinLock_ReportedByATerminal_LocksThePin_InTheProfile_UntilTheCounterUnlocksIt_AndALateReportChangesNothing()
    {
        var (w, station, gateway) = await StationsTestKit.SetUpAsync(App);
        var card = w.Single.Number(1);
        var pin = $"/api/card-service/cards/{card}/pin";
        await (await w.Desk.Client.PostAsJsonAsync($"{pin}/reset", new { idNumber = w.PersonId, newPin = "482913", confirmPin = "482913", review = w.Desk.Review })).JsonOkAsync();
        var lockedAt = DateTime.UtcNow.AddSeconds(1);
        var before = await (await gateway.GetAsync($"/api/stations/cards/{card}/profile")).JsonOkAsync();

        var reported = await (await station.ReportPinLockAsync(gateway, card, lockedAt)).JsonOkAsync();
        var again = await (await station.ReportPinLockAsync(gateway, card, lockedAt)).JsonOkAsync();
        var tampered = await (await station.ReportPinLockAsync(gateway, card, lockedAt, signedAt: lockedAt.AddMinutes(-1))).JsonAsync(HttpStatusCode.UnprocessableEntity);
        var unknown = await (await station.ReportPinLockAsync(gateway, "99999999999999", lockedAt)).JsonAsync(HttpStatusCode.NotFound);
        var future = await (await station.ReportPinLockAsync(gateway, card, DateTime.UtcNow.AddHours(1))).JsonAsync(HttpStatusCode.BadRequest);
        var locked = await (await gateway.GetAsync($"/api/stations/cards/{card}/profile")).JsonOkAsync();
        var change = await (await w.Desk.Client.PostAsJsonAsync($"{pin}/change", new { oldPin = "482913", newPin = "135790", confirmPin = "135790" })).JsonAsync(HttpStatusCode.Conflict);
        var screen = await (await App.ScreenClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password)).GetStringAsync($"/card-service/cards/{card}");

        await Task.Delay(1500); // the counter unlocks after the lock the terminal reported
        await (await w.Desk.Client.PostAsJsonAsync($"{pin}/unlock", new { idNumber = w.PersonId })).JsonOkAsync();
        var late = await (await station.ReportPinLockAsync(gateway, card, lockedAt)).JsonOkAsync();
        var unlocked = await (await gateway.GetAsync($"/api/stations/cards/{card}/profile")).JsonOkAsync();
        var changed = await (await w.Desk.Client.PostAsJsonAsync($"{pin}/change", new { oldPin = "482913", newPin = "135790", confirmPin = "135790" })).JsonOkAsync();

        Assert.False(before.GetProperty("pinLocked").GetBoolean());
        Assert.Equal("Locked", reported.GetProperty("outcome").GetString());
        Assert.Equal("AlreadyLocked", again.GetProperty("outcome").GetString());
        Assert.Equal("stationBatch.signatureWrong", tampered.Code());
        Assert.Equal("pinLock.cardUnknown", unknown.Code());
        Assert.True(future.HasFieldError("at"), future.GetRawText());
        Assert.True(locked.GetProperty("pinLocked").GetBoolean());
        Assert.Equal("cardService.pinLocked", change.Code());
        Assert.Contains("id=\"action-pin-unlock\"", screen);
        Assert.Equal("Stale", late.GetProperty("outcome").GetString());
        Assert.False(unlocked.GetProperty("pinLocked").GetBoolean());
        Assert.Equal(card, changed.GetProperty("card").GetString());
        var audited = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Where(e => e.Action == "Card.PinLockReport" && e.EntityId == card).ToListAsync());
        var one = Assert.Single(audited);
        Assert.Contains(station.Terminal, one.After);
        Assert.StartsWith("client:", one.OperatorLogin);
    }

    [Fact]
    public async Task PinLock_OfACardWithoutAPin_LocksIt_AndAfterTheUnlockTheFirstPinIsAReset()
    {
        var (w, station, gateway) = await StationsTestKit.SetUpAsync(App);
        var card = w.Secondary.Number(1);
        var pin = $"/api/card-service/cards/{card}/pin";

        var reported = await (await station.ReportPinLockAsync(gateway, card, DateTime.UtcNow.AddMinutes(-2))).JsonOkAsync();
        var locked = await (await gateway.GetAsync($"/api/stations/cards/{card}/profile")).JsonOkAsync();
        var changeLocked = await (await w.Desk.Client.PostAsJsonAsync($"{pin}/change", new { oldPin = "000000", newPin = "135790", confirmPin = "135790" })).JsonAsync(HttpStatusCode.Conflict);
        await (await w.Desk.Client.PostAsJsonAsync($"{pin}/unlock", new { idNumber = w.CompanyId })).JsonOkAsync();
        var notSet = await (await w.Desk.Client.PostAsJsonAsync($"{pin}/change", new { oldPin = "000000", newPin = "135790", confirmPin = "135790" })).JsonAsync(HttpStatusCode.Conflict);

        Assert.Equal("Locked", reported.GetProperty("outcome").GetString());
        Assert.True(locked.GetProperty("pinLocked").GetBoolean());
        Assert.Equal("cardService.pinLocked", changeLocked.Code());
        Assert.Equal("cardService.pinNotSet", notSet.Code());
    }
}

public sealed class ForcedUnGreyAndPinLockTests_Sqlite(SqliteDatabase db) : ForcedUnGreyAndPinLockTests(db), IClassFixture<SqliteDatabase>;

public sealed class ForcedUnGreyAndPinLockTests_Postgres(PostgresDatabase db) : ForcedUnGreyAndPinLockTests(db), IClassFixture<PostgresDatabase>;
