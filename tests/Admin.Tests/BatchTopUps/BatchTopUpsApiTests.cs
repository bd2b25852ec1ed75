using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.BatchTopUps.Models;
using Admin.Modules.Cards.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.BatchTopUps;

/// <summary>The batch top-up list through the API: checks, the review, exactly once, the tamper check, the states.</summary>
public abstract class BatchTopUpsApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Submit_ThenColleagueReviews_ExecutesOnceFromCustomerToCards()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 3, money: 1000m);
        var list = await desk.SubmittedAsync([(0, 100m), (1, 250.50m), (2, 49.50m)]);
        var id = list.GetProperty("id").GetGuid();
        Assert.Equal("Submitted", list.GetProperty("status").GetString());
        Assert.Equal(400m, list.GetProperty("total").GetDecimal());
        Assert.Matches("^[0-9a-f]{64}$", list.GetProperty("contentHash").GetString());

        // First the review is asked for, naming the list and its hash; nothing moves.
        var ask = await BatchDesk.PostAsync(desk.MakerClient, $"/api/batch-topups/{id}/review", new { });
        Assert.Equal((HttpStatusCode)428, ask.StatusCode);
        Assert.Contains(list.GetProperty("contentHash").GetString()!, await ask.Content.ReadAsStringAsync());
        Assert.Equal(1000m, await desk.CustomerBalanceAsync());

        var reviewed = await desk.ReviewAsync(id);
        Assert.True(reviewed.StatusCode == HttpStatusCode.OK, await reviewed.Content.ReadAsStringAsync());
        var executed = await reviewed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Executed", executed.GetProperty("status").GetString());
        Assert.Equal(desk.Colleague, executed.GetProperty("reviewerLogin").GetString());
        Assert.Equal(600m, await desk.CustomerBalanceAsync());
        Assert.Equal(100m, await desk.CardBalanceAsync(0));
        Assert.Equal(250.50m, await desk.CardBalanceAsync(1));
        Assert.Equal(49.50m, await desk.CardBalanceAsync(2));

        // A second review (another key) finds it executed: 409 with the current state, nothing moves again.
        var again = await desk.ReviewAsync(id);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("\"currentStatus\":\"Executed\"", await again.Content.ReadAsStringAsync());
        Assert.Equal(600m, await desk.CustomerBalanceAsync());
        await App.AssertIntactAsync(desk.Admin);
    }

    [Fact]
    public async Task Submit_BadLines_400ForEveryLine_NothingSaved()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 4, money: 0m);
        await desk.AddCardsAsync(1, status: CardStatus.Lost);     // card 4: lost
        var neighbour = (await desk.MakerClient.CreateCustomerAsync("Neighbour")).GetProperty("id").GetGuid();
        await desk.AddCardsAsync(1, customerId: neighbour);       // card 5: another customer's, same outlet
        var stranger = await BatchDesk.CreateAsync(App, cards: 1, money: 0m); // another outlet's card: unknown here
        var before = await App.WithDbAsync(d => d.Set<BatchTopUpList>().CountAsync(l => l.CustomerId == desk.CustomerId));
        var response = await BatchDesk.PostAsync(desk.MakerClient, "/api/batch-topups", new
        {
            customer = desk.CustomerCode,
            lines = new object[]
            {
                new { card = desk.Cards[0].Number, amount = 10m },
                new { card = "5999999999999999", amount = 10m },          // unknown
                new { card = desk.Cards[5].Number, amount = 10m },        // another customer's
                new { card = desk.Cards[4].Number, amount = 10m },        // lost
                new { card = desk.Cards[1].Number, amount = 0m },         // bad amount
                new { card = desk.Cards[0].Number, amount = 5m },         // twice
                new { card = desk.Cards[2].Number, amount = 5000.01m },   // above the cap of 5,000
                new { card = desk.Cards[3].Number, amount = 1.234m },     // three decimals
                new { card = stranger.Cards[0].Number, amount = 1m },     // another outlet's: unknown
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var message in new[]
        {
            "Line 2: there is no card 5999999999999999.", $"Line 3: the card {desk.Cards[5].Number} is not the customer's.", $"Line 4: the card {desk.Cards[4].Number} is Lost, not in use.",
            "Line 5: the amount is more than zero, with at most two decimals.", $"Line 6: the card {desk.Cards[0].Number} is already on line 1.",
            $"Line 7: the card {desk.Cards[2].Number} would hold", "Line 8: the amount is more than zero", $"Line 9: there is no card {stranger.Cards[0].Number}.",
        })
        {
            Assert.Contains(message, body);
        }

        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        foreach (var field in new[] { "lines[1].card", "lines[2].card", "lines[3].card", "lines[4].amount", "lines[5].card", "lines[6].card", "lines[7].amount", "lines[8].card" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing in {errors}");
        }

        Assert.False(errors.TryGetProperty("lines[0].card", out _));
        Assert.Equal(before, await App.WithDbAsync(d => d.Set<BatchTopUpList>().CountAsync(l => l.CustomerId == desk.CustomerId)));
    }

    [Fact]
    public async Task Submit_Csv_HeaderSkipped_ErrorsNameTheLine()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 2, money: 0m);
        var bad = await BatchDesk.PostAsync(desk.MakerClient, "/api/batch-topups", new { customer = desk.CustomerCode, csv = $"card,amount\n{desk.Cards[0].Number},12.50\n{desk.Cards[1].Number};7\n" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("batchTopUp.csvColumns", await bad.Content.ReadAsStringAsync());

        var good = await BatchDesk.PostAsync(desk.MakerClient, "/api/batch-topups", new { customer = desk.CustomerCode, csv = $"card,amount\r\n{desk.Cards[0].Number},12.50\r\n{desk.Cards[1].Number},\"7\"\r\n" });
        var list = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(good.StatusCode == HttpStatusCode.Created, list.ToString());
        Assert.Equal(2, list.GetProperty("lines").GetInt32());
        Assert.Equal(19.50m, list.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Review_ByMakersCredentials_Refused_AndTheMakerSignedInAsColleague_Refused()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 1, money: 100m);
        var id = (await desk.SubmittedAsync([(0, 10m)])).GetProperty("id").GetGuid();

        // The maker types their own name: the gate refuses the checker as maker.
        var own = await desk.ReviewAsync(id, new { loginName = desk.Maker, password = CounterTestKit.Password });
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal("review.checkerIsMaker", await own.CodeAsync());

        // The colleague asks with the maker's credentials: the maker still cannot authorise their own list.
        var swapped = await desk.ReviewAsync(id, new { loginName = desk.Maker, password = CounterTestKit.Password }, desk.ColleagueClient);
        Assert.Equal(HttpStatusCode.Forbidden, swapped.StatusCode);
        Assert.Equal("review.checkerIsMaker", await swapped.CodeAsync());
        Assert.Equal(100m, await desk.CustomerBalanceAsync());
        Assert.Equal("Submitted", (await desk.GetAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Review_TwoInParallel_ExecuteExactlyOnce()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 5, money: 500m);
        var id = (await desk.SubmittedAsync(Enumerable.Range(0, 5).Select(i => (i, 20m)))).GetProperty("id").GetGuid();
        var third = await App.CreateOperatorAsync(desk.Outlet, CounterTestKit.Password, "Outlet operator");
        var thirdClient = await App.ApiClientAsync(desk.Outlet, third, CounterTestKit.Password);

        // Two counters press "review" at once, each with the colleague's authorisation.
        var results = await Task.WhenAll(desk.ReviewAsync(id), desk.ReviewAsync(id, null, thirdClient));
        var statuses = results.Select(r => r.StatusCode).OrderBy(s => s).ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        Assert.Equal(400m, await desk.CustomerBalanceAsync());
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(20m, await desk.CardBalanceAsync(i));
        }

        await App.AssertIntactAsync(desk.Admin);
    }

    [Fact]
    public async Task Review_CustomerCannotPay_409NothingExecuted_ListSaysWhy()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 2, money: 50m);
        var id = (await desk.SubmittedAsync([(0, 30m), (1, 30m)])).GetProperty("id").GetGuid();
        var response = await desk.ReviewAsync(id);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("ledger.insufficientFunds", await response.CodeAsync());
        Assert.Equal(50m, await desk.CustomerBalanceAsync());
        Assert.Equal(0m, await desk.CardBalanceAsync(0));
        var list = await desk.GetAsync(id);
        Assert.Equal("Submitted", list.GetProperty("status").GetString());
        Assert.Equal("ledger.insufficientFunds", list.GetProperty("refusalCode").GetString());

        // Money arrives: the same list is reviewed again and executes.
        await desk.FundAsync(10m);
        Assert.Equal(HttpStatusCode.OK, (await desk.ReviewAsync(id)).StatusCode);
        Assert.Equal(0m, await desk.CustomerBalanceAsync());
    }

    [Fact]
    public async Task Review_LinesChangedInTheDatabase_Refused()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 2, money: 1000m);
        var id = (await desk.SubmittedAsync([(0, 10m), (1, 20m)])).GetProperty("id").GetGuid();
        await App.WithDbAsync(d => d.Set<BatchTopUpLine>().Where(l => l.ListId == id && l.LineNo == 2).ExecuteUpdateAsync(s => s.SetProperty(l => l.Amount, 900m)));

        var response = await desk.ReviewAsync(id);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("batchTopUp.tampered", await response.CodeAsync());
        Assert.Equal(1000m, await desk.CustomerBalanceAsync());
        Assert.Equal("batchTopUp.tampered", (await desk.GetAsync(id)).GetProperty("refusalCode").GetString());
    }

    [Fact]
    public async Task Withdraw_ByMakerOnly_ThenReview409_ThenVoid()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 1, money: 100m);
        var id = (await desk.SubmittedAsync([(0, 10m)])).GetProperty("id").GetGuid();
        var byColleague = await desk.ColleagueClient.PostAsync($"/api/batch-topups/{id}/withdraw", null);
        Assert.Equal(HttpStatusCode.Conflict, byColleague.StatusCode);
        Assert.Equal("batchTopUp.withdrawByMaker", await byColleague.CodeAsync());

        var withdrawn = await desk.MakerClient.PostAsync($"/api/batch-topups/{id}/withdraw", null);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("Withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var review = await desk.ReviewAsync(id);
        Assert.Equal(HttpStatusCode.Conflict, review.StatusCode);
        Assert.Contains("\"currentStatus\":\"Withdrawn\"", await review.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await desk.MakerClient.PostAsync($"/api/batch-topups/{id}/void", null)).StatusCode);
        var again = await desk.MakerClient.PostAsync($"/api/batch-topups/{id}/void", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("\"currentStatus\":\"Voided\"", await again.Content.ReadAsStringAsync());
        Assert.Equal(100m, await desk.CustomerBalanceAsync());
    }

    [Fact]
    public async Task Submit_SameIdempotencyKeyTwice_OneList()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 1, money: 0m);
        var key = Guid.NewGuid().ToString("N");
        var first = await desk.SubmitAsync([(0, 10m)], key);
        var second = await desk.SubmitAsync([(0, 10m)], key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<BatchTopUpList>().CountAsync(l => l.CustomerId == desk.CustomerId)));
        using var bare = App.CreateClient(); // the test kit's clients add a key to every POST; a bare one sends none
        bare.DefaultRequestHeaders.Authorization = desk.MakerClient.DefaultRequestHeaders.Authorization;
        var noKey = await bare.PostAsJsonAsync("/api/batch-topups", new { customer = desk.CustomerCode, lines = new[] { new { card = desk.Cards[0].Number, amount = 1m } } });
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
    }

    [Fact]
    public async Task OtherOutlet_404_AndListPagesByStatus()
    {
        var desk = await BatchDesk.CreateAsync(App, cards: 3, money: 0m);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await desk.SubmittedAsync([(i, 1m)])).GetProperty("id").GetGuid());
        }

        await desk.MakerClient.PostAsync($"/api/batch-topups/{ids[0]}/void", null);
        var (_, _, stranger) = await App.OutletOperatorAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/batch-topups/{ids[1]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await BatchDesk.PostAsync(stranger, $"/api/batch-topups/{ids[1]}/review", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/batch-topups/{ids[1]}/void", null)).StatusCode);

        var page1 = await desk.MakerClient.GetFromJsonAsync<JsonElement>($"/api/batch-topups?customer={desk.CustomerCode}&status=Submitted&limit=1");
        Assert.Equal(1, page1.GetProperty("items").GetArrayLength());
        var next = page1.GetProperty("next").GetString();
        var page2 = await desk.MakerClient.GetFromJsonAsync<JsonElement>($"/api/batch-topups?customer={desk.CustomerCode}&status=Submitted&limit=1&after={Uri.EscapeDataString(next!)}");
        Assert.Equal(1, page2.GetProperty("items").GetArrayLength());
        Assert.NotEqual(page1.GetProperty("items")[0].GetProperty("id").GetGuid(), page2.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("next").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.MakerClient.GetAsync("/api/batch-topups?status=Nonsense")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.MakerClient.GetAsync("/api/batch-topups?after=%%%")).StatusCode);

        var lines = await desk.MakerClient.GetFromJsonAsync<JsonElement>($"/api/batch-topups/{ids[2]}/lines");
        Assert.Equal(desk.Cards[2].Number, lines.GetProperty("items")[0].GetProperty("card").GetString());
    }
}

public sealed class BatchTopUpsApiTests_Sqlite(SqliteDatabase db) : BatchTopUpsApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class BatchTopUpsApiTests_Postgres(PostgresDatabase db) : BatchTopUpsApiTests(db), IClassFixture<PostgresDatabase>;
