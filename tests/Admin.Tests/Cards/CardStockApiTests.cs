using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Cards.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;
using static Admin.Tests.Cards.CardStockTestKit;

namespace Admin.Tests.Cards;

/// <summary>The card stock through the real host, on both databases: the whole path, one place per number, refusals, races, scope.</summary>
public abstract class CardStockApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task WholePath_RegisterRequestShipReceiveTakeReturnExchangeScrap_KeepsEveryNumberInOnePlace()
    {
        var admin = await App.AdminApiClientAsync();
        var p = await TestProduct.CreateAsync(admin);
        var (outlet, _, op) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");

        var range = await admin.PostAsJsonAsync("/api/card-stock/ranges", new { product = p.Code, first = p.Number(1), last = p.Number(100) }).CreatedAsync();
        Assert.Equal(100, range.GetProperty("count").GetInt64());
        Assert.Equal("HeadOffice", await admin.PlaceAsync(p, 50));

        var request = await op.PostAsJsonAsync("/api/card-stock/requests", new { product = p.Code, quantity = 20, note = "月初备卡" }).CreatedAsync();
        var requestId = request.GetProperty("id").GetGuid();
        var shipped = await admin.PostAsJsonAsync($"/api/card-stock/requests/{requestId}/ship", new { numbers = Numbers(p, (1, 10), (15, 24)) }).CreatedAsync();
        Assert.Equal(20, shipped.GetProperty("count").GetInt64());
        Assert.Equal("Shipped", (await (await op.GetAsync($"/api/card-stock/requests/{requestId}")).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("InTransit", await admin.PlaceAsync(p, 15));
        Assert.Equal("HeadOffice", await admin.PlaceAsync(p, 12));

        await op.PostAsJsonAsync("/api/card-stock/receive", new { product = p.Code, numbers = Numbers(p, (1, 10), (15, 24)) }).CreatedAsync();
        Assert.Equal("Outlet", await op.PlaceAsync(p, 24));

        await op.PostAsJsonAsync("/api/card-stock/take", new { product = p.Code, numbers = Numbers(p, (1, 5)) }).CreatedAsync();
        Assert.Equal("Operator", await op.PlaceAsync(p, 3));
        await admin.AssertVerifiesAsync();

        await op.PostAsJsonAsync("/api/card-stock/return", new { product = p.Code, numbers = Numbers(p, (5, 5)), to = "Outlet" }).CreatedAsync();
        Assert.Equal("Outlet", await op.PlaceAsync(p, 5));
        await op.PostAsJsonAsync("/api/card-stock/return", new { product = p.Code, numbers = Numbers(p, (20, 24)), to = "HeadOffice" }).CreatedAsync();
        Assert.Equal("HeadOffice", await admin.PlaceAsync(p, 22));

        await op.PostAsJsonAsync("/api/card-stock/exchange", new { product = p.Code, defective = p.Number(1), replacement = p.Number(6) }).CreatedAsync();
        Assert.Equal("Outlet", await op.PlaceAsync(p, 1));
        Assert.Equal("Operator", await op.PlaceAsync(p, 6));

        var scrap = new { product = p.Code, numbers = Numbers(p, (1, 1)), note = "芯片损坏" };
        var first = await op.PostAsJsonAsync("/api/card-stock/scrap", scrap);
        Assert.Equal((HttpStatusCode)428, first.StatusCode);
        Assert.Equal("review.required", await first.CodeAsync());
        Assert.Equal("Outlet", await op.PlaceAsync(p, 1));
        var reviewed = await op.PostAsJsonAsync("/api/card-stock/scrap", new { scrap.product, scrap.numbers, scrap.note, review = new { loginName = colleague, password = CounterTestKit.Password } }).CreatedAsync();
        Assert.Equal(1, reviewed.GetProperty("count").GetInt64());
        Assert.Equal("Scrapped", await admin.PlaceAsync(p, 1));

        var overview = (await (await op.GetAsync("/api/card-stock/overview")).JsonAsync()).EnumerateArray()
            .Where(r => r.GetProperty("product").GetString() == p.Code)
            .ToDictionary(r => r.GetProperty("place").GetString()!, r => r.GetProperty("count").GetInt64());
        Assert.Equal(4, overview["Operator"]); // 2, 3, 4, 6
        Assert.Equal(10, overview["Outlet"]); // 5, 7-10, 15-19
        await admin.AssertVerifiesAsync();

        var actions = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.Module == "Cards" && e.After!.Contains(p.Code)).Select(e => e.Action).ToListAsync());
        foreach (var action in new[] { "Range.Register", "Request.Create", "Stock.Ship", "Stock.Receive", "Stock.Take", "Stock.Return", "Stock.Exchange", "Stock.Scrap" })
        {
            Assert.Contains(action, actions);
        }

        var movements = await (await op.GetAsync($"/api/card-stock/movements?product={p.Code}&number={p.Number(1)}")).JsonAsync();
        var kinds = movements.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Scrap", "Exchange", "Take", "Receive", "Ship"], kinds);
    }

    [Fact]
    public async Task OverlappingRange_Is409_AndRegistersNothing()
    {
        var admin = await App.AdminApiClientAsync();
        var p = await TestProduct.CreateAsync(admin);
        await admin.PostAsJsonAsync("/api/card-stock/ranges", new { product = p.Code, first = p.Number(1), last = p.Number(100) }).CreatedAsync();
        var before = await App.TableCountsAsync();

        var overlapping = await admin.PostAsJsonAsync("/api/card-stock/ranges", new { product = p.Code, first = p.Number(100), last = p.Number(150) });
        var inside = await admin.PostAsJsonAsync("/api/card-stock/ranges", new { product = p.Code, first = p.Number(40), last = p.Number(41) });

        await OperatorsTestKit.AssertProblemAsync(overlapping, HttpStatusCode.Conflict, "cardStock.rangeOverlaps");
        await OperatorsTestKit.AssertProblemAsync(inside, HttpStatusCode.Conflict, "cardStock.rangeOverlaps");
        Assert.Equal(before, await App.TableCountsAsync());
        await admin.PostAsJsonAsync("/api/card-stock/ranges", new { product = p.Code, first = p.Number(101), last = p.Number(150) }).CreatedAsync();
    }

    [Fact]
    public async Task OverlappingRangesRegisteredInParallel_OnlyOneIsRegistered()
    {
        var admin = await App.AdminApiClientAsync();
        var p = await TestProduct.CreateAsync(admin);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            admin.PostAsJsonAsync("/api/card-stock/ranges", new { product = p.Code, first = p.Number(1 + (i * 10)), last = p.Number(100 + (i * 10)) })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        await admin.AssertVerifiesAsync();
    }

    [Fact]
    public async Task MovingACardNotInTheSourcePlace_IsASpecificError_AndWritesNothing()
    {
        var admin = await App.AdminApiClientAsync();
        var p = await TestProduct.CreateAsync(admin);
        var (_, _, op) = await App.OutletOperatorAsync();
        await StockOutletAsync(admin, op, p, 10);
        await admin.PostAsJsonAsync("/api/card-stock/ranges", new { product = p.Code, first = p.Number(11), last = p.Number(20) }).CreatedAsync();
        var before = await App.TableCountsAsync();

        var atHeadOffice = await op.PostAsJsonAsync("/api/card-stock/take", new { product = p.Code, numbers = Numbers(p, (8, 12)) });
        var unregistered = await op.PostAsJsonAsync("/api/card-stock/take", new { product = p.Code, numbers = Numbers(p, (500, 500)) });
        var notInDrawer = await op.PostAsJsonAsync("/api/card-stock/return", new { product = p.Code, numbers = Numbers(p, (2, 2)), to = "Outlet" });
        var badDigit = p.Number(3)[..15] + (char)('0' + ((p.Number(3)[15] - '0' + 1) % 10));
        var mistyped = await op.PostAsJsonAsync("/api/card-stock/take", new { product = p.Code, numbers = new[] { new { first = badDigit } } });

        await OperatorsTestKit.AssertProblemAsync(atHeadOffice, HttpStatusCode.Conflict, "cardStock.notInPlace");
        Assert.Contains(p.Number(11), (await atHeadOffice.JsonAsync()).GetProperty("detail").GetString());
        await OperatorsTestKit.AssertProblemAsync(unregistered, HttpStatusCode.BadRequest, "cardStock.notRegistered");
        await OperatorsTestKit.AssertProblemAsync(notInDrawer, HttpStatusCode.Conflict, "cardStock.notInPlace");
        await OperatorsTestKit.AssertProblemAsync(mistyped, HttpStatusCode.BadRequest, "cardNumber.checkDigit");
        Assert.True((await mistyped.JsonAsync()).GetProperty("errors").TryGetProperty("numbers[0].first", out _));
        Assert.Equal(before, await App.TableCountsAsync());
        Assert.Equal("Outlet", await op.PlaceAsync(p, 8));
    }

    [Fact]
    public async Task TheSameCardTakenInParallel_ExactlyOneSucceeds()
    {
        var admin = await App.AdminApiClientAsync();
        var p = await TestProduct.CreateAsync(admin);
        var (outlet, _, op) = await App.OutletOperatorAsync();
        await StockOutletAsync(admin, op, p, 30);
        var clients = new List<HttpClient> { op };
        for (var i = 0; i < 5; i++)
        {
            var login = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
            clients.Add(await App.ApiClientAsync(outlet, login, CounterTestKit.Password));
        }

        for (var round = 1; round <= 3; round++)
        {
            var card = round * 7;
            var answers = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync("/api/card-stock/take", new { product = p.Code, numbers = Numbers(p, (card, card)) })));

            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
            Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
            Assert.Equal("Operator", await op.PlaceAsync(p, card));
        }

        var taken = await App.WithDbAsync(async d =>
        {
            var id = await d.Set<CardProduct>().Where(x => x.Code == p.Code).Select(x => x.Id).SingleAsync();
            return await d.Set<StockMovement>().CountAsync(m => m.ProductId == id && m.Kind == MovementKind.Take);
        });
        Assert.Equal(3, taken);
        await admin.AssertVerifiesAsync();
    }

    [Fact]
    public async Task OtherOutlets_See404_AndOutletStaff_CannotDoHeadOfficeWork()
    {
        var admin = await App.AdminApiClientAsync();
        var p = await TestProduct.CreateAsync(admin);
        var (outletA, _, a) = await App.OutletOperatorAsync();
        var (_, _, b) = await App.OutletOperatorAsync();
        await StockOutletAsync(admin, a, p, 5);
        var request = await a.PostAsJsonAsync("/api/card-stock/requests", new { product = p.Code, quantity = 3 }).CreatedAsync();
        var id = request.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/api/card-stock/requests/{id}")).StatusCode);
        await OperatorsTestKit.AssertProblemAsync(await b.GetAsync($"/api/card-stock/requests/{id}"), HttpStatusCode.NotFound, "cardStock.requestNotFound");
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/card-stock/overview?outlet={outletA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/card-stock/numbers/{p.Code}/{p.Number(2)}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await (await b.GetAsync("/api/card-stock/requests")).Content.ReadAsStringAsync());
        Assert.Empty((await (await b.GetAsync($"/api/card-stock/movements?product={p.Code}")).JsonAsync()).GetProperty("items").EnumerateArray());

        // B cannot take A's cards: they are not in B's stock.
        await OperatorsTestKit.AssertProblemAsync(await b.PostAsJsonAsync("/api/card-stock/take", new { product = p.Code, numbers = Numbers(p, (2, 2)) }),
            HttpStatusCode.Conflict, "cardStock.notInPlace");
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsJsonAsync("/api/card-stock/ranges", new { product = p.Code, first = p.Number(900), last = p.Number(901) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsJsonAsync($"/api/card-stock/requests/{id}/ship", new { numbers = Numbers(p, (1, 1)) })).StatusCode);
        await OperatorsTestKit.AssertProblemAsync(await admin.PostAsJsonAsync("/api/card-stock/take", new { product = p.Code, numbers = Numbers(p, (1, 1)) }),
            HttpStatusCode.Conflict, "cardStock.outletStaffOnly");
    }

    [Fact]
    public async Task ShippingMoreThanRequested_Is400_AndAFilledRequest_Is409()
    {
        var admin = await App.AdminApiClientAsync();
        var p = await TestProduct.CreateAsync(admin);
        var (_, _, op) = await App.OutletOperatorAsync();
        await admin.PostAsJsonAsync("/api/card-stock/ranges", new { product = p.Code, first = p.Number(1), last = p.Number(50) }).CreatedAsync();
        var id = (await op.PostAsJsonAsync("/api/card-stock/requests", new { product = p.Code, quantity = 5 }).CreatedAsync()).GetProperty("id").GetGuid();

        await OperatorsTestKit.AssertProblemAsync(await admin.PostAsJsonAsync($"/api/card-stock/requests/{id}/ship", new { numbers = Numbers(p, (1, 6)) }),
            HttpStatusCode.BadRequest, "cardStock.shipsMoreThanRequested");
        await admin.PostAsJsonAsync($"/api/card-stock/requests/{id}/ship", new { numbers = Numbers(p, (1, 3)) }).CreatedAsync();
        await admin.PostAsJsonAsync($"/api/card-stock/requests/{id}/ship", new { numbers = Numbers(p, (4, 5)) }).CreatedAsync();
        await OperatorsTestKit.AssertProblemAsync(await admin.PostAsJsonAsync($"/api/card-stock/requests/{id}/ship", new { numbers = Numbers(p, (6, 6)) }),
            HttpStatusCode.Conflict, "cardStock.requestNotOpen");
        await OperatorsTestKit.AssertProblemAsync(await op.PostAsJsonAsync("/api/card-stock/requests", new { product = p.Code, quantity = 0 }),
            HttpStatusCode.BadRequest, "cardStock.quantityInvalid");
    }
}

public sealed class CardStockApiTests_Sqlite(SqliteDatabase db) : CardStockApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardStockApiTests_Postgres(PostgresDatabase db) : CardStockApiTests(db), IClassFixture<PostgresDatabase>;
