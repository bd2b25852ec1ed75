using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Counter.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Ledger;

/// <summary>
/// Model-based tests (CsCheck) of the counter's money tasks on the ledger, through the API: random sequences of fee
/// collections, cheque receipts, clears, bounces (reviewed), top-ups and their cancellations (reviewed, TopUps) and spends
/// from the customer's account (a ledger posting), one
/// after another (each answer as the model says, the balances as the model says) and in parallel (the balances follow
/// what passed). After every sample the ledger verifies (every cached balance equals its lines, nothing that must not is
/// below zero) and the trial balance nets to zero.
/// </summary>
public abstract class CounterLedgerModelTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    /// <summary>One task: a fee collection (quantities of CARD 20.00, DEPOSIT 30.00, SERVICE 10.00), a cheque received, the n-th cheque cleared or bounced, a spend, a cash top-up, the n-th top-up cancelled.</summary>
    public sealed record Op(char Kind, int A, int B, int C)
    {
        public override string ToString() => $"{Kind}{A}/{B}/{C}";
    }

    private static readonly Gen<Op> OpGen = Gen.OneOf(
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2], (a, b, c) => new Op('F', a, b, c)),
        Gen.Int[1, 500_000].Select(fen => new Op('R', fen, 0, 0)),
        Gen.Int[0, 9].Select(i => new Op('C', i, 0, 0)),
        Gen.Int[0, 9].Select(i => new Op('B', i, 0, 0)),
        Gen.Int[1, 300_000].Select(fen => new Op('S', fen, 0, 0)),
        Gen.Int[1, 300_000].Select(fen => new Op('T', fen, 0, 0)),
        Gen.Int[0, 9].Select(i => new Op('X', i, 0, 0)));

    private sealed class World(HttpClient client, string reviewer, Guid customer, string code, Guid outlet)
    {
        public HttpClient Client => client;
        public Guid Customer => customer;
        public Guid Outlet => outlet;
        public List<(string Id, long Fen)> Cheques { get; } = [];
        public List<(string Id, long Fen)> TopUps { get; } = [];

        public async Task<HttpStatusCode> RunAsync(AdminAppFactory app, Op op)
        {
            switch (op.Kind)
            {
                case 'F':
                    var items = new[] { ("CARD", op.A, 20.00m), ("DEPOSIT", op.B, 30.00m), ("SERVICE", op.C, 10.00m) }
                        .Where(i => i.Item2 > 0).Select(i => new { fee = i.Item1, quantity = i.Item2, collected = i.Item2 * i.Item3 }).ToArray();
                    if (items.Length == 0)
                    {
                        items = [new { fee = "SERVICE", quantity = 1, collected = 10.00m }];
                    }

                    return (await client.PostAsJsonAsync("/api/counter/fee-collections", new { customer = code, paymentMethod = "Cash", items })).StatusCode;
                case 'R':
                    // Reviewed when needed: a customer with two bounced cheques is a repeat bouncer.
                    var received = await client.ReceiveAsync(code, op.A / 100m, review: new { loginName = reviewer, password = CounterTestKit.Password });
                    lock (Cheques)
                    {
                        Cheques.Add((received.GetProperty("id").GetString()!, op.A));
                    }

                    return HttpStatusCode.Created;
                case 'C' or 'B':
                    (string Id, long Fen) cheque;
                    lock (Cheques)
                    {
                        if (Cheques.Count == 0)
                        {
                            return HttpStatusCode.NoContent;
                        }

                        cheque = Cheques[op.A % Cheques.Count];
                    }

                    return (op.Kind == 'C' ? await client.ClearAsync(cheque.Id) : await client.BounceAsync(cheque.Id, reviewer)).StatusCode;
                case 'T':
                    var topUp = await client.PostAsJsonAsync("/api/topups", new { customer = code, amount = op.A / 100m, paymentMethod = "Cash" });
                    if (topUp.StatusCode == HttpStatusCode.Created)
                    {
                        var id = (await topUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                        lock (TopUps)
                        {
                            TopUps.Add((id, op.A));
                        }
                    }

                    return topUp.StatusCode;
                case 'X':
                    (string Id, long Fen) receipt;
                    lock (TopUps)
                    {
                        if (TopUps.Count == 0)
                        {
                            return HttpStatusCode.NoContent;
                        }

                        receipt = TopUps[op.A % TopUps.Count];
                    }

                    return (await client.PostAsJsonAsync($"/api/receipts/{receipt.Id}/cancel", new { review = new { loginName = reviewer, password = CounterTestKit.Password } })).StatusCode;
                default:
                    var posted = await app.PostAsync(LedgerKit.Move(AccountRef.Customer(customer, outlet), AccountRef.OfOutlet(AccountKind.FeeIncome, outlet), op.A / 100m, "Test.Spend"));
                    return posted.Succeeded ? HttpStatusCode.OK : HttpStatusCode.Conflict;
            }
        }
    }

    private async Task<World> NewWorldAsync()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var reviewer = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var created = await client.CreateCustomerAsync();
        var id = Guid.Parse(created.GetProperty("id").GetString()!);
        var outletId = await App.WithDbAsync(d => d.Set<Customer>().Where(c => c.Id == id).Select(c => c.OutletId).SingleAsync());
        return new World(client, reviewer, id, created.GetProperty("code").GetString()!, outletId);
    }

    [Fact]
    public async Task RandomSequences_OneAfterAnother_AnswerAsTheModelSays_AndKeepTheLedgerIntact()
    {
        var admin = await App.AdminApiClientAsync();
        await OpGen.Array[1, 14].SampleAsync(async ops =>
        {
            var world = await NewWorldAsync();
            long balance = 0, deposit = 0, income = 0;
            var status = new List<char>();
            var topUps = new List<char>();
            foreach (var op in ops)
            {
                var answer = await world.RunAsync(App, op);
                var n = status.Count == 0 ? -1 : op.A % status.Count;
                switch (op.Kind)
                {
                    case 'F':
                        var service = op.A + op.B + op.C == 0 ? 1 : op.C;
                        Assert.Equal(HttpStatusCode.Created, answer);
                        income += (op.A * 2_000) + (service * 1_000);
                        deposit += op.B * 3_000;
                        break;
                    case 'R':
                        status.Add('R');
                        break;
                    case 'C' when n >= 0:
                        Assert.Equal(status[n] == 'R' ? HttpStatusCode.OK : HttpStatusCode.Conflict, answer);
                        if (status[n] == 'R')
                        {
                            status[n] = 'C';
                            balance += world.Cheques[n].Fen;
                        }

                        break;
                    case 'B' when n >= 0:
                        var passes = status[n] == 'R' || (status[n] == 'C' && balance >= world.Cheques[n].Fen);
                        Assert.True(passes == (answer == HttpStatusCode.OK), $"{op} on a cheque {status[n]} with balance {balance}: {answer}");
                        if (passes)
                        {
                            balance -= status[n] == 'C' ? world.Cheques[n].Fen : 0;
                            status[n] = 'B';
                        }

                        break;
                    case 'T':
                        Assert.Equal(HttpStatusCode.Created, answer);
                        topUps.Add('P');
                        balance += op.A;
                        break;
                    case 'X' when topUps.Count > 0:
                        var k = op.A % topUps.Count;
                        var cancels = topUps[k] == 'P' && balance >= world.TopUps[k].Fen;
                        Assert.Equal(cancels ? HttpStatusCode.OK : HttpStatusCode.Conflict, answer);
                        if (cancels)
                        {
                            topUps[k] = 'X';
                            balance -= world.TopUps[k].Fen;
                        }

                        break;
                    case 'S':
                        Assert.Equal(balance >= op.A ? HttpStatusCode.OK : HttpStatusCode.Conflict, answer);
                        if (balance >= op.A)
                        {
                            balance -= op.A;
                            income += op.A;
                        }

                        break;
                }
            }

            Assert.Equal(balance / 100m, await App.CustomerBalanceAsync(world.Customer));
            Assert.Equal(balance / 100m, await App.CustomerHistorySumAsync(world.Customer));
            Assert.Equal(deposit / 100m, await App.BalanceAsync(AccountRef.CustomerDeposit(world.Customer, world.Outlet)));
            Assert.Equal(income / 100m, await App.BalanceAsync(AccountRef.OfOutlet(AccountKind.FeeIncome, world.Outlet)));
            await App.AssertIntactAsync(admin);
        }, iter: 5, threads: 1);
    }

    [Fact]
    public async Task RandomBatches_InParallel_KeepBalancesEqualToWhatPassed_NeverNegative_AndTheLedgerIntact()
    {
        var admin = await App.AdminApiClientAsync();
        await OpGen.Array[2, 12].SampleAsync(async ops =>
        {
            var world = await NewWorldAsync();
            // Cheques to settle first, so that clears, bounces and spends race over real money.
            foreach (var fen in new[] { 100_000, 40_000, 25_000 })
            {
                await world.RunAsync(App, new Op('R', fen, 0, 0));
            }

            await world.RunAsync(App, new Op('C', 0, 0, 0));
            var answers = await Task.WhenAll(ops.Select(op => Task.Run(() => world.RunAsync(App, op))));
            Assert.All(answers, a => Assert.True(a is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.NoContent, $"answered {a}"));

            // The customer's balance is what the cheques still cleared and the top-ups not cancelled brought in, less the spends that passed.
            long cleared = 0;
            foreach (var (id, fen) in world.TopUps)
            {
                var receipt = await world.Client.GetFromJsonAsync<JsonElement>($"/api/receipts/{id}");
                cleared += receipt.GetProperty("status").GetString() == "Posted" ? fen : 0;
            }

            foreach (var (id, fen) in world.Cheques)
            {
                var cheque = await world.Client.GetFromJsonAsync<JsonElement>($"/api/cheques/{id}");
                cleared += cheque.GetProperty("cheque").GetProperty("status").GetString() == "Cleared" ? fen : 0;
            }

            var spent = ops.Where((op, i) => op.Kind == 'S' && answers[i] == HttpStatusCode.OK).Sum(op => (long)op.A);
            var balance = await App.CustomerBalanceAsync(world.Customer);
            Assert.Equal((cleared - spent) / 100m, balance);
            Assert.True(balance >= 0);
            Assert.Equal(balance, await App.CustomerHistorySumAsync(world.Customer));
            await App.AssertIntactAsync(admin);
        }, iter: 4, threads: 1);
    }
}

public sealed class CounterLedgerModelTests_Sqlite(SqliteDatabase db) : CounterLedgerModelTests(db), IClassFixture<SqliteDatabase>;

public sealed class CounterLedgerModelTests_Postgres(PostgresDatabase db) : CounterLedgerModelTests(db), IClassFixture<PostgresDatabase>;
