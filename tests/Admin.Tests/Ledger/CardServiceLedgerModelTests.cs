using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cards.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.CardService;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Ledger;

/// <summary>
/// Model-based tests (CsCheck) of card replacement on the ledger: random sequences of money put on a single-user card, loads onto
/// its purse and replacements (bad card → a new card from the drawer, the purse settlement window set to 0 so the purse moves at
/// once), one after another (every answer and every card's card account, purse and deposit as the model says) and two
/// replacements of one card at once (exactly one wins, the money is on exactly one card). The ledger verifies after every sample.
/// </summary>
public abstract class CardServiceLedgerModelTests(DatabaseFixture db)
{
    private const int Stock = 6;

    private AdminAppFactory App => db.App;

    /// <summary>
    /// F: money onto the current card; L: load some of it onto the purse; R: report the current card bad and replace it; U: upgrade
    /// it (a single-user card is no upgrade's: refused, nothing moves).
    /// </summary>
    public sealed record Op(char Kind, int Fen)
    {
        public override string ToString() => $"{Kind}/{Fen}";
    }

    private static readonly Gen<Op> OpGen = Gen.OneOf(
        Gen.Int[1, 200_000].Select(fen => new Op('F', fen)),
        Gen.Int[1, 100_000].Select(fen => new Op('L', fen)),
        Gen.Const(new Op('R', 0)),
        Gen.Const(new Op('U', 0)));

    private sealed record World(IssuingDesk Desk, IssuingProduct Single, string IdNumber)
    {
        public static async Task<World> CreateAsync(AdminAppFactory app)
        {
            var desk = await IssuingDesk.CreateAsync(app);
            var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
            await desk.StockAsync(single, Stock);
            var id = CounterTestKit.NewResidentId();
            await (await desk.PostAsync("/api/cards/issue", new
            {
                newCustomer = new { type = "Individual", name = "Model Customer", idType = "ResidentId", idNumber = id, phone = "13800000003" },
                product = single.Code, card = new { number = single.Number(1) }, paymentMethod = "Cash",
            })).Created();
            return new World(desk, single, id);
        }

        public async Task<(long Card, long Purse, long Deposit)> MoneyAsync(AdminAppFactory app, int n)
        {
            var card = await app.WithDbAsync(d => d.Set<Card>().AsNoTracking().SingleAsync(c => c.Number == Single.Number(n)));
            return ((long)(await app.BalanceAsync(AccountRef.Card(card.Id, card.OutletId)) * 100), (long)(await app.BalanceAsync(AccountRef.Purse(card.Id, card.OutletId)) * 100),
                (long)(await app.BalanceAsync(AccountRef.Deposit(card.Id, card.OutletId)) * 100));
        }

        public async Task<bool> MoveAsync(AdminAppFactory app, int n, int fen, bool load)
        {
            var card = await app.WithDbAsync(d => d.Set<Card>().AsNoTracking().SingleAsync(c => c.Number == Single.Number(n)));
            var from = load ? AccountRef.Card(card.Id, card.OutletId) : AccountRef.OfOutlet(AccountKind.Suspense, card.OutletId);
            var to = load ? AccountRef.Purse(card.Id, card.OutletId) : AccountRef.Card(card.Id, card.OutletId);
            return (await app.PostAsync(LedgerKit.Move(from, to, fen / 100m, "Test.Move"))).Succeeded;
        }

        public async Task<HttpStatusCode> UpgradeAsync(int current) =>
            (await IssuingTestKit.PostKeyedAsync(Desk.Client, $"/api/card-service/cards/{Single.Number(current)}/upgrade",
                new { newCustomer = IssuingTestKit.NewCustomer("Model Upgrade"), product = Single.Code, paymentMethod = "Cash" })).StatusCode;

        public async Task<HttpStatusCode> ReplaceAsync(int current, int next)
        {
            await IssuingTestKit.PostKeyedAsync(Desk.Client, $"/api/card-service/cards/{Single.Number(current)}/report-bad", new { });
            return (await IssuingTestKit.PostKeyedAsync(Desk.Client, $"/api/card-service/cards/{Single.Number(current)}/replace",
                new { newCard = Single.Number(next), idNumber = IdNumber, paymentMethod = "Cash" })).StatusCode;
        }
    }

