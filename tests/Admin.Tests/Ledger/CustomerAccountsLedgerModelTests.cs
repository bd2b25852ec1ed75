using System.Net;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.CustomerAccounts;
using Admin.Tests.Infrastructure;
using CsCheck;

namespace Admin.Tests.Ledger;

/// <summary>
/// Model-based tests (CsCheck) of the customer-account tasks on the ledger, through the API: random sequences of arrivals
/// (matched at once, or left in suspense and matched later), small refunds in cash, special refunds by transfer (reviewed)
/// and their payment, then the closing of the customer with the refund of what remains — one after another (each answer and
/// balance as the model says) and in parallel (the balances follow what passed). After every sample the ledger verifies
/// (every cached balance equals its lines, nothing that must not is below zero) and the trial balance nets to zero.
/// </summary>
public abstract class CustomerAccountsLedgerModelTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    /// <summary>A: arrival matched at once; U: arrival left unmatched; M: the n-th unmatched one matched; S: small refund; P: special refund; Y: the n-th payable paid.</summary>
    public sealed record Op(char Kind, int A)
    {
        public override string ToString() => $"{Kind}{A}";
    }

    private static readonly Gen<Op> OpGen = Gen.OneOf(
        Gen.Int[1, 200_000].Select(fen => new Op('A', fen)),
        Gen.Int[1, 200_000].Select(fen => new Op('U', fen)),
        Gen.Int[0, 9].Select(i => new Op('M', i)),
        Gen.Int[1, 10_000].Select(fen => new Op('S', fen)),
        Gen.Int[1, 150_000].Select(fen => new Op('P', fen)),
        Gen.Int[0, 9].Select(i => new Op('Y', i)));

    private sealed class World(HttpClient client, string reviewer, TestCustomer customer)
    {
        public TestCustomer Customer => customer;
        public List<string> Unmatched { get; } = [];
        public List<string> Payables { get; } = [];

        public async Task<HttpStatusCode> RunAsync(Op op)
        {
            var amount = op.A / 100m;
            HttpResponseMessage response;
            switch (op.Kind)
            {
                case 'A' or 'U':
                    response = await client.PostKeyedAsync("/api/arrivals", new
                    {
                        amount, bankReference = "M" + Guid.NewGuid().ToString("N")[..20], payer = "Model payer", receivedOn = "2026-03-01", customer = op.Kind == 'A' ? customer.Code : null,
                    });
                    if (op.Kind == 'U' && response.StatusCode == HttpStatusCode.Created)
                    {
                        var id = (await response.Json(HttpStatusCode.Created)).GetProperty("id").GetString()!;
                        lock (Unmatched)
                        {
                            Unmatched.Add(id);
                        }
                    }

                    return response.StatusCode;
                case 'M' or 'Y':
                    string target;
                    var list = op.Kind == 'M' ? Unmatched : Payables;
                    lock (list)
                    {
                        if (list.Count == 0)
                        {
                            return HttpStatusCode.NoContent;
                        }

                        target = list[op.A % list.Count];
                    }

                    return (op.Kind == 'M'
                        ? await client.PostKeyedAsync($"/api/arrivals/{target}/match", new { customer = customer.Code })
                        : await client.PostKeyedAsync($"/api/refunds/{target}/pay", new { })).StatusCode;
                case 'S':
                    return (await client.PostKeyedAsync("/api/refunds", new { kind = "Small", customer = customer.Code, amount, method = "Cash" })).StatusCode;
                default:
                    response = await client.PostKeyedAsync("/api/refunds", new
                    {
                        kind = "Special", customer = customer.Code, amount, reason = "OTHER", note = "model", method = "Transfer", bankName = "ICBC", bankAccount = "62220001", accountName = "Model",
                        review = new { loginName = reviewer, password = CounterTestKit.Password },
                    });
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        var id = (await response.Json(HttpStatusCode.Created)).GetProperty("id").GetString()!;
                        lock (Payables)
                        {
                            Payables.Add(id);
                        }
                    }

                    return response.StatusCode;
            }
        }

        public Task<HttpResponseMessage> CloseAsync() => client.PostKeyedAsync($"/api/customers/{customer.Id}/close", new
        {
            method = "Transfer", bankName = "ICBC", bankAccount = "62220001", accountName = "Model", review = new { loginName = reviewer, password = CounterTestKit.Password },
        });
    }

    private async Task<World> NewWorldAsync()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var reviewer = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        return new World(client, reviewer, await App.NewCustomerAsync(client));
    }

    [Fact]
    public async Task RandomSequences_OneAfterAnother_AnswerAsTheModelSays_AndTheClosingRefundsWhatRemains()
    {
        var admin = await App.AdminApiClientAsync();
        await OpGen.Array[1, 12].SampleAsync(async ops =>
        {
            var world = await NewWorldAsync();
            long balance = 0, payable = 0;
            var unmatched = new List<(long Fen, bool Matched)>();
            var payables = new List<(long Fen, bool Paid)>();
            foreach (var op in ops)
            {
                var answer = await world.RunAsync(op);
                switch (op.Kind)
                {
                    case 'A':
                        Assert.Equal(HttpStatusCode.Created, answer);
                        balance += op.A;
                        break;
                    case 'U':
                        Assert.Equal(HttpStatusCode.Created, answer);
                        unmatched.Add((op.A, false));
                        break;
                    case 'M' when unmatched.Count > 0:
                        var m = op.A % unmatched.Count;
                        Assert.Equal(unmatched[m].Matched ? HttpStatusCode.Conflict : HttpStatusCode.OK, answer);
                        balance += unmatched[m].Matched ? 0 : unmatched[m].Fen;
                        unmatched[m] = (unmatched[m].Fen, true);
                        break;
                    case 'S':
                        Assert.Equal(balance >= op.A ? HttpStatusCode.Created : (HttpStatusCode)422, answer);
                        balance -= balance >= op.A ? op.A : 0;
                        break;
                    case 'P':
                        Assert.Equal(balance >= op.A ? HttpStatusCode.Created : (HttpStatusCode)422, answer);
                        if (balance >= op.A)
                        {
                            balance -= op.A;
                            payable += op.A;
                            payables.Add((op.A, false));
                        }

                        break;
                    case 'Y' when payables.Count > 0:
                        var y = op.A % payables.Count;
                        Assert.Equal(payables[y].Paid ? HttpStatusCode.Conflict : HttpStatusCode.OK, answer);
                        payable -= payables[y].Paid ? 0 : payables[y].Fen;
                        payables[y] = (payables[y].Fen, true);
                        break;
                }

                Assert.Equal(balance / 100m, await App.CustomerBalanceAsync(world.Customer.Id));
            }

            Assert.Equal(payable / 100m, await App.BalanceAsync(AccountRef.RefundsPayable(world.Customer.Id, world.Customer.OutletId)));
            var closed = await (await world.CloseAsync()).Json(HttpStatusCode.Created);
            Assert.Equal(balance / 100m, closed.GetProperty("amount").GetDecimal());
            Assert.Equal(0m, await App.CustomerBalanceAsync(world.Customer.Id));
            Assert.Equal((payable + balance) / 100m, await App.BalanceAsync(AccountRef.RefundsPayable(world.Customer.Id, world.Customer.OutletId)));
            await App.AssertIntactAsync(admin);
        }, iter: 4, threads: 1);
    }

    [Fact]
    public async Task RandomBatches_InParallel_KeepTheBalanceEqualToWhatPassed_NeverNegative_AndTheLedgerIntact()
    {
        var admin = await App.AdminApiClientAsync();
        await OpGen.Array[2, 10].SampleAsync(async ops =>
        {
            var world = await NewWorldAsync();
            await world.RunAsync(new Op('A', 150_000));
            await world.RunAsync(new Op('U', 40_000));
            await world.RunAsync(new Op('P', 10_000));
            var answers = await Task.WhenAll(ops.Select(op => Task.Run(() => world.RunAsync(op))));
            Assert.All(answers, a => Assert.True(a is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.NoContent or (HttpStatusCode)422, $"answered {a}"));

            var balance = await App.CustomerBalanceAsync(world.Customer.Id);
            Assert.True(balance >= 0);
            Assert.Equal(balance, await App.CustomerHistorySumAsync(world.Customer.Id));
            await App.AssertIntactAsync(admin);
        }, iter: 3, threads: 1);
    }
}

public sealed class CustomerAccountsLedgerModelTests_Sqlite(SqliteDatabase db) : CustomerAccountsLedgerModelTests(db), IClassFixture<SqliteDatabase>;

public sealed class CustomerAccountsLedgerModelTests_Postgres(PostgresDatabase db) : CustomerAccountsLedgerModelTests(db), IClassFixture<PostgresDatabase>;
