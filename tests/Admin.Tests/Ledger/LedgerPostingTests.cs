using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Ledger;

/// <summary>The posting rules: balanced, never below zero where the kind says so, immutable, corrections as new entries.</summary>
public abstract class LedgerPostingTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Post_BalancedEntry_MovesBothBalancesOnTheirOwnSides()
    {
        var outlet = LedgerKit.NewOutlet();
        var till = AccountRef.Till(Guid.NewGuid(), outlet, "Cash");
        var customer = AccountRef.Customer(Guid.NewGuid(), outlet);

        var posted = await App.PostAsync(LedgerKit.Move(till, customer, 100.50m));

        Assert.True(posted.Succeeded, string.Join("; ", posted.Errors));
        Assert.Equal(100.50m, posted.Value!.BalancesAfter[customer]);
        Assert.Equal(100.50m, posted.Value.BalancesAfter[till]);
        Assert.Equal(100.50m, await App.BalanceAsync(customer));
        var lines = await App.WithDbAsync(d => d.Set<LedgerLine>().AsNoTracking().Where(l => l.EntryId == posted.Value.EntryId).OrderBy(l => l.LineNo).ToListAsync());
        Assert.Equal([10050L, -10050L], lines.Select(l => l.Amount));
        await App.AssertIntactAsync(await App.AdminApiClientAsync());
    }

    [Fact]
    public async Task Post_Unbalanced_IsRefused_AndWritesNothing()
    {
        var outlet = LedgerKit.NewOutlet();
        var before = await App.TableCountsAsync();

        var posted = await App.PostAsync(new Posting("Test.Bad", "1", outlet, "unbalanced",
            [PostingLine.Debit(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), 10m), PostingLine.Credit(AccountRef.Customer(Guid.NewGuid(), outlet), 9.99m)]));

        Assert.Equal(FailureKind.Validation, posted.Failure);
        Assert.Equal("ledger.unbalanced", posted.Errors[0].Code);
        Assert.Equal(before, await App.TableCountsAsync());
    }

    [Theory]
    [InlineData(0.001, "ledger.amountInvalid")]
    [InlineData(0, "ledger.amountZero")]
    public async Task Post_BadAmount_IsRefused(double amount, string code)
    {
        var outlet = LedgerKit.NewOutlet();
        var posted = await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), AccountRef.Customer(Guid.NewGuid(), outlet), (decimal)amount));
        Assert.Contains(posted.Errors, e => e.Code == code);
    }

    [Fact]
    public async Task Post_AccountsThatBreakTheChart_AreRefusedLineByLine()
    {
        var outlet = LedgerKit.NewOutlet();
        var posted = await App.PostAsync(new Posting("Test.Bad", "2", outlet, "bad accounts",
        [
            PostingLine.Debit(new AccountRef(AccountKind.Till, Guid.NewGuid(), outlet), 5m),
            PostingLine.Credit(new AccountRef(AccountKind.Customer, Guid.Empty, outlet), 2m),
            PostingLine.Credit(new AccountRef(AccountKind.FeeIncome, Guid.NewGuid(), outlet, "Cash"), 3m),
        ]));
        Assert.Equal(["ledger.methodRequired", "ledger.ownerRequired", "ledger.ownerNotExpected", "ledger.methodNotExpected"], posted.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task Post_BelowZeroOnACustomerAccount_Is409NamingTheAccount_AndNothingOfTheTaskIsWritten()
    {
        var outlet = LedgerKit.NewOutlet();
        var customerId = Guid.NewGuid();
        var customer = AccountRef.Customer(customerId, outlet);
        var till = AccountRef.Till(Guid.NewGuid(), outlet, "Cash");
        Assert.True((await App.PostAsync(LedgerKit.Move(till, customer, 50m))).Succeeded);
        var before = await App.TableCountsAsync();

        // The task writes its audit record and a first posting that passes, then a second that would overdraw.
        var result = await App.WithScopeAsync(sp => sp.GetRequiredService<TaskTransaction>().RunAsync(async ct =>
        {
            var ledger = sp.GetRequiredService<ILedger>();
            sp.GetRequiredService<IAuditTrail>().Record(new AuditRecord("Test", "Overdraw"));
            var first = await ledger.PostAsync(LedgerKit.Move(till, customer, 20m), ct);
            Assert.True(first.Succeeded);
            return await ledger.PostAsync(LedgerKit.Move(customer, AccountRef.OfOutlet(AccountKind.FeeIncome, outlet), 70.01m), ct);
        }));

        Assert.Equal(FailureKind.Conflict, result.Failure);
        Assert.Equal("ledger.insufficientFunds", result.Errors[0].Code);
        Assert.Contains(customerId.ToString("D"), result.Errors[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("70.00", result.Errors[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(AccountKind.Customer.ToString(), result.Extensions["accountKind"]);
        Assert.Equal(before, await App.TableCountsAsync());
        Assert.Equal(50m, await App.BalanceAsync(customer));
    }

    [Fact]
    public async Task Post_TillMayGoBelowZero_ItsKindAllowsIt()
    {
        var outlet = LedgerKit.NewOutlet();
        var till = AccountRef.Till(Guid.NewGuid(), outlet, "Transfer");
        var posted = await App.PostAsync(LedgerKit.Move(AccountRef.RefundsPayable(Guid.NewGuid(), outlet), till, 30m));
        Assert.True(posted.Succeeded, string.Join("; ", posted.Errors));
        Assert.Equal(-30m, await App.BalanceAsync(till));
    }

    [Fact]
    public async Task Reverse_PostsACorrectingEntryThatNamesTheOriginal_AndTheOriginalStaysAsItWas()
    {
        var outlet = LedgerKit.NewOutlet();
        var card = AccountRef.Card(Guid.NewGuid(), outlet);
        var till = AccountRef.Till(Guid.NewGuid(), outlet, "BankCard");
        var original = (await App.PostAsync(LedgerKit.Move(till, card, 88m))).Value!;

        var reversed = await App.WithScopeAsync(sp => sp.GetRequiredService<TaskTransaction>().RunAsync(ct =>
            sp.GetRequiredService<ILedger>().ReverseAsync(original.EntryId, "Test.Reverse", "r1", "typed in error", ct)));

        Assert.True(reversed.Succeeded, string.Join("; ", reversed.Errors));
        Assert.Equal(0m, await App.BalanceAsync(card));
        var entries = await App.WithDbAsync(d => d.Set<LedgerEntry>().AsNoTracking().Include(e => e.Lines)
            .Where(e => e.Id == original.EntryId || e.Id == reversed.Value!.EntryId).OrderBy(e => e.Id).ToListAsync());
        Assert.Null(entries[0].CorrectsEntryId);
        Assert.Equal(original.EntryId, entries[1].CorrectsEntryId);
        Assert.Equal(entries[0].Lines.OrderBy(l => l.LineNo).Select(l => -l.Amount), entries[1].Lines.OrderBy(l => l.LineNo).Select(l => l.Amount));
    }

    [Fact]
    public async Task Reverse_OfMoneyAlreadySpent_IsRefused()
    {
        var outlet = LedgerKit.NewOutlet();
        var customer = AccountRef.Customer(Guid.NewGuid(), outlet);
        var topUp = (await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), customer, 40m))).Value!;
        Assert.True((await App.PostAsync(LedgerKit.Move(customer, AccountRef.OfOutlet(AccountKind.FeeIncome, outlet), 30m))).Succeeded);

        var reversed = await App.WithScopeAsync(sp => sp.GetRequiredService<TaskTransaction>().RunAsync(ct =>
            sp.GetRequiredService<ILedger>().ReverseAsync(topUp.EntryId, "Test.Reverse", "r2", "too late", ct)));

        Assert.Equal("ledger.insufficientFunds", reversed.Errors.Single().Code);
        Assert.Equal(10m, await App.BalanceAsync(customer));
    }

    [Fact]
    public async Task Post_OutsideATransaction_IsAProgrammingError()
    {
        var outlet = LedgerKit.NewOutlet();
        await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithScopeAsync(sp =>
            sp.GetRequiredService<ILedger>().PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), AccountRef.Customer(Guid.NewGuid(), outlet), 1m))));
    }

    [Fact]
    public async Task AnEntry_CannotBeChangedOrRemovedThroughTheContext()
    {
        var outlet = LedgerKit.NewOutlet();
        var posted = (await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), AccountRef.Customer(Guid.NewGuid(), outlet), 5m))).Value!;
        await App.WithDbAsync<object?>(async d =>
        {
            var line = await d.Set<LedgerLine>().FirstAsync(l => l.EntryId == posted.EntryId);
            line.Amount = 1;
            await Assert.ThrowsAsync<InvalidOperationException>(() => d.SaveChangesAsync());
            d.ChangeTracker.Clear();
            d.Remove(await d.Set<LedgerEntry>().FirstAsync(e => e.Id == posted.EntryId));
            await Assert.ThrowsAsync<InvalidOperationException>(() => d.SaveChangesAsync());
            return null;
        });
    }

    [Fact]
    public async Task TwoParallelDebits_OfOneAccount_ThroughTwoScopes_ExactlyOnePasses()
    {
        var admin = await App.AdminApiClientAsync();
        for (var round = 0; round < 5; round++)
        {
            var outlet = LedgerKit.NewOutlet();
            var customer = AccountRef.Customer(Guid.NewGuid(), outlet);
            Assert.True((await App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), customer, 100m))).Succeeded);

            var income = AccountRef.OfOutlet(AccountKind.FeeIncome, outlet);
            var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => App.PostAsync(LedgerKit.Move(customer, income, 70m)))));

            Assert.Single(results, r => r.Succeeded);
            Assert.Single(results, r => r.Errors.Any(e => e.Code == "ledger.insufficientFunds"));
            Assert.Equal(30m, await App.BalanceAsync(customer));
        }

        await App.AssertIntactAsync(admin);
    }

    [Fact]
    public async Task FirstPostings_ToANewAccount_InParallel_CreateItOnce()
    {
        var outlet = LedgerKit.NewOutlet();
        var customerId = Guid.NewGuid();
        var customer = AccountRef.Customer(customerId, outlet);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => App.PostAsync(LedgerKit.Move(AccountRef.Till(Guid.NewGuid(), outlet, "Cash"), customer, 1m + i)))));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors)));
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<LedgerAccount>().CountAsync(a => a.OwnerId == customerId)));
        Assert.Equal(Enumerable.Range(0, 8).Sum(i => 1m + i), await App.BalanceAsync(customer));
    }
}

public sealed class LedgerPostingTests_Sqlite(SqliteDatabase db) : LedgerPostingTests(db), IClassFixture<SqliteDatabase>;

public sealed class LedgerPostingTests_Postgres(PostgresDatabase db) : LedgerPostingTests(db), IClassFixture<PostgresDatabase>;
