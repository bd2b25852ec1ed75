using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Allocations.Models;
using Admin.Tests.Allocations;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Ledger;

/// <summary>
/// Model-based tests (CsCheck) of pre-allocation and load/unload on the ledger, through the API: random sequences of
/// customer-account credits, pre-allocations to one of three secondary cards, load and unload starts, completes and voids,
/// one after another (each answer as the model says, every balance as the model says) and in parallel (money conserved,
/// the purse exactly the completed loads less unloads, in transit exactly what is pending). After every sample the ledger
/// verifies (cached = lines, nothing below zero) and the trial balance nets to zero.
/// </summary>
public abstract class AllocationsLedgerModelTests(DatabaseFixture db)
{
    private const long CapFen = 500_000;

    private AdminAppFactory App => db.App;

    /// <summary>F: credit the customer; A: pre-allocate to card; L/U: start a load/unload; C/V: complete/void the card's latest transfer.</summary>
    public sealed record Op(char Kind, int Card, int Fen)
    {
        public override string ToString() => $"{Kind}{Card}/{Fen}";
    }

    private static readonly Gen<Op> OpGen = Gen.OneOf(
        Gen.Int[1, 300_000].Select(fen => new Op('F', 0, fen)),
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 300_000], (c, fen) => new Op('A', c, fen)),
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 100_000], (c, fen) => new Op('L', c, fen)),
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 100_000], (c, fen) => new Op('U', c, fen)),
        Gen.Int[1, 3].Select(c => new Op('C', c, 0)),
        Gen.Int[1, 3].Select(c => new Op('V', c, 0)));

    private sealed class Runner(AllocationWorld w)
    {
        public AllocationWorld World => w;
        public Dictionary<int, (string Path, string Id)> Latest { get; } = [];

        public async Task<HttpStatusCode> RunAsync(AdminAppFactory app, Op op)
        {
            switch (op.Kind)
            {
                case 'F':
                    await w.FundAsync(app, op.Fen / 100m);
                    return HttpStatusCode.OK;
                case 'A':
                    return (await w.Desk.PostAsync("/api/allocations", new { customer = w.Customer, cards = new[] { new { card = w.Card(op.Card), amount = op.Fen / 100m } } })).StatusCode;
                case 'L' or 'U':
                    var path = op.Kind == 'L' ? "loads" : "unloads";
                    var started = await w.Desk.PostAsync($"/api/{path}", new { card = w.Card(op.Card), amount = op.Fen / 100m });
                    if (started.StatusCode == HttpStatusCode.Created)
                    {
                        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                        lock (Latest)
                        {
                            Latest[op.Card] = (path, id);
                        }
                    }

                    return started.StatusCode;
                default:
                    (string Path, string Id) latest;
                    lock (Latest)
                    {
                        if (!Latest.TryGetValue(op.Card, out latest))
                        {
                            return HttpStatusCode.NoContent;
                        }
                    }

                    return (await w.Desk.Client.ActAsync($"/api/{latest.Path}/{latest.Id}/{(op.Kind == 'C' ? "complete" : "void")}")).StatusCode;
            }
        }
    }

    private sealed class CardModel
    {
        public long Card, Purse, Transit;
        public char? Pending;
        public bool HasLatest;
        public long Held => Card + Purse + Transit;
    }

    [Fact]
    public async Task RandomSequences_OneAfterAnother_AnswerAsTheModelSays_AndKeepTheLedgerIntact()
    {
        var admin = await App.AdminApiClientAsync();
        await OpGen.Array[1, 16].SampleAsync(async ops =>
        {
            var runner = new Runner(await AllocationWorld.CreateAsync(App, secondaries: 3, funds: 0));
            long customer = 0;
            var cards = Enumerable.Range(1, 3).ToDictionary(n => n, _ => new CardModel());
            foreach (var op in ops)
            {
                var answer = await runner.RunAsync(App, op);
                var c = op.Card == 0 ? null : cards[op.Card];
                HttpStatusCode expected;
                switch (op.Kind)
                {
                    case 'F':
                        customer += op.Fen;
                        expected = HttpStatusCode.OK;
                        break;
                    case 'A':
                        expected = c!.Held + op.Fen > CapFen ? HttpStatusCode.UnprocessableEntity : customer < op.Fen ? HttpStatusCode.Conflict : HttpStatusCode.Created;
                        if (expected == HttpStatusCode.Created)
                        {
                            customer -= op.Fen;
                            c.Card += op.Fen;
                        }

                        break;
                    case 'L' or 'U':
                        var source = op.Kind == 'L' ? c!.Card : c!.Purse;
                        expected = c.Pending is not null || source < op.Fen ? HttpStatusCode.Conflict : HttpStatusCode.Created;
                        if (expected == HttpStatusCode.Created)
                        {
                            if (op.Kind == 'L') { c.Card -= op.Fen; } else { c.Purse -= op.Fen; }
                            c.Transit = op.Fen;
                            c.Pending = op.Kind;
                            c.HasLatest = true;
                        }

                        break;
                    default:
                        expected = !c!.HasLatest ? HttpStatusCode.NoContent : c.Pending is null ? HttpStatusCode.Conflict : HttpStatusCode.OK;
                        if (expected == HttpStatusCode.OK)
                        {
                            var toPurse = (c.Pending == 'L') == (op.Kind == 'C');
                            if (toPurse) { c.Purse += c.Transit; } else { c.Card += c.Transit; }
                            c.Transit = 0;
                            c.Pending = null;
                        }

                        break;
                }

                Assert.True(expected == answer, $"{op}: expected {expected}, answered {answer}");
            }

            Assert.Equal(customer / 100m, await runner.World.CustomerBalanceAsync(App));
            foreach (var (n, c) in cards)
            {
                Assert.Equal((c.Card / 100m, c.Purse / 100m, c.Transit / 100m), await runner.World.CardAsync(App, runner.World.Card(n)));
            }

            await App.AssertIntactAsync(admin);
        }, iter: 4, threads: 1);
    }

    [Fact]
    public async Task RandomBatches_InParallel_ConserveTheMoney_PurseIsCompletedLoadsLessUnloads_AndTheLedgerIntact()
    {
        var admin = await App.AdminApiClientAsync();
        await OpGen.Array[2, 14].SampleAsync(async ops =>
        {
            var runner = new Runner(await AllocationWorld.CreateAsync(App, secondaries: 3, funds: 0));
            await runner.World.FundAsync(App, 3000m);
            await runner.World.AllocateAsync((1, 500m), (2, 500m), (3, 500m));
            var funded = 3000m + ops.Where(o => o.Kind == 'F').Sum(o => o.Fen / 100m);

            var answers = await Task.WhenAll(ops.Select(op => Task.Run(() => runner.RunAsync(App, op))));

            Assert.All(answers, a => Assert.True(a is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.NoContent or HttpStatusCode.UnprocessableEntity, $"answered {a}"));
            var total = await runner.World.CustomerBalanceAsync(App);
            var transfers = await App.WithDbAsync(d => d.Set<PurseTransfer>().AsNoTracking().Where(t => t.CardId != Guid.Empty).ToListAsync());
            for (var n = 1; n <= 3; n++)
            {
                var number = runner.World.Card(n);
                var (card, purse, transit) = await runner.World.CardAsync(App, number);
                var mine = transfers.Where(t => t.CardNumber == number).ToList();
                var done = mine.Where(t => t.Status == PurseTransferStatus.Completed).ToList();
                Assert.Equal(done.Where(t => t.Kind == PurseTransferKind.Load).Sum(t => t.Amount) - done.Where(t => t.Kind == PurseTransferKind.Unload).Sum(t => t.Amount), purse);
                Assert.Equal(mine.Where(t => t.Status == PurseTransferStatus.Pending).Sum(t => t.Amount), transit);
                Assert.True(card >= 0 && purse >= 0 && transit >= 0);
                total += card + purse + transit;
            }

            Assert.Equal(funded, total);
            await App.AssertIntactAsync(admin);
        }, iter: 3, threads: 1);
    }
}

public sealed class AllocationsLedgerModelTests_Sqlite(SqliteDatabase db) : AllocationsLedgerModelTests(db), IClassFixture<SqliteDatabase>;

public sealed class AllocationsLedgerModelTests_Postgres(PostgresDatabase db) : AllocationsLedgerModelTests(db), IClassFixture<PostgresDatabase>;
