using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Admin.Tests.Printing;
using Admin.Tests.TopUps;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Closes;

/// <summary>Shift and daily closes through the API on the real host: the till, the review, the lock, the seal and its verification.</summary>
public abstract class ClosesApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task ShiftClose_ADifferenceBeyondTheTolerance_IsReviewed_PostedToOverShort_TheTillEmptied_AndTheShiftsTasksAreNoLongerCancelled()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (_, code) = await desk.CustomerAsync();
        var cash = await desk.TopUpAsync(new { customer = code, amount = 300.00m, paymentMethod = "Cash" });
        await desk.TopUpAsync(new { customer = code, amount = 200.00m, paymentMethod = "BankCard" });
        var (op, outlet) = await App.TillOfAsync(cash);
        var count = new { counted = new Dictionary<string, decimal> { ["Cash"] = 295.50m, ["BankCard"] = 200.00m } };

        var asked = await desk.Client.CloseShiftAsync(count);
        var askedBody = await asked.JsonAsync((HttpStatusCode)428);
        var self = await desk.Client.CloseShiftAsync(new { count.counted, review = new { loginName = desk.Login, password = CounterTestKit.Password } });
        var closed = await (await desk.Client.CloseShiftAsync(new { count.counted, note = "a 5 note short", review = desk.Review })).JsonAsync(HttpStatusCode.Created);
        var again = await desk.Client.CloseShiftAsync(new { counted = new Dictionary<string, decimal> { ["Cash"] = 0m } });
        var cancel = await desk.PostAsync($"/api/receipts/{cash.GetProperty("id").GetString()}/cancel", new { reason = "typed twice", review = desk.Review });
        var reverse = await desk.PostAsync($"/api/entries/{cash.GetProperty("ledgerEntry").GetInt64()}/reverse", new { reason = "typed twice" });
        var id = closed.GetProperty("id").GetString();
        var other = await App.OutletOperatorAsync();
        var pdf = await desk.Client.GetAsync($"/api/forms/shift-close/{id}.pdf");

        Assert.Equal("Closes.ShiftDifference", askedBody.GetProperty("reviewPoint").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        Assert.Equal("review.checkerIsMaker", await self.CodeAsync());
        Assert.Equal(-4.50m, closed.GetProperty("difference").GetDecimal());
        Assert.Equal(500.00m, closed.GetProperty("expected").GetDecimal());
        Assert.Equal(2, closed.GetProperty("tasks").GetInt32());
        Assert.Equal(desk.Colleague, closed.GetProperty("reviewer").GetString());
        Assert.Equal(0m, await App.BalanceAsync(AccountRef.Till(op, outlet, "Cash")));
        Assert.Equal(0m, await App.BalanceAsync(AccountRef.Till(op, outlet, "BankCard")));
        Assert.Equal(295.50m, await App.BalanceAsync(AccountRef.Handover(outlet, "Cash")));
        Assert.Equal(200.00m, await App.BalanceAsync(AccountRef.Handover(outlet, "BankCard")));
        Assert.Equal(4.50m, await App.BalanceAsync(AccountRef.OverShort(op, outlet)));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("closes.nothingToClose", await again.CodeAsync());
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        Assert.Equal("topUps.shiftClosed", await cancel.CodeAsync());
        Assert.Equal((HttpStatusCode)428, reverse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.Client.GetAsync($"/api/closes/shifts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/closes/shifts/{id}")).StatusCode);
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Shift.Close" && e.EntityId == closed.GetProperty("number").GetString())));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = await PdfTools.TextAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("操作员班结", text);
        Assert.Contains("295.50", text);
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task ShiftClose_BadCounts_AllErrorsAtOnce_WithinTheTolerance_NoReview_AndDenominationsGiveTheCash()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (_, code) = await desk.CustomerAsync();
        await desk.TopUpAsync(new { customer = code, amount = 180.00m, paymentMethod = "Cash" });
        var before = await App.TableCountsAsync();

        var bad = await desk.Client.CloseShiftAsync(new
        {
            counted = new Dictionary<string, decimal?> { ["Cash"] = -1m, ["Cheque"] = 1.234m, ["Gold"] = 1m },
            denominations = new Dictionary<string, int> { ["3"] = 1 },
        });
        var badBody = await bad.JsonAsync(HttpStatusCode.BadRequest);
        var disagree = await desk.Client.CloseShiftAsync(new { counted = new Dictionary<string, decimal> { ["Cash"] = 170m }, denominations = new Dictionary<string, int> { ["100"] = 1, ["50"] = 1, ["10"] = 3 } });
        var headOffice = await desk.Admin.CloseShiftAsync(new { counted = new Dictionary<string, decimal> { ["Cash"] = 1m } });
        var after = await App.TableCountsAsync();
        var closed = await (await desk.Client.CloseShiftAsync(new { denominations = new Dictionary<string, int> { ["100"] = 1, ["50"] = 1, ["10"] = 3 } })).JsonAsync(HttpStatusCode.Created);

        var fields = badBody.GetProperty("errors").EnumerateObject().Select(p => p.Name.ToLowerInvariant()).ToList();
        Assert.Contains("counted.cash", fields);
        Assert.Contains("counted.cheque", fields);
        Assert.Contains("counted.gold", fields);
        Assert.Contains("denominations", fields);
        Assert.Equal("closes.denominationsDisagree", await disagree.CodeAsync());
        Assert.Equal(HttpStatusCode.Conflict, headOffice.StatusCode);
        Assert.Equal("closes.outletOnly", await headOffice.CodeAsync());
        Assert.Equal(before, after);
        Assert.Equal(180.00m, closed.GetProperty("counted").GetDecimal());
        Assert.Equal(0m, closed.GetProperty("difference").GetDecimal());
        Assert.Equal("100×1 50×1 10×3", closed.GetProperty("denominations").GetString());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("reviewer").ValueKind);
    }

    [Fact]
    public async Task DailyClose_RefusedWhileAShiftIsOpen_ThenHandsOverToHeadOffice_LocksTheDay_AndAClosedDayRefusesANewTopUp()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var colleague = await desk.ColleagueAsync(App);
        var (_, code) = await desk.CustomerAsync();
        var mine = await desk.TopUpAsync(new { customer = code, amount = 100.00m, paymentMethod = "Cash" });
        var theirs = await (await IssuingTestKit.PostKeyedAsync(colleague, "/api/topups", new { customer = code, amount = 50.00m, paymentMethod = "Cash" })).JsonAsync(HttpStatusCode.Created);
        var (_, outlet) = await App.TillOfAsync(mine);
        await (await desk.Client.CloseShiftAsync(new { counted = new Dictionary<string, decimal> { ["Cash"] = 100m } })).JsonAsync(HttpStatusCode.Created);

        var open = await desk.Client.CloseDayAsync(new { slipNumber = "BK-1", amount = 100m });
        var openBody = await open.JsonAsync(HttpStatusCode.Conflict);
        await (await colleague.CloseShiftAsync(new { counted = new Dictionary<string, decimal> { ["Cash"] = 50m } })).JsonAsync(HttpStatusCode.Created);
        var tooMuch = await desk.Client.CloseDayAsync(new { slipNumber = "BK-1", amount = 150.01m });
        var noSlip = await desk.Client.CloseDayAsync(new { amount = 150m });
        var closed = await (await desk.Client.CloseDayAsync(new { slipNumber = "BK-20261207-01", amount = 150.00m })).JsonAsync(HttpStatusCode.Created);
        var before = await App.TableCountsAsync();
        var refused = await desk.PostAsync("/api/topups", new { customer = code, amount = 10.00m, paymentMethod = "Cash" });
        var after = await App.TableCountsAsync();
        var refusedReverse = await IssuingTestKit.PostKeyedAsync(colleague, $"/api/entries/{theirs.GetProperty("ledgerEntry").GetInt64()}/reverse", new { reason = "late", review = new { loginName = desk.Login, password = CounterTestKit.Password } });
        var twice = await desk.Client.CloseDayAsync(new { amount = 0m });
        var id = closed.GetProperty("id").GetString();
        var report = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/closes/days/{id}");
        var verify = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/closes/days/{id}/verify");

        Assert.Equal("closes.openShifts", openBody.GetProperty("code").GetString());
        Assert.Equal([desk.Colleague], openBody.GetProperty("openShifts").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(desk.Colleague, openBody.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Equal("closes.handoverAboveHeld", await tooMuch.CodeAsync());
        Assert.Equal("closes.slipRequired", await noSlip.CodeAsync());
        Assert.Matches("^[0-9a-f]{64}$", closed.GetProperty("hash").GetString());
        Assert.Equal(150.00m, await App.BalanceAsync(AccountRef.OfOutlet(AccountKind.HeadOfficeSettlement, outlet)));
        Assert.Equal(0m, await App.BalanceAsync(AccountRef.Handover(outlet, "Cash")));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("ledger.dayClosed", await refused.CodeAsync());
        Assert.Equal(HttpStatusCode.Conflict, refusedReverse.StatusCode);
        Assert.Equal("ledger.dayClosed", await refusedReverse.CodeAsync());
        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("closes.dayAlreadyClosed", await twice.CodeAsync());
        Assert.Equal(150.00m, report.GetProperty("byMethod").EnumerateArray().Single(m => m.GetProperty("method").GetString() == "Cash").GetProperty("in").GetDecimal());
        Assert.Equal(2, report.GetProperty("shifts").GetArrayLength());
        Assert.Equal(5, closed.GetProperty("entries").GetInt32());
        Assert.True(verify.GetProperty("intact").GetBoolean());
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Day.Close" && e.OutletCode == desk.Outlet)));
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task Verification_FindsALineChangedInAClosedDay_AndTheDayIsIntactAgainOnceItIsRestored()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (_, code) = await desk.CustomerAsync();
        var topUp = await desk.TopUpAsync(new { customer = code, amount = 80.00m, paymentMethod = "Cash" });
        await (await desk.Client.CloseShiftAsync(new { counted = new Dictionary<string, decimal> { ["Cash"] = 80m } })).JsonAsync(HttpStatusCode.Created);
        var closed = await (await desk.Client.CloseDayAsync(new { slipNumber = "BK-7", amount = 80m })).JsonAsync(HttpStatusCode.Created);
        var entry = topUp.GetProperty("ledgerEntry").GetInt64();
        var line = await App.WithDbAsync(d => d.Set<LedgerLine>().Where(l => l.EntryId == entry).OrderBy(l => l.LineNo).Select(l => l.Id).FirstAsync());
        var intact = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/closes/verify?outlet={desk.Outlet}");

        await App.ChangeLineAsync(line, 100);
        var changed = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/closes/verify?outlet={desk.Outlet}");
        var changedDay = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/closes/days/{closed.GetProperty("id").GetString()}/verify");
        await App.ChangeLineAsync(line, -100);
        var restored = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/closes/verify?outlet={desk.Outlet}");

        Assert.True(intact.GetProperty("intact").GetBoolean());
        Assert.False(changed.GetProperty("intact").GetBoolean());
        var finding = changed.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal(closed.GetProperty("day").GetString(), finding.GetProperty("day").GetString());
        Assert.Equal(desk.Outlet, finding.GetProperty("outlet").GetString());
        Assert.Equal(closed.GetProperty("hash").GetString(), finding.GetProperty("storedHash").GetString());
        Assert.NotEqual(finding.GetProperty("storedHash").GetString(), finding.GetProperty("currentHash").GetString());
        Assert.False(changedDay.GetProperty("intact").GetBoolean());
        Assert.True(restored.GetProperty("intact").GetBoolean());
        Assert.Equal(1, restored.GetProperty("days").GetInt32());
    }
}

public sealed class ClosesApiTests_Sqlite(SqliteDatabase db) : ClosesApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class ClosesApiTests_Postgres(PostgresDatabase db) : ClosesApiTests(db), IClassFixture<PostgresDatabase>;
