using System.Net;
using Admin.Modules.Cards.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Stations.Models;
using Admin.Modules.Stations.Services;
using Admin.Tests.CardService;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Stations;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Ledger;

/// <summary>
/// Model-based tests (CsCheck) of terminal postings on the ledger: random sequences of money loaded onto a card's purse, purchases
/// and grey purchases gathered into signed terminal batches, records sent again in later batches, and un-greys at the counter, one
/// after another. Every batch answers the counts the model says (posted while the purse as last known covers a purchase, else an
/// exception; grey ones held; duplicates acknowledged, never posted twice); an un-grey debits the purse once and a second one is
/// refused; the purse and every record's state are as the model says. After every sample the ledger verifies (cached = lines,
/// nothing below zero) and the trial balance nets to zero.
/// </summary>
public abstract class StationsLedgerModelTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    /// <summary>F: load money onto the purse; P: a purchase into the open batch; G: a grey purchase; D: a record sent before, again; S: send the batch; U: un-grey the oldest grey record.</summary>
    public sealed record Op(char Kind, int Fen, int Pick)
    {
        public override string ToString() => $"{Kind}/{Fen}/{Pick}";
    }

    private static readonly Gen<Op> OpGen = Gen.OneOf(
        Gen.Int[1, 50_000].Select(fen => new Op('F', fen, 0)),
        Gen.Int[1, 20_000].Select(fen => new Op('P', fen, 0)),
        Gen.Int[1, 20_000].Select(fen => new Op('G', fen, 0)),
        Gen.Int[0, 1000].Select(pick => new Op('D', 0, pick)),
        Gen.Const(new Op('S', 0, 0)),
        Gen.Const(new Op('U', 0, 0)));

    private sealed record Sent(BatchRecordInput Record, StationRecordStatus Status);

    private sealed class Model(IssuingDesk desk, string card, StationSimulator station)
    {
        public long Purse { get; set; }
        public Dictionary<long, Sent> Sent { get; } = [];
        public List<BatchRecordInput> Open { get; } = [];
        public IssuingDesk Desk => desk;
        public string Card => card;
        public StationSimulator Station => station;
    }

    [Fact]
    public async Task RandomBatches_PostAsTheModelSays_DuplicatesOnce_GreySettledOnce_AndTheLedgerStaysIntact()
    {
        var admin = await App.AdminApiClientAsync();
        var gateway = await StationsTestKit.GatewayAsync(App);
        await OpGen.Array[1, 14].SampleAsync(async ops =>
        {
            var m = await CreateAsync(admin);
            foreach (var op in ops)
            {
                await StepAsync(m, gateway, op);
            }

            await StepAsync(m, gateway, new Op('S', 0, 0));
            Assert.Equal(m.Purse, await PurseFenAsync(m.Card));
            var stored = await App.WithDbAsync(d => d.Set<StationRecord>().AsNoTracking()
                .Where(r => d.Set<Terminal>().Any(t => t.Id == r.TerminalId && t.TerminalId == m.Station.Terminal)).Select(r => new { r.Sequence, r.Status, r.EntryId }).ToListAsync());
            Assert.Equal(m.Sent.Count, stored.Count);
            foreach (var r in stored)
            {
                Assert.Equal(m.Sent[r.Sequence].Status, r.Status);
                Assert.Equal(r.Status is StationRecordStatus.Posted or StationRecordStatus.Settled, r.EntryId is not null);
            }

            await App.AssertIntactAsync(admin);
        }, iter: 3, threads: 1);
    }

    private async Task<Model> CreateAsync(HttpClient admin)
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        await desk.StockAsync(single, 1);
        await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = new { type = "Individual", name = "Station Customer", idType = "ResidentId", idNumber = CounterTestKit.NewResidentId(), phone = "13800000004" },
            product = single.Code, card = new { number = single.Number(1) }, paymentMethod = "Cash",
        })).Created();
        return new Model(desk, single.Number(1), await StationsTestKit.TerminalAsync(admin, desk.Outlet));
    }

    private async Task StepAsync(Model m, HttpClient gateway, Op op)
    {
        switch (op.Kind)
        {
            case 'F':
                var card = await App.WithDbAsync(d => d.Set<Card>().AsNoTracking().SingleAsync(c => c.Number == m.Card));
                Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.OfOutlet(AccountKind.Suspense, card.OutletId), AccountRef.Purse(card.Id, card.OutletId), op.Fen / 100m, "Test.Load"))).Succeeded);
                m.Purse += op.Fen;
                break;
            case 'P' or 'G':
                m.Open.Add(m.Station.Purchase(m.Card, op.Fen / 100m, grey: op.Kind == 'G'));
                break;
            case 'D':
                var again = m.Sent.Keys.Where(s => m.Open.All(o => o.Sequence != s)).Order().ToList();
                if (again.Count > 0)
                {
                    m.Open.Add(m.Sent[again[op.Pick % again.Count]].Record);
                }

                break;
            case 'S':
                await SendAsync(m, gateway);
                break;
            default:
                await UnGreyAsync(m);
                break;
        }
    }

    private async Task SendAsync(Model m, HttpClient gateway)
    {
        if (m.Open.Count == 0)
        {
            return;
        }

        var (posted, duplicates, grey, exceptions) = (0, 0, 0, 0);
        foreach (var r in m.Open.OrderBy(r => r.Sequence))
        {
            var seq = r.Sequence!.Value;
            var fen = (long)(r.Amount!.Value * 100);
            if (m.Sent.ContainsKey(seq))
            {
                duplicates++;
            }
            else if (r.Grey == true)
            {
                grey++;
                m.Sent[seq] = new Sent(r, StationRecordStatus.Grey);
            }
            else if (m.Purse >= fen)
            {
                posted++;
                m.Purse -= fen;
                m.Sent[seq] = new Sent(r, StationRecordStatus.Posted);
            }
            else
            {
                exceptions++;
                m.Sent[seq] = new Sent(r, StationRecordStatus.Exception);
            }
        }

        var answer = await (await m.Station.SendAsync(gateway, m.Station.Batch([.. m.Open]))).JsonOkAsync();
        m.Open.Clear();
        Assert.Equal((posted, duplicates, grey, exceptions),
            (answer.GetProperty("posted").GetInt32(), answer.GetProperty("duplicates").GetInt32(), answer.GetProperty("grey").GetInt32(), answer.GetProperty("exceptions").GetInt32()));
    }

    private async Task UnGreyAsync(Model m)
    {
        var held = m.Sent.Where(s => s.Value.Status == StationRecordStatus.Grey).OrderBy(s => s.Key).Select(s => s.Key).FirstOrDefault();
        if (held == 0)
        {
            return;
        }

        var fen = (long)(m.Sent[held].Record.Amount!.Value * 100);
        var body = new { card = m.Card, terminalId = m.Station.Terminal, sequence = held };
        var first = await m.Desk.PostAsync("/api/stations/un-grey", body);
        if (m.Purse >= fen)
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            m.Purse -= fen;
            m.Sent[held] = m.Sent[held] with { Status = StationRecordStatus.Settled };
            var second = await (await m.Desk.PostAsync("/api/stations/un-grey", body)).JsonAsync(HttpStatusCode.Conflict);
            Assert.Equal("unGrey.alreadyDone", second.Code());
        }
        else
        {
            // The purse as last known does not cover it: refused, nothing written, the record still grey.
            Assert.Equal(HttpStatusCode.Conflict, first.StatusCode);
        }
    }

    private async Task<long> PurseFenAsync(string number)
    {
        var card = await App.WithDbAsync(d => d.Set<Card>().AsNoTracking().SingleAsync(c => c.Number == number));
        return (long)(await App.BalanceAsync(AccountRef.Purse(card.Id, card.OutletId)) * 100);
    }
}

public sealed class StationsLedgerModelTests_Sqlite(SqliteDatabase db) : StationsLedgerModelTests(db), IClassFixture<SqliteDatabase>;

public sealed class StationsLedgerModelTests_Postgres(PostgresDatabase db) : StationsLedgerModelTests(db), IClassFixture<PostgresDatabase>;
