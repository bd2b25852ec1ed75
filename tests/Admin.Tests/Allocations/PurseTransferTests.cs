using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Allocations.Models;
using Admin.Modules.Allocations.Services;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Allocations;

/// <summary>Load and unload, two-phase, through the API: the money is always in exactly one of source, transit, destination.</summary>
public abstract class PurseTransferTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static async Task<AllocationWorld> CardWithMoneyAsync(AdminAppFactory app, decimal onCard = 300m)
    {
        var w = await AllocationWorld.CreateAsync(app, secondaries: 1);
        await w.AllocateAsync((1, onCard));
        return w;
    }

    [Fact]
    public async Task Load_StartHoldsTheMoneyInTransit_CompleteMovesItToThePurse_SecondCompleteAndVoidAre409()
    {
        var w = await CardWithMoneyAsync(App);

        var started = await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 120m })).Created();
        var id = started.GetProperty("id").GetString();
        var held = await w.CardAsync(App, w.Card(1));
        var completed = await (await w.Desk.Client.ActAsync($"/api/loads/{id}/complete")).JsonAsync(HttpStatusCode.OK);
        var again = await (await w.Desk.Client.ActAsync($"/api/loads/{id}/complete")).JsonAsync(HttpStatusCode.Conflict);
        var voided = await (await w.Desk.Client.ActAsync($"/api/loads/{id}/void")).JsonAsync(HttpStatusCode.Conflict);
        var asUnload = await w.Desk.Client.ActAsync($"/api/unloads/{id}/complete");

        Assert.Equal("Pending", started.GetProperty("status").GetString());
        Assert.Equal((180m, 0m, 120m), held);
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        Assert.Equal(120m, completed.GetProperty("balances").GetProperty("purse").GetDecimal());
        Assert.Equal((180m, 120m, 0m), await w.CardAsync(App, w.Card(1)));
        Assert.Equal("allocations.transferSettled", again.GetProperty("code").GetString());
        Assert.Equal("Completed", again.GetProperty("status").GetString());
        Assert.Equal("Completed", voided.GetProperty("transfer").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, asUnload.StatusCode);
        var actions = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.EntityId == id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Load.Complete", "Load.Start"], actions.Order());
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task Unload_VoidedOnTheReadersWord_PutsTheMoneyBackInThePurse_ThenCompleted()
    {
        var w = await CardWithMoneyAsync(App);
        var load = await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 200m })).Created();
        await (await w.Desk.Client.ActAsync($"/api/loads/{load.GetProperty("id").GetString()}/complete")).JsonAsync(HttpStatusCode.OK);

        var first = await (await w.Desk.PostAsync("/api/unloads", new { card = w.Card(1), amount = 50m })).Created();
        var inTransit = await w.CardAsync(App, w.Card(1));
        var voided = await (await w.Desk.Client.ActAsync($"/api/unloads/{first.GetProperty("id").GetString()}/void")).JsonAsync(HttpStatusCode.OK);
        var afterVoid = await w.CardAsync(App, w.Card(1));
        var second = await (await w.Desk.PostAsync("/api/unloads", new { card = w.Card(1), amount = 50m })).Created();
        await (await w.Desk.Client.ActAsync($"/api/unloads/{second.GetProperty("id").GetString()}/complete")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((100m, 150m, 50m), inTransit);
        Assert.Equal("Voided", voided.GetProperty("status").GetString());
        Assert.Equal("Reader", voided.GetProperty("voidReason").GetString());
        Assert.Equal((100m, 200m, 0m), afterVoid);
        Assert.Equal((150m, 150m, 0m), await w.CardAsync(App, w.Card(1)));
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task Start_MoreThanTheCardHolds_Is409_ASecondWhilePending_Is409_BadInput_Is400()
    {
        var w = await CardWithMoneyAsync(App, 100m);

        var tooMuch = await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 100.01m });
        var emptyPurse = await w.Desk.PostAsync("/api/unloads", new { card = w.Card(1), amount = 1m });
        await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 10m })).Created();
        var second = await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 10m });
        var bad = await (await w.Desk.PostAsync("/api/loads", new { card = "", amount = -1m })).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal("ledger.insufficientFunds", await tooMuch.CodeAsync());
        Assert.Equal("ledger.insufficientFunds", await emptyPurse.CodeAsync());
        Assert.Equal("allocations.transferPending", await second.CodeAsync());
        Assert.True(bad.GetProperty("errors").TryGetProperty("card", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("amount", out _));
        Assert.Equal((90m, 0m, 10m), await w.CardAsync(App, w.Card(1)));
    }

    [Fact]
    public async Task ParallelCompletesAndVoids_ExactlyOneWins_TheMoneyIsOnOneSide()
    {
        var w = await CardWithMoneyAsync(App, 500m);
        using var colleague = await App.ApiClientAsync(w.Desk.Outlet, w.Desk.Colleague, CounterTestKit.Password);
        for (var round = 0; round < 4; round++)
        {
            var id = (await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 10m })).Created()).GetProperty("id").GetString();

            var answers = await Task.WhenAll(
                w.Desk.Client.ActAsync($"/api/loads/{id}/complete"), colleague.ActAsync($"/api/loads/{id}/void"),
                colleague.ActAsync($"/api/loads/{id}/complete"), w.Desk.Client.ActAsync($"/api/loads/{id}/void"));

            Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
            Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
            var transfer = await App.WithDbAsync(d => d.Set<PurseTransfer>().AsNoTracking().SingleAsync(t => t.Id == Guid.Parse(id!)));
            Assert.NotNull(transfer.SettleEntryId);
            Assert.Equal(0m, (await w.CardAsync(App, w.Card(1))).InTransit);
        }

        var (card, purse, _) = await w.CardAsync(App, w.Card(1));
        Assert.Equal(500m, card + purse);
        var completed = await App.WithDbAsync(d => d.Set<PurseTransfer>().Where(t => t.CardNumber == w.Card(1) && t.Status == PurseTransferStatus.Completed).SumAsync(t => t.Amount));
        Assert.Equal(completed, purse);
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task Timeout_ALateCompleteIsRefusedAndVoids_TheLazyReadVoids_TheSweepVoidsTheRest()
    {
        var w = await CardWithMoneyAsync(App, 300m);
        async Task<string> StartExpiredAsync(string path)
        {
            var id = (await (await w.Desk.PostAsync($"/api/{path}", new { card = w.Card(1), amount = 10m })).Created()).GetProperty("id").GetString()!;
            await App.WithDbAsync(d => d.Set<PurseTransfer>().Where(t => t.Id == Guid.Parse(id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));
            return id;
        }

        var late = await StartExpiredAsync("loads");
        var lateAnswer = await (await w.Desk.Client.ActAsync($"/api/loads/{late}/complete")).JsonAsync(HttpStatusCode.Conflict);
        var read = await StartExpiredAsync("loads");
        var readAnswer = await w.Desk.Client.GetFromJsonAsync<JsonElement>($"/api/loads/{read}");
        var swept = await StartExpiredAsync("loads");
        var voidedBySweep = await App.WithScopeAsync(sp => sp.GetRequiredService<PurseTransferSweep>().VoidExpiredAsync());
        var sweptAgain = await App.WithScopeAsync(sp => sp.GetRequiredService<PurseTransferSweep>().VoidExpiredAsync());
        var replaced = await StartExpiredAsync("loads");
        var next = await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 20m })).Created();

        Assert.Equal("allocations.transferTimedOut", lateAnswer.GetProperty("code").GetString());
        Assert.Equal("Voided", lateAnswer.GetProperty("status").GetString());
        Assert.Equal("Timeout", readAnswer.GetProperty("voidReason").GetString());
        Assert.InRange(voidedBySweep, 0, 1); // 0 only when the recurring sweep job (PurseSweepJobTests) fired in between and voided it first
        Assert.Equal(0, sweptAgain);
        var statuses = await App.WithDbAsync(d => d.Set<PurseTransfer>().Where(t => t.CardNumber == w.Card(1)).ToDictionaryAsync(t => t.Id.ToString(), t => t.Status));
        Assert.All([late, read, swept, replaced], id => Assert.Equal(PurseTransferStatus.Voided, statuses[id]));
        Assert.Equal(PurseTransferStatus.Pending, statuses[next.GetProperty("id").GetString()!]);
        Assert.Equal((280m, 0m, 20m), await w.CardAsync(App, w.Card(1)));
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task OtherOutlet_CannotSeeCompleteOrVoid_ItsTransfers_NorStartOnItsCards()
    {
        var w = await CardWithMoneyAsync(App);
        var id = (await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 10m })).Created()).GetProperty("id").GetString();
        var (_, _, stranger) = await App.OutletOperatorAsync();

        var read = await stranger.GetAsync($"/api/loads/{id}");
        var complete = await stranger.ActAsync($"/api/loads/{id}/complete");
        var voided = await stranger.ActAsync($"/api/loads/{id}/void");
        var start = await IssuingTestKit.PostKeyedAsync(stranger, "/api/unloads", new { card = w.Card(1), amount = 1m });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, complete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, voided.StatusCode);
        Assert.Equal("allocations.cardNotFound", await start.CodeAsync());
        Assert.Equal((290m, 0m, 10m), await w.CardAsync(App, w.Card(1)));
    }

    [Fact]
    public async Task Complete_SameKeyTwice_AnswersTheSame_AndMovesOnce()
    {
        var w = await CardWithMoneyAsync(App);
        var id = (await (await w.Desk.PostAsync("/api/loads", new { card = w.Card(1), amount = 40m })).Created()).GetProperty("id").GetString();
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/loads/{id}/complete") { Content = JsonContent.Create(new { }) };
            request.Headers.Add("Idempotency-Key", "complete-" + id);
            return await w.Desk.Client.SendAsync(request);
        }

        var first = await Send();
        var second = await Send();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((260m, 40m, 0m), await w.CardAsync(App, w.Card(1)));
    }
}

public sealed class PurseTransferTests_Sqlite(SqliteDatabase db) : PurseTransferTests(db), IClassFixture<SqliteDatabase>;

public sealed class PurseTransferTests_Postgres(PostgresDatabase db) : PurseTransferTests(db), IClassFixture<PostgresDatabase>;
