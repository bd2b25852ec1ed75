using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Infrastructure;
using CsCheck;

namespace Admin.Tests.Ledger;

/// <summary>
/// Model-based tests (CsCheck): random sequences of postings between a handful of accounts, run against the real ledger
/// one after another and in parallel. A simple model (a dictionary of balances) says which postings must pass; after each
/// sequence every cached balance equals its lines, nothing that must not is below zero, and the trial balance nets to zero.
/// </summary>
public abstract class LedgerModelTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    /// <summary>One posting: debit account <see cref="Debit"/>, credit account <see cref="Credit"/> (indexes into the sample's accounts).</summary>
    public sealed record Op(int Debit, int Credit, long Fen)
    {
        public override string ToString() => $"{Debit}→{Credit}:{Fen}";
    }

    private static readonly Gen<Op> OpGen = Gen.Select(Gen.Int[0, 6], Gen.Int[0, 6], Gen.Int[1, 30_000], (d, c, fen) => new Op(d, c, fen));

    /// <summary>The accounts of one sample: fresh owners, so samples never touch each other's accounts.</summary>
    private static AccountRef[] NewAccounts()
    {
        var outlet = Guid.NewGuid();
        var card = Guid.NewGuid();
        return
        [
            AccountRef.Till(Guid.NewGuid(), outlet, "Cash"),
            AccountRef.Customer(Guid.NewGuid(), outlet),
            AccountRef.Customer(Guid.NewGuid(), outlet),
            AccountRef.Card(card, outlet),
            AccountRef.Deposit(card, outlet),
            AccountRef.OfOutlet(AccountKind.FeeIncome, outlet),
            AccountRef.Purse(card, outlet),
        ];
    }

    /// <summary>What the model says the op does to the balances (account side), or null when it must be refused.</summary>
    private static Dictionary<int, long>? Apply(IReadOnlyDictionary<int, long> balances, Op op, AccountRef[] accounts)
    {
        var next = new Dictionary<int, long>(balances);
        next[op.Debit] = next.GetValueOrDefault(op.Debit) + (ChartOfAccounts.Of(accounts[op.Debit].Kind).Sign * op.Fen);
        next[op.Credit] = next.GetValueOrDefault(op.Credit) - (ChartOfAccounts.Of(accounts[op.Credit].Kind).Sign * op.Fen);
        return next.Any(kv => ChartOfAccounts.Of(accounts[kv.Key].Kind).NeverNegative && kv.Value < 0) ? null : next;
    }

    private Task<Admin.Kernel.Results.OperationResult<PostedEntry>> PostAsync(Op op, AccountRef[] accounts) =>
        App.PostAsync(LedgerKit.Move(accounts[op.Debit], accounts[op.Credit], op.Fen / 100m, "Test.Model"));

    [Fact]
    public async Task RandomSequences_OneAfterAnother_FollowTheModel_AndKeepTheLedgerIntact()
    {
        var admin = await App.AdminApiClientAsync();
        await OpGen.Array[1, 25].SampleAsync(async ops =>
        {
            var accounts = NewAccounts();
            var model = new Dictionary<int, long>();
            foreach (var op in ops)
            {
                var expected = Apply(model, op, accounts);
                var posted = await PostAsync(op, accounts);
                Assert.True(posted.Succeeded == (expected is not null), $"{op}: the model says {(expected is null ? "refused" : "passes")}, the ledger answered {string.Join("; ", posted.Errors)}");
                if (!posted.Succeeded)
                {
                    Assert.Equal("ledger.insufficientFunds", posted.Errors.Single().Code);
                }

                model = expected ?? model;
            }

            for (var i = 0; i < accounts.Length; i++)
            {
                Assert.Equal(model.GetValueOrDefault(i) / 100m, await App.BalanceAsync(accounts[i]));
            }

            await App.AssertIntactAsync(admin);
        }, iter: 12, threads: 1);
    }

    [Fact]
    public async Task RandomBatches_InParallel_KeepEveryBalanceEqualToWhatPassed_AndTheLedgerIntact()
    {
        var admin = await App.AdminApiClientAsync();
        await OpGen.Array[2, 16].SampleAsync(async ops =>
        {
            var accounts = NewAccounts();
            // Some money everywhere first, so that parallel postings race over real balances.
            var funding = new[] { new Op(0, 1, 20_000), new Op(0, 2, 20_000), new Op(0, 3, 20_000), new Op(0, 4, 5_000), new Op(0, 6, 5_000) };
            foreach (var f in funding)
            {
                Assert.True((await PostAsync(f, accounts)).Succeeded);
            }

            var results = await Task.WhenAll(ops.Select(op => Task.Run(() => PostAsync(op, accounts))));

            var model = new Dictionary<int, long>();
            foreach (var op in funding.Concat(ops.Where((_, i) => results[i].Succeeded)))
            {
                model[op.Debit] = model.GetValueOrDefault(op.Debit) + (ChartOfAccounts.Of(accounts[op.Debit].Kind).Sign * op.Fen);
                model[op.Credit] = model.GetValueOrDefault(op.Credit) - (ChartOfAccounts.Of(accounts[op.Credit].Kind).Sign * op.Fen);
            }

            Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("ledger.insufficientFunds", r.Errors.Single().Code));
            for (var i = 0; i < accounts.Length; i++)
            {
                var balance = await App.BalanceAsync(accounts[i]);
                Assert.Equal(model.GetValueOrDefault(i) / 100m, balance);
                Assert.False(ChartOfAccounts.Of(accounts[i].Kind).NeverNegative && balance < 0, $"{accounts[i]} is below zero: {balance}");
            }

            await App.AssertIntactAsync(admin);
        }, iter: 8, threads: 1);
    }

    [Fact]
    public async Task TheTrialBalance_ListsEveryKind_AndNetsToZero()
    {
        var admin = await App.AdminApiClientAsync();
        var trial = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/trial-balance");
        Assert.Equal(ChartOfAccounts.Kinds.Select(k => k.Kind.ToString()), trial.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("kind").GetString()));
        Assert.Equal(0m, trial.GetProperty("net").GetDecimal());
    }
}

public sealed class LedgerModelTests_Sqlite(SqliteDatabase db) : LedgerModelTests(db), IClassFixture<SqliteDatabase>;

public sealed class LedgerModelTests_Postgres(PostgresDatabase db) : LedgerModelTests(db), IClassFixture<PostgresDatabase>;
