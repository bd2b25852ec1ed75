using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cards.Models;
using Admin.Modules.Issuing.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Issuing;

/// <summary>The issuing rules that need more than one request: the secondary-card limit under parallel batches, the cash limit.</summary>
public abstract class IssuingRulesTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Secondaries_ParallelBatchesOfOneCustomer_OnlyTheLimitPassesWithoutReview()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        var secondary = await IssuingProduct.CreateAsync(desk.Admin, "Secondary");
        await desk.StockAsync(primary, 1);
        await desk.StockAsync(secondary, 4);
        await IssuingApiTests.SetLimitAsync(desk.Admin, 2);
        await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = IssuingTestKit.NewCustomer("Parallel Fleet"), multiUser = true, product = primary.Code, card = new { number = primary.Number(1) }, paymentMethod = "Cash",
        })).Created();
        using var other = await App.ApiClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        object Batch(int n) => new { primaryCard = primary.Number(1), product = secondary.Code, paymentMethod = "Cash", cards = new[] { new { number = secondary.Number(n) } } };

        // Each batch alone is within the limit of 2; together the customer would hold 4 without any review.
        var answers = await Task.WhenAll(
            desk.PostAsync("/api/cards/issue-secondary", Batch(1)), IssuingTestKit.PostKeyedAsync(other, "/api/cards/issue-secondary", Batch(2)),
            desk.PostAsync("/api/cards/issue-secondary", Batch(3)), IssuingTestKit.PostKeyedAsync(other, "/api/cards/issue-secondary", Batch(4)));

        var codes = answers.Select(a => (int)a.StatusCode).ToList();
        Assert.Equal(2, codes.Count(c => c == 201));
        Assert.All(codes.Where(c => c != 201), c => Assert.True(c is 428 or 409, string.Join(",", codes)));
        foreach (var asked in answers.Where(a => (int)a.StatusCode == 428))
        {
            var problem = await asked.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Issuing.SecondaryLimit", problem.GetProperty("reviewPoint").GetString());
            Assert.Contains("\"beyondLimit\":1", problem.GetProperty("summary").GetString());
        }

        Assert.Equal(2, await App.WithDbAsync(d => d.Set<Card>().CountAsync(c => c.Kind == CardKind.Secondary && c.Number.StartsWith(secondary.Prefix))));
        Assert.Equal(2, await App.WithDbAsync(d => d.Set<IssueRecord>().CountAsync(r => r.Kind == IssueKind.Secondary && r.OutletCode == desk.Outlet)));
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task RegisteredCards_CashFromTheIndividualLimit_Is422OnPaymentMethod_AndWritesNothing()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        var secondary = await IssuingProduct.CreateAsync(desk.Admin, "Secondary");
        await desk.StockAsync(single, 1);
        await desk.StockAsync(primary, 1);
        await desk.StockAsync(secondary, 1);
        await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = IssuingTestKit.NewCustomer("Cash Fleet"), multiUser = true, product = primary.Code, card = new { number = primary.Number(1) }, paymentMethod = "Cash",
        })).Created();
        object Issue(string method) => new
        {
            newCustomer = IssuingTestKit.NewCustomer(), product = single.Code, card = new { number = single.Number(1) }, fees = new { cardFee = 49_970m }, paymentMethod = method,
        };

        // 49,970 + deposit 30 + service fee: at least 50,000 at once, the individual cash limit of the test products.
        var issueCash = await desk.PostAsync("/api/cards/issue", Issue("Cash"));
        var issueTransfer = await desk.PostAsync("/api/cards/issue", Issue("Transfer"));
        var secondaryCash = await desk.PostAsync("/api/cards/issue-secondary", new
        {
            primaryCard = primary.Number(1), product = secondary.Code, paymentMethod = "Cash", fees = new { cardFee = 60_000m }, cards = new[] { new { number = secondary.Number(1) } },
        });

        foreach (var refused in new[] { issueCash, secondaryCash })
        {
            Assert.Equal((HttpStatusCode)422, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("issuing.cashRefused", problem.GetProperty("code").GetString());
            Assert.StartsWith("A purchase of ", problem.GetProperty("detail").GetString());
        }

        // The same purchase by bank transfer is not refused: it goes on to the review of its changed card fee.
        Assert.Equal((HttpStatusCode)428, issueTransfer.StatusCode);
        Assert.False(await App.WithDbAsync(d => d.Set<Card>().AnyAsync(c => c.Number == single.Number(1) || c.Number == secondary.Number(1))));
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<IssueRecord>().CountAsync(r => r.OutletCode == desk.Outlet)));
        Assert.Equal("Operator", await desk.Client.PlaceOfAsync(single, 1));
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }
}

public sealed class IssuingRulesTests_Sqlite(SqliteDatabase db) : IssuingRulesTests(db), IClassFixture<SqliteDatabase>;

public sealed class IssuingRulesTests_Postgres(PostgresDatabase db) : IssuingRulesTests(db), IClassFixture<PostgresDatabase>;
