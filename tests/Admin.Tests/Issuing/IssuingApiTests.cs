using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cards.Models;
using Admin.Modules.Reviews.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Issuing;

/// <summary>The issuing tasks through the API on the real host: the card, fees, ledger entry, stock move and review together.</summary>
public abstract class IssuingApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Issue_SingleUserCardToANewCustomer_WritesCardFeesEntryStockAndAudit()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        await desk.StockAsync(single, 2);

        var body = await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = IssuingTestKit.NewCustomer(), product = single.Code, card = new { number = single.Number(1), holderName = "Wang Fang", vehiclePlate = "京A12345" },
            paymentMethod = "Cash", serviceInvoice = false,
        })).Created();

        Assert.Equal(60.00m, body.GetProperty("total").GetDecimal());
        Assert.Equal([single.Number(1)], body.GetProperty("cards").EnumerateArray().Select(c => c.GetString()));
        Assert.False(body.GetProperty("serviceInvoice").GetBoolean());
        var card = await App.WithDbAsync(d => d.Set<Card>().AsNoTracking().SingleAsync(c => c.Number == single.Number(1)));
        Assert.Equal(CardStatus.Issued, card.Status);
        Assert.Equal(CardKind.SingleUser, card.Kind);
        Assert.NotNull(card.CustomerId);
        Assert.Equal("Issued", await desk.Client.PlaceOfAsync(single, 1));
        var deposit = await (await desk.Admin.GetAsync($"/api/ledger/accounts?kind=Deposit&owner={card.Id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(30.00m, deposit.GetProperty("items")[0].GetProperty("balance").GetDecimal());
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<Admin.Kernel.Audit.AuditEvent>().CountAsync(e => e.Action == "Card.Issue" && e.EntityId == body.GetProperty("receipt").GetString())));
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task Issue_WaivedCardFee_Is428_ThenReviewed_ButAWaivedServiceFeeNeedsNone()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        await desk.StockAsync(single, 2);
        var customer = (await desk.Client.CreateCustomerAsync()).GetProperty("code").GetString();
        var other = (await desk.Client.CreateCustomerAsync("Li Lei")).GetProperty("code").GetString();
        object Request(string? who, int n, object fees, object? review = null) =>
            new { customer = who, product = single.Code, card = new { number = single.Number(n) }, paymentMethod = "Cash", fees, review };

        var waived = await desk.PostAsync("/api/cards/issue", Request(customer, 1, new { cardFee = 0m }));
        var problem = await waived.Content.ReadFromJsonAsync<JsonElement>();
        var reviewed = await desk.PostAsync("/api/cards/issue", Request(customer, 1, new { cardFee = 0m }, desk.Review));
        var serviceWaived = await desk.PostAsync("/api/cards/issue", Request(other, 2, new { serviceFee = 0m }));

        Assert.Equal((HttpStatusCode)428, waived.StatusCode);
        Assert.Equal("Issuing.FeeOverride", problem.GetProperty("reviewPoint").GetString());
        Assert.Equal(["collected 0.00, schedule 20.00: card cost fee"], problem.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        var body = await reviewed.Created();
        Assert.Equal(desk.Colleague, body.GetProperty("reviewer").GetString());
        Assert.Equal(40.00m, body.GetProperty("total").GetDecimal());
        Assert.Equal(50.00m, (await serviceWaived.Created()).GetProperty("total").GetDecimal());
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task Secondaries_BelowTheLimitNoReview_CardMPlus1AsksN_OneReviewCoversTheBatch()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        var secondary = await IssuingProduct.CreateAsync(desk.Admin, "Secondary");
        await desk.StockAsync(primary, 1);
        await desk.StockAsync(secondary, 8);
        await SetLimitAsync(desk.Admin, 2);
        var issued = await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = IssuingTestKit.NewCustomer("Zhang Wei Logistics"), multiUser = true, product = primary.Code, card = new { number = primary.Number(1) }, paymentMethod = "Cash",
        })).Created();
        var customer = issued.GetProperty("customer").GetString();
        object Batch(int from, int to, object? review = null, decimal? laterServiceFee = null) => new
        {
            primaryCard = primary.Number(1), product = secondary.Code, paymentMethod = "Cash", review,
            cards = Enumerable.Range(from, to - from + 1).Select(n => new { number = secondary.Number(n), holderName = $"Driver {n}", serviceFee = n == from ? null : laterServiceFee }).ToArray(),
        };

        var first = await desk.PostAsync("/api/cards/issue-secondary", Batch(1, 1));
        var fixedFee = await desk.PostAsync("/api/cards/issue-secondary", Batch(2, 3, laterServiceFee: 0m));
        var crossing = await desk.PostAsync("/api/cards/issue-secondary", Batch(2, 4));
        var crossingProblem = await crossing.Content.ReadFromJsonAsync<JsonElement>();
        var reviewed = await desk.PostAsync("/api/cards/issue-secondary", Batch(2, 4, desk.Review));
        var atLimit = await desk.PostAsync("/api/cards/issue-secondary", new { customer, product = secondary.Code, paymentMethod = "Cash", cards = new[] { new { number = secondary.Number(5) } } });
        var atLimitProblem = await atLimit.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fixedFee.StatusCode);
        Assert.Equal("issuing.serviceFeeFixed", await fixedFee.CodeAsync());
        Assert.Equal((HttpStatusCode)428, crossing.StatusCode);
        Assert.Equal("Issuing.SecondaryLimit", crossingProblem.GetProperty("reviewPoint").GetString());
        Assert.Equal(["the customer holds 1 secondary cards, the limit is 2: 2 more beyond it, from card 2 of this batch"],
            crossingProblem.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("\"beyondLimit\":2", crossingProblem.GetProperty("summary").GetString());
        var body = await reviewed.Created();
        Assert.Equal(3, body.GetProperty("cards").GetArrayLength());
        Assert.Equal(desk.Colleague, body.GetProperty("reviewer").GetString());
        Assert.Equal((HttpStatusCode)428, atLimit.StatusCode);
        Assert.Contains("\"beyondLimit\":1", atLimitProblem.GetProperty("summary").GetString());
        var held = await App.WithDbAsync(d => d.Set<Card>().AsNoTracking().Where(c => c.Kind == CardKind.Secondary && c.Number.StartsWith(secondary.Prefix)).ToListAsync());
        Assert.Equal(4, held.Count);
        Assert.All(held, c => Assert.NotNull(c.PrimaryCardId));
        Assert.Single(await App.WithDbAsync(d => d.Set<Authorisation>().AsNoTracking().Where(a => a.OutletCode == desk.Outlet).ToListAsync()));
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task SellAnonymous_FaceValuesOnTheCards_AndTheRulesRefuseWithoutWriting()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var anonymous = await IssuingProduct.CreateAsync(desk.Admin, "Anonymous");
        await desk.StockAsync(anonymous, 6);
        object Sale(string method, params (int N, decimal Face)[] cards) =>
            new { product = anonymous.Code, paymentMethod = method, cards = cards.Select(c => new { number = anonymous.Number(c.N), faceValue = c.Face }).ToArray() };
        var before = await App.TableCountsAsync();

        var aboveCap = await desk.PostAsync("/api/cards/sell-anonymous", Sale("Transfer", (1, 1500m)));
        var cash = await desk.PostAsync("/api/cards/sell-anonymous", Sale("Cash", (1, 1000m), (2, 500m)));
        var credit = await desk.PostAsync("/api/cards/sell-anonymous", Sale("CreditCard", (1, 100m)));
        var noName = await desk.PostAsync("/api/cards/sell-anonymous", Sale("Transfer", (1, 1000m), (2, 1000m)));
        var after = await App.TableCountsAsync();
        var sold = await (await desk.PostAsync("/api/cards/sell-anonymous", Sale("Cash", (3, 100m), (4, 500m)))).Created();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, aboveCap.StatusCode);
        Assert.Equal("issuing.faceValueAboveCap", await aboveCap.CodeAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, cash.StatusCode);
        Assert.Equal("issuing.cashRefused", await cash.CodeAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, credit.StatusCode);
        Assert.Equal("issuing.creditCardRefused", await credit.CodeAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("buyerName", (await noName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").ToString());
        Assert.Equal(before, after);
        Assert.Equal(600.00m, sold.GetProperty("total").GetDecimal());
        var cards = await App.WithDbAsync(d => d.Set<Card>().AsNoTracking().Where(c => c.Number == anonymous.Number(3) || c.Number == anonymous.Number(4)).ToListAsync());
        Assert.All(cards, c => Assert.Null(c.CustomerId));
        Assert.All(cards, c => Assert.NotNull(c.ExpiresAt));
        var account = await (await desk.Admin.GetAsync($"/api/ledger/accounts?kind=Card&owner={cards.Single(c => c.FaceValue == 500m).Id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(500.00m, account.GetProperty("items")[0].GetProperty("balance").GetDecimal());
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task Issue_CardNotInTheDrawer_OrFailingItsCheckDigit_IsRefused_AndWritesNothing()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        await desk.StockAsync(single, 3, leaveAtOutlet: 1);
        var customer = (await desk.Client.CreateCustomerAsync()).GetProperty("code").GetString();
        var good = single.Number(1);
        var badCheck = good[..^1] + (char)('0' + ((good[^1] - '0' + 1) % 10));
        object Request(string number) => new { customer, product = single.Code, card = new { number }, paymentMethod = "Cash" };
        var before = await App.TableCountsAsync();

        var notInDrawer = await desk.PostAsync("/api/cards/issue", Request(single.Number(3)));
        var checkDigit = await desk.PostAsync("/api/cards/issue", Request(badCheck));
        var after = await App.TableCountsAsync();

        Assert.Equal(HttpStatusCode.Conflict, notInDrawer.StatusCode);
        Assert.Equal("cardStock.notInPlace", await notInDrawer.CodeAsync());
        Assert.Equal(HttpStatusCode.BadRequest, checkDigit.StatusCode);
        Assert.Equal("cardNumber.checkDigit", await checkDigit.CodeAsync());
        Assert.Contains("card.number", (await checkDigit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").ToString());
        Assert.Equal(before, after);
        Assert.Equal("Outlet", await desk.Client.PlaceOfAsync(single, 3));
    }

    [Fact]
    public async Task Issue_TheSameCardInTwoParallelTasks_OneSucceeds_TheOtherIs409()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        await desk.StockAsync(single, 1);
        var first = (await desk.Client.CreateCustomerAsync()).GetProperty("code").GetString();
        var second = (await desk.Client.CreateCustomerAsync("Li Lei")).GetProperty("code").GetString();
        using var other = await App.ApiClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);

        var answers = await Task.WhenAll(
            desk.PostAsync("/api/cards/issue", new { customer = first, product = single.Code, card = new { number = single.Number(1) }, paymentMethod = "Cash" }),
            IssuingTestKit.PostKeyedAsync(other, "/api/cards/issue", new { customer = second, product = single.Code, card = new { number = single.Number(1) }, paymentMethod = "Cash" }));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).OrderBy(s => (int)s));
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<Card>().CountAsync(c => c.Number == single.Number(1))));
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    internal static async Task SetLimitAsync(HttpClient admin, int limit)
    {
        var settings = await (await admin.GetAsync("/api/settings")).Content.ReadFromJsonAsync<JsonElement>();
        var version = settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "Issuing.SecondaryCardLimit").GetProperty("version").GetString();
        var response = await admin.PutAsJsonAsync("/api/settings/Issuing.SecondaryCardLimit", new { value = limit.ToString(System.Globalization.CultureInfo.InvariantCulture), version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

internal static class IssuingPlaces
{
    public static Task<string?> PlaceOfAsync(this HttpClient client, IssuingProduct p, int n) => Admin.Tests.Cards.CardStockTestKit.PlaceAsync(client, p.AsTestProduct, n);
}

public sealed class IssuingApiTests_Sqlite(SqliteDatabase db) : IssuingApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class IssuingApiTests_Postgres(PostgresDatabase db) : IssuingApiTests(db), IClassFixture<PostgresDatabase>;
