using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Stations.Models;
using Admin.Modules.Stations.Services;
using Admin.Tests.CardService;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Stations;

/// <summary>The stations' side through the real host: terminals, signed batches, the block list and card profile, un-grey, card transactions.</summary>
public abstract class StationsTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private async Task<(CardServiceWorld World, StationSimulator Station, HttpClient Gateway)> SetUpAsync()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var id = "T" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();
        var registered = await (await w.Desk.Admin.PostAsJsonAsync("/api/terminals", new { terminalId = id, stationCode = "S" + id[1..5], stationName = "Riverside 加油站", outlet = w.Desk.Outlet }))
            .JsonAsync(HttpStatusCode.Created);
        var (client, secret) = await App.RegisterClientAsync("System", "Stations.Gateway");
        var (status, tokens) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = client, ["client_secret"] = secret! });
        Assert.Equal(HttpStatusCode.OK, status);
        return (w, new StationSimulator(id, registered.GetProperty("key").GetString()!), App.Bearer(tokens.Str("access_token")));
    }

    private Task<int> RecordsAsync(string terminal) =>
        App.WithDbAsync(d => d.Set<StationRecord>().CountAsync(r => d.Set<Terminal>().Any(t => t.Id == r.TerminalId && t.TerminalId == terminal)));

    [Fact]
    public async Task Batches_PostInOrder_AcknowledgeDuplicatesOnce_ReportAndFillGaps_AndTheLedgerVerifies()
    {
        var (w, station, gateway) = await SetUpAsync();
        var card = w.Single.Number(1);
        await w.FundAsync(card, 200m, purse: 100m);

        var first = new List<BatchRecordInput?> { station.Purchase(card, 30m), station.Purchase(card, 20m, grey: true) };
        station.Skip();
        first.Add(station.Purchase(card, 10m));
        first.Add(station.Purchase("99999999999999", 5m));
        var b1 = station.Batch(first);
        var one = await (await station.SendAsync(gateway, b1)).JsonOkAsync();
        var again = await (await station.SendAsync(gateway, b1)).JsonOkAsync();
        var purseAfterOne = (await w.MoneyAsync(card)).Purse;

        // The late record 3 arrives with a duplicate of 4 and a new 6.
        var b2 = station.Batch([station.Purchase(card, 15m, sequence: 3), station.Purchase(card, 10m, sequence: 4), station.Purchase(card, 5m, sequence: 6)]);
        var two = await (await station.SendAsync(gateway, b2)).JsonOkAsync();
        var details = await (await w.Desk.Admin.GetAsync($"/api/terminals/{station.Terminal}")).JsonOkAsync();

        Assert.Equal((4, 2, 1, 1, false), (one.GetProperty("records").GetInt32(), one.GetProperty("posted").GetInt32(), one.GetProperty("grey").GetInt32(), one.GetProperty("exceptions").GetInt32(), one.GetProperty("replayed").GetBoolean()));
        Assert.Equal(3, one.GetProperty("gaps")[0].GetProperty("from").GetInt64());
        Assert.True(again.GetProperty("replayed").GetBoolean());
        Assert.Equal(60m, purseAfterOne);
        Assert.Equal((2, 1), (two.GetProperty("posted").GetInt32(), two.GetProperty("duplicates").GetInt32()));
        Assert.Equal(40m, (await w.MoneyAsync(card)).Purse);
        Assert.Equal(6, await RecordsAsync(station.Terminal));
        var gap = details.GetProperty("gaps").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.String, gap.GetProperty("filledAt").ValueKind);
        Assert.Equal(6, details.GetProperty("terminal").GetProperty("highestSequence").GetInt64());
        Assert.Equal("client:", (await App.WithDbAsync(d => d.Set<Admin.Kernel.Audit.AuditEvent>().Where(e => e.Action == "Batch.Receive" && e.EntityId!.StartsWith(station.Terminal))
            .Select(e => e.OperatorLogin).FirstAsync()))![..7]);
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task Batches_TamperedIncompleteInvalidOrReused_AreRefusedWhole_AndAClientWithoutTheScopeIsForbidden()
    {
        var (w, station, gateway) = await SetUpAsync();
        var card = w.Single.Number(1);
        await w.FundAsync(card, 100m, purse: 50m);

        var batch = station.Batch([station.Purchase(card, 10m), station.Purchase(card, 12m)]);
        var signature = station.Sign(batch);
        var tampered = batch with { Records = [batch.Records![0], batch.Records[1]! with { Amount = 1.20m }] };
        var changed = await (await StationSimulator.SendAsync(gateway, tampered, signature)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        var unsigned = await (await StationSimulator.SendAsync(gateway, batch, null)).JsonAsync(HttpStatusCode.BadRequest);
        var incompleteBatch = batch with { Count = 3 };
        var incomplete = await (await station.SendAsync(gateway, incompleteBatch)).JsonAsync(HttpStatusCode.BadRequest);
        var invalidBatch = batch with { BatchNo = "B-invalid", Records = [batch.Records[0]! with { Amount = null }, batch.Records[1]] };
        var invalid = await (await station.SendAsync(gateway, invalidBatch)).JsonAsync(HttpStatusCode.BadRequest);
        var storedBefore = await RecordsAsync(station.Terminal);
        await (await station.SendAsync(gateway, batch)).JsonOkAsync();
        var reused = await (await station.SendAsync(gateway, batch with { Records = [batch.Records[0]] , Count = 1 })).JsonAsync(HttpStatusCode.Conflict);

        var (other, secret) = await App.RegisterClientAsync("System", "Stations.View");
        var (_, tokens) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = other, ["client_secret"] = secret! });
        var forbidden = await station.SendAsync(App.Bearer(tokens.Str("access_token")), station.Batch([station.Purchase(card, 1m)]));

        Assert.Equal("stationBatch.signatureWrong", changed.Code());
        Assert.Equal("stationBatch.signatureMissing", unsigned.Code());
        Assert.Contains("stationBatch.incomplete", incomplete.GetRawText());
        Assert.True(invalid.HasFieldError("records[0].amount"), invalid.GetRawText());
        Assert.Equal(0, storedBefore);
        Assert.Equal("stationBatch.batchNoReused", reused.Code());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(28m, (await w.MoneyAsync(card)).Purse);
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task BlockList_ShowsALossReportAtTheNextUpdate_AndRecordsTheTerminalsVersion_AndTheProfileSaysBlocked()
    {
        var (w, station, gateway) = await SetUpAsync();
        var card = w.Single.Number(1);
        var start = await (await gateway.GetAsync($"/api/stations/blocklist?terminal={station.Terminal}&since=0")).JsonOkAsync();
        var version = start.GetProperty("version").GetInt64();
        var before = await (await gateway.GetAsync($"/api/stations/cards/{card}/profile")).JsonOkAsync();

        await (await w.ActAsync(card, "report-lost", new { idNumber = w.PersonId })).JsonOkAsync();
        var update = await (await gateway.GetAsync($"/api/stations/blocklist?terminal={station.Terminal}&since={version}")).JsonOkAsync();
        var after = await (await gateway.GetAsync($"/api/stations/cards/{card}/profile")).JsonOkAsync();
        var unknown = await (await gateway.GetAsync("/api/stations/blocklist?terminal=NOSUCH&since=0")).JsonAsync(HttpStatusCode.BadRequest);
        var missing = await (await gateway.GetAsync("/api/stations/cards/99999999999999/profile")).JsonAsync(HttpStatusCode.NotFound);
        var terminal = await (await w.Desk.Admin.GetAsync($"/api/terminals/{station.Terminal}")).JsonOkAsync();

        var change = update.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("number").GetString() == card);
        Assert.True(change.GetProperty("blocked").GetBoolean());
        Assert.Equal("Lost", change.GetProperty("status").GetString());
        Assert.True(update.GetProperty("version").GetInt64() > version);
        Assert.False(before.GetProperty("blocked").GetBoolean());
        Assert.True(after.GetProperty("blocked").GetBoolean());
        Assert.Equal("stationBatch.terminalUnknown", unknown.Code());
        Assert.Equal("unGrey.cardNotFound", missing.Code());
        Assert.Equal(version, terminal.GetProperty("terminal").GetProperty("blockListVersion").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, (await w.Desk.Client.GetAsync($"/api/stations/blocklist?terminal={station.Terminal}&since=0")).StatusCode);
    }

    [Fact]
    public async Task UnGrey_SettlesFromTheTerminalsRecordOnce_OrReleasesWithReviewAfterTheWindow()
    {
        var (w, station, gateway) = await SetUpAsync();
        var card = w.Single.Number(1);
        await w.FundAsync(card, 100m, purse: 80m);
        await (await station.SendAsync(gateway, station.Batch([station.Purchase(card, 25m, grey: true)]))).JsonOkAsync();
        var heldPurse = (await w.MoneyAsync(card)).Purse;

        var settled = await (await w.Desk.PostAsync("/api/stations/un-grey", new { card, terminalId = station.Terminal, sequence = 1 })).JsonOkAsync();
        var twice = await (await w.Desk.PostAsync("/api/stations/un-grey", new { card, terminalId = station.Terminal, sequence = 1 })).JsonAsync(HttpStatusCode.Conflict);
        var early = await (await w.Desk.PostAsync("/api/stations/un-grey", new { card, terminalId = station.Terminal, sequence = 77, greyAt = DateTime.UtcNow.AddHours(-1) })).JsonAsync(HttpStatusCode.Conflict);
        var greyAt = DateTime.UtcNow.AddHours(-100);
        var ask = await (await w.Desk.PostAsync("/api/stations/un-grey", new { card, terminalId = station.Terminal, sequence = 77, greyAt })).JsonAsync(HttpStatusCode.PreconditionRequired);
        var released = await (await w.Desk.PostAsync("/api/stations/un-grey", new { card, terminalId = station.Terminal, sequence = 77, greyAt, review = w.Desk.Review })).JsonOkAsync();
        var transactions = await (await w.Desk.Client.GetAsync($"/api/stations/cards/{card}/transactions")).JsonOkAsync();

        Assert.Equal(80m, heldPurse);
        Assert.True(settled.GetProperty("settled").GetBoolean());
        Assert.Equal(25m, settled.GetProperty("amount").GetDecimal());
        Assert.Equal("unGrey.alreadyDone", twice.Code());
        Assert.Equal("unGrey.windowOpen", early.Code());
        Assert.Equal("review.required", ask.Code());
        Assert.False(released.GetProperty("settled").GetBoolean());
        Assert.Equal(w.Desk.Colleague, released.GetProperty("reviewerLogin").GetString());
        Assert.Equal(55m, (await w.MoneyAsync(card)).Purse);
        var item = transactions.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("Settled", item.GetProperty("status").GetString());
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task Screens_ListTheTerminal_ShowTheKeyOnce_AndTheCardsTransactions()
    {
        var (w, station, gateway) = await SetUpAsync();
        var card = w.Single.Number(1);
        await w.FundAsync(card, 50m, purse: 50m);
        await (await station.SendAsync(gateway, station.Batch([station.Purchase(card, 12.5m)]))).JsonOkAsync();
        var admin = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var operatorScreens = await App.ScreenClientAsync(w.Desk.Outlet, w.Desk.Login, Admin.Tests.Counter.CounterTestKit.Password);

        var list = await admin.GetStringAsync($"/stations/terminals?q={station.Terminal}");
        var page = await admin.GetStringAsync($"/stations/terminals/{station.Terminal}");
        var transactions = await operatorScreens.GetStringAsync($"/stations/card-transactions?card={card}");
        var csv = await operatorScreens.GetStringAsync($"/stations/card-transactions.csv?card={card}");
        var unGrey = await operatorScreens.GetStringAsync($"/stations/un-grey?card={card}");

        Assert.Contains(station.Terminal, list);
        Assert.Contains("terminal-batches", page);
        Assert.Contains("12.50", transactions);
        Assert.Contains("12.50", csv);
        Assert.Contains("un-grey-form", unGrey);
    }
}

public sealed class StationsTests_Sqlite(SqliteDatabase db) : StationsTests(db), IClassFixture<SqliteDatabase>;

public sealed class StationsTests_Postgres(PostgresDatabase db) : StationsTests(db), IClassFixture<PostgresDatabase>;
