using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Cards.Models;
using Admin.Modules.CardService.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.CardService;

/// <summary>Card service through the API: queries, card data, loss report and its cancellation, bad card and replacement, the block list.</summary>
public abstract class CardServiceApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task LossReport_OfAnAnonymousCard_IsRefusedClearly_AndChangesNothing()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var before = (await w.BlockListAsync(0)).GetProperty("version").GetInt64();

        var refused = await (await w.ActAsync(w.Anonymous.Number(1), "report-lost", new { idNumber = "110101199003071234" })).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("cardService.anonymousNoLossReport", refused.Code());
        Assert.True(refused.HasFieldError("card"));
        Assert.Contains("anonymous", refused.GetProperty("detail").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CardStatus.Issued, (await w.CardAsync(w.Anonymous.Number(1))).Status);
        Assert.Equal(before, (await w.BlockListAsync(0)).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task LossReport_ChecksTheIdDocument_BlocksAtOnce_CancelUnblocks_BlockListVersionsGrow()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var card = w.Single.Number(1);
        var start = (await w.BlockListAsync(0)).GetProperty("version").GetInt64();

        var missing = await (await w.ActAsync(card, "report-lost", new { idNumber = "" })).JsonAsync(HttpStatusCode.BadRequest);
        var wrong = await (await w.ActAsync(card, "report-lost", new { idNumber = w.CompanyId })).JsonAsync(HttpStatusCode.BadRequest);
        var lost = await (await w.ActAsync(card, "report-lost", new { idNumber = w.PersonId.ToLowerInvariant() })).JsonOkAsync();
        var again = await (await w.ActAsync(card, "report-lost", new { idNumber = w.PersonId })).JsonAsync(HttpStatusCode.Conflict);
        var afterLoss = await w.BlockListAsync(start);
        var cancelled = await (await w.ActAsync(card, "cancel-loss", new { idNumber = w.PersonId })).JsonOkAsync();
        var afterCancel = await w.BlockListAsync(start);
        var cancelAgain = await (await w.ActAsync(card, "cancel-loss", new { idNumber = w.PersonId })).JsonAsync(HttpStatusCode.Conflict);

        Assert.Equal("cardService.idNumberRequired", missing.Code());
        Assert.True(missing.HasFieldError("idNumber"));
        Assert.Equal("cardService.idNumberMismatch", wrong.Code());
        Assert.True(wrong.HasFieldError("idNumber"));
        Assert.Equal("Lost", lost.GetProperty("status").GetString());
        Assert.Equal("Open", lost.GetProperty("lossReport").GetProperty("status").GetString());
        Assert.Equal("cardService.notInUse", again.Code());
        var lossRow = Assert.Single(afterLoss.GetProperty("changes").EnumerateArray());
        Assert.Equal(card, lossRow.GetProperty("number").GetString());
        Assert.True(lossRow.GetProperty("blocked").GetBoolean());
        Assert.Equal("Lost", lossRow.GetProperty("reason").GetString());
        Assert.Equal("Issued", cancelled.GetProperty("status").GetString());
        Assert.Equal("Cancelled", cancelled.GetProperty("lossReport").GetProperty("status").GetString());
        var rows = afterCancel.GetProperty("changes").EnumerateArray().Where(r => r.GetProperty("number").GetString() == card).ToList();
        Assert.Equal(2, rows.Count);
        Assert.True(rows[1].GetProperty("version").GetInt64() > rows[0].GetProperty("version").GetInt64());
        Assert.False(rows[1].GetProperty("blocked").GetBoolean());
        Assert.Equal("cardService.notLost", cancelAgain.Code());
        Assert.Equal(CardStatus.Issued, (await w.CardAsync(card)).Status);
        var actions = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.Module == "CardService" && e.EntityId == card).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Card.CancelLoss", "Card.ReportLost"], actions.Order());
        var audited = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.Module == "CardService" && e.EntityId == card).ToListAsync());
        Assert.DoesNotContain(audited, e => (e.After ?? "").Contains(w.PersonId, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Replacement_BeforeTheWaitingPeriod_Is409_SayingFromWhen()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var card = w.Single.Number(1);
        await (await w.ActAsync(card, "report-lost", new { idNumber = w.PersonId })).JsonOkAsync();

        var early = await (await w.ActAsync(card, "replace", new { newCard = w.Single.Number(2), idNumber = w.PersonId, paymentMethod = "Cash" })).JsonAsync(HttpStatusCode.Conflict);

        Assert.Equal("cardService.waitingPeriod", early.Code());
        Assert.True(early.TryGetProperty("replaceableFrom", out _));
        Assert.Contains("24", early.GetProperty("detail").GetString()!);
        Assert.Equal(CardStatus.Lost, (await w.CardAsync(card)).Status);
        Assert.False(await App.WithDbAsync(d => d.Set<Card>().AnyAsync(c => c.Number == w.Single.Number(2))));
    }

    [Fact]
    public async Task BadCard_IsReplacedAtOnce_CardAccountAndDepositMove_PurseWaitsForTheWindow_OldNumberBlockedForGood()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var old = w.Single.Number(1);
        await w.FundAsync(old, 300m, purse: 80m);
        var (_, _, deposit) = await w.MoneyAsync(old);
        var start = (await w.BlockListAsync(0)).GetProperty("version").GetInt64();

        var notBad = await (await w.ActAsync(old, "replace", new { newCard = w.Single.Number(2), idNumber = w.PersonId, paymentMethod = "Cash" })).JsonAsync(HttpStatusCode.Conflict);
        await (await w.ActAsync(old, "report-bad")).JsonOkAsync();
        var noId = await (await w.ActAsync(old, "replace", new { newCard = w.Single.Number(2) })).JsonAsync(HttpStatusCode.BadRequest);
        var replaced = await (await w.ActAsync(old, "replace", new { newCard = w.Single.Number(2), idNumber = w.PersonId, paymentMethod = "Cash" })).JsonAsync(HttpStatusCode.Created);
        var purseEarly = await (await IssuingTestKit.PostKeyedAsync(w.Desk.Client, $"/api/card-service/replacements/{replaced.GetProperty("id").GetString()}/move-purse", new { }))
            .JsonAsync(HttpStatusCode.Conflict);
        var replaceAgain = await (await w.ActAsync(old, "replace", new { newCard = w.Single.Number(2), idNumber = w.PersonId, paymentMethod = "Cash" })).JsonAsync(HttpStatusCode.Conflict);
        var blocks = (await w.BlockListAsync(start)).GetProperty("changes").EnumerateArray().ToList();

        Assert.Equal("cardService.notReplaceable", notBad.Code());
        Assert.True(noId.HasFieldError("idNumber"));
        Assert.Equal("Bad", replaced.GetProperty("reason").GetString());
        Assert.Equal(220m, replaced.GetProperty("cardAccount").GetDecimal());
        Assert.Equal((0m, 80m, 0m), await w.MoneyAsync(old));
        Assert.Equal((220m, 0m, deposit), await w.MoneyAsync(w.Single.Number(2)));
        Assert.Equal("cardService.purseNotDue", purseEarly.Code());
        Assert.Equal("cardService.notReplaceable", replaceAgain.Code());
        var (oldCard, newCard) = (await w.CardAsync(old), await w.CardAsync(w.Single.Number(2)));
        Assert.Equal(CardStatus.Replaced, oldCard.Status);
        Assert.Equal(CardStatus.Issued, newCard.Status);
        Assert.Equal(oldCard.CustomerId, newCard.CustomerId);
        Assert.Equal("粤A12345", newCard.VehiclePlate);
        Assert.Equal(["Bad", "Replaced"], blocks.Where(b => b.GetProperty("number").GetString() == old).Select(b => b.GetProperty("status").GetString()));
        Assert.All(blocks, b => Assert.True(b.GetProperty("blocked").GetBoolean()));
        Assert.DoesNotContain(blocks, b => b.GetProperty("number").GetString() == w.Single.Number(2));
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task CardQuery_BalancesAndLines_KeysetPaged_AndCsv()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var card = w.Secondary.Number(1);
        for (var i = 1; i <= 3; i++)
        {
            await w.FundAsync(card, 10m * i);
        }

        var summary = await (await w.Desk.Client.GetAsync($"/api/card-service/cards/{card}")).JsonOkAsync();
        var first = await (await w.Desk.Client.GetAsync($"/api/card-service/cards/{card}/lines?limit=2")).JsonOkAsync();
        var second = await (await w.Desk.Client.GetAsync($"/api/card-service/cards/{card}/lines?limit=2&after={Uri.EscapeDataString(first.GetProperty("next").GetString()!)}")).JsonOkAsync();
        var badCursor = await (await w.Desk.Client.GetAsync($"/api/card-service/cards/{card}/lines?after=%25%25")).JsonAsync(HttpStatusCode.BadRequest);
        var csv = await w.Desk.Client.GetStringAsync($"/api/card-service/cards/{card}/lines.csv");
        var (_, _, stranger) = await App.OutletOperatorAsync();
        var hidden = await stranger.GetAsync($"/api/card-service/cards/{card}");

        Assert.Equal(60m, summary.GetProperty("balances").GetProperty("cardAccount").GetDecimal());
        Assert.Equal("Zhao Fleet", summary.GetProperty("customerName").GetString());
        Assert.Equal([30m, 20m], first.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("change").GetDecimal()));
        Assert.Contains(10m, second.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("change").GetDecimal()));
        Assert.Equal("paging.badCursor", badCursor.Code());
        var csvLines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time,account,change,entry,task,memo,reference,operator", csvLines[0]);
        Assert.Contains(csvLines, l => l.Contains(",Card,30.00,", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task CustomerByPresentedPrimaryCard_AndCardData_VersionedAndAudited()
    {
        var w = await CardServiceWorld.CreateAsync(App);

        var customer = await (await w.Desk.Client.GetAsync($"/api/card-service/customers/by-card/{w.Primary.Number(1)}")).JsonOkAsync();
        var notPrimary = await (await w.Desk.Client.GetAsync($"/api/card-service/customers/by-card/{w.Secondary.Number(1)}")).JsonAsync(HttpStatusCode.BadRequest);
        var card = await (await w.Desk.Client.GetAsync($"/api/card-service/cards/{w.Secondary.Number(2)}")).JsonOkAsync();
        var version = card.GetProperty("version").GetString();
        var saved = await (await w.Desk.Client.PutAsJsonAsync($"/api/card-service/cards/{w.Secondary.Number(2)}",
            new { holderName = "Wang Qiang", vehiclePlate = "粤B88888", notes = "night shift", version })).JsonOkAsync();
        var stale = await (await w.Desk.Client.PutAsJsonAsync($"/api/card-service/cards/{w.Secondary.Number(2)}",
            new { holderName = "Someone", vehiclePlate = "", notes = "", version })).JsonAsync(HttpStatusCode.Conflict);
        var tooLong = await (await w.Desk.Client.PutAsJsonAsync($"/api/card-service/cards/{w.Secondary.Number(2)}",
            new { holderName = new string('x', 51), version = saved.GetProperty("version").GetString() })).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal(w.Company, customer.GetProperty("code").GetString());
        Assert.Equal("cardService.notPrimary", notPrimary.Code());
        Assert.Equal("Wang Qiang", saved.GetProperty("holderName").GetString());
        Assert.NotEqual(version, saved.GetProperty("version").GetString());
        Assert.Equal(saved.GetProperty("version").GetString(), stale.GetProperty("version").GetString());
        Assert.True(tooLong.HasFieldError("holderName"));
        var stored = await w.CardAsync(w.Secondary.Number(2));
        Assert.Equal("Wang Qiang", stored.HolderName);
        Assert.Equal("粤B88888", stored.VehiclePlate);
        Assert.Equal("night shift", stored.Notes);
        Assert.Equal(saved.GetProperty("version").GetString(), stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Module == "CardService" && e.Action == "Card.UpdateData" && e.EntityId == w.Secondary.Number(2))));
    }

    [Fact]
    public async Task BlockList_BadParameters_Are400_AndHeadOfficeCannotServeACounter()
    {
        var w = await CardServiceWorld.CreateAsync(App);

        var negative = await (await w.Desk.Admin.GetAsync("/api/card-service/block-list?since=-1")).JsonAsync(HttpStatusCode.BadRequest);
        var huge = await (await w.Desk.Admin.GetAsync("/api/card-service/block-list?limit=10001")).JsonAsync(HttpStatusCode.BadRequest);
        var headOffice = await (await IssuingTestKit.PostKeyedAsync(w.Desk.Admin, $"/api/card-service/cards/{w.Single.Number(1)}/report-bad", new { }))
            .JsonAsync(HttpStatusCode.Conflict);

        Assert.True(negative.HasFieldError("since"));
        Assert.True(huge.HasFieldError("limit"));
        Assert.Equal("cardService.outletOnly", headOffice.Code());
    }
}

public sealed class CardServiceApiTests_Sqlite(SqliteDatabase db) : CardServiceApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardServiceApiTests_Postgres(PostgresDatabase db) : CardServiceApiTests(db), IClassFixture<PostgresDatabase>;