    private async Task NoSettlementWindowAsync(HttpClient admin)
    {
        var settings = await (await admin.GetAsync("/api/settings")).Content.ReadFromJsonAsync<JsonElement>();
        var setting = settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "CardService.PurseSettlementHours");
        if (setting.GetProperty("value").GetString() != "0")
        {
            var response = await admin.PutAsJsonAsync("/api/settings/CardService.PurseSettlementHours", new { value = "0", version = setting.GetProperty("version").GetString() });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task RandomSequences_WithReplacements_AnswerAsTheModelSays_AndKeepTheLedgerIntact()
    {
        var admin = await App.AdminApiClientAsync();
        await NoSettlementWindowAsync(admin);
        await OpGen.Array[1, 10].SampleAsync(async ops =>
        {
            var w = await World.CreateAsync(App);
            var current = 1;
            var (card, purse, deposit) = await w.MoneyAsync(App, 1);
            var emptied = new List<int>();
            foreach (var op in ops)
            {
                switch (op.Kind)
                {
                    case 'F':
                        Assert.True(await w.MoveAsync(App, current, op.Fen, load: false), op.ToString());
                        card += op.Fen;
                        break;
                    case 'L':
                        Assert.Equal(card >= op.Fen, await w.MoveAsync(App, current, op.Fen, load: true));
                        if (card >= op.Fen)
                        {
                            card -= op.Fen;
                            purse += op.Fen;
                        }

                        break;
                    case 'U':
                        Assert.Equal(HttpStatusCode.Conflict, await w.UpgradeAsync(current));
                        break;
                    default:
                        var answer = await w.ReplaceAsync(current, current < Stock ? current + 1 : 1);
                        if (current == Stock)
                        {
                            // The drawer is empty (the only other number is an issued card): the card stays bad, nothing moves.
                            Assert.Equal(HttpStatusCode.Conflict, answer);
                            continue;
                        }

                        Assert.True(answer == HttpStatusCode.Created, $"{op}: answered {answer}");
                        emptied.Add(current);
                        current++;
                        card += purse;
                        purse = 0;
                        break;
                }
            }

            Assert.Equal((card, purse, deposit), await w.MoneyAsync(App, current));
            foreach (var n in emptied)
            {
                Assert.Equal((0L, 0L, 0L), await w.MoneyAsync(App, n));
            }

            await App.AssertIntactAsync(admin);
        }, iter: 3, threads: 1);
    }

    [Fact]
    public async Task TwoReplacementsOfOneCardAtOnce_OneWins_TheMoneyIsOnOneCard()
    {
        var admin = await App.AdminApiClientAsync();
        await NoSettlementWindowAsync(admin);
        for (var round = 0; round < 3; round++)
        {
            var w = await World.CreateAsync(App);
            Assert.True(await w.MoveAsync(App, 1, 10_000, load: false));
            Assert.True(await w.MoveAsync(App, 1, 3_000, load: true));
            var (_, _, deposit) = await w.MoneyAsync(App, 1);
            await IssuingTestKit.PostKeyedAsync(w.Desk.Client, $"/api/card-service/cards/{w.Single.Number(1)}/report-bad", new { });

            var answers = await Task.WhenAll(
                Task.Run(() => IssuingTestKit.PostKeyedAsync(w.Desk.Client, $"/api/card-service/cards/{w.Single.Number(1)}/replace", new { newCard = w.Single.Number(2), idNumber = w.IdNumber, paymentMethod = "Cash" })),
                Task.Run(() => IssuingTestKit.PostKeyedAsync(w.Desk.Client, $"/api/card-service/cards/{w.Single.Number(1)}/replace", new { newCard = w.Single.Number(3), idNumber = w.IdNumber, paymentMethod = "Cash" })));

            Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
            Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
            var two = await App.WithDbAsync(d => d.Set<Card>().AnyAsync(c => c.Number == w.Single.Number(2)));
            var winner = two ? 2 : 3;
            Assert.False(await App.WithDbAsync(d => d.Set<Card>().AnyAsync(c => c.Number == w.Single.Number(two ? 3 : 2))));
            Assert.Equal((10_000L, 0L, deposit), await w.MoneyAsync(App, winner));
            Assert.Equal((0L, 0L, 0L), await w.MoneyAsync(App, 1));
            await App.AssertIntactAsync(admin);
        }
    }
}

public sealed class CardServiceLedgerModelTests_Sqlite(SqliteDatabase db) : CardServiceLedgerModelTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardServiceLedgerModelTests_Postgres(PostgresDatabase db) : CardServiceLedgerModelTests(db), IClassFixture<PostgresDatabase>;
