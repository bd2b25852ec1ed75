using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Admin.Tests.Closes;
using Admin.Tests.CustomerAccounts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Checks;

/// <summary>
/// One test per abnormal-entry rule not covered by <see cref="ChecksTests"/>: each plants its case at one outlet (through the
/// real tasks, or in the data behind the console's back where the console itself refuses it) and finds it there, and finds
/// nothing at a clean outlet. The ledger is changed behind the console's back here, so these run in a database of their own.
/// </summary>
public abstract class CheckRulesTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task TillDifference_AShiftCountedShort_IsFound_WithItsShiftReport_AnExactCountIsNot()
    {
        var admin = await App.AdminApiClientAsync();
        var short_ = await IssuingDesk.CreateAsync(App);
        var exact = await IssuingDesk.CreateAsync(App);
        await short_.CashTopUpAsync(100.00m);
        await exact.CashTopUpAsync(100.00m);
        var close = await short_.CloseShiftAsync(95.00m);
        await exact.CloseShiftAsync(100.00m);

        var found = ChecksTestKit.Findings(await App.RunCheckAsync(admin, short_.Outlet), "Checks.TillDifference");
        var none = ChecksTestKit.Findings(await App.RunCheckAsync(admin, exact.Outlet), "Checks.TillDifference");

        var finding = Assert.Single(found);
        Assert.Equal(-5.00m, finding.GetProperty("amount").GetDecimal());
        Assert.Equal(short_.Login, finding.GetProperty("operator").GetString());
        Assert.Contains(finding.GetProperty("links").EnumerateArray(), l => l.GetProperty("url").GetString() == $"/closes/shifts/{close.GetProperty("id").GetString()}");
        Assert.Empty(none);
    }

    [Fact]
    public async Task DepositWithoutCard_ADepositTakenOffAnOpenCard_IsFound_OneTakenOffAReturnedCardIsNot()
    {
        var admin = await App.AdminApiClientAsync();
        var taken = await IssuingDesk.CreateAsync(App);
        var returned = await IssuingDesk.CreateAsync(App);
        var (kept, keptCards) = await App.CustomerWithCardsAsync(taken, 0);
        var (gone, goneCards) = await App.CustomerWithCardsAsync(returned, 0);
        var open = AccountRef.Deposit(keptCards[0].Id, kept.OutletId);
        await App.FundAsync(open, 20.00m);
        await App.MoveAsync(open, AccountRef.OfOutlet(AccountKind.Suspense, kept.OutletId), 20.00m);
        // The other customer is closed with its card first; the deposit then comes off a card that came back.
        await App.FundAsync(AccountRef.Customer(gone.Id, gone.OutletId), 10.00m);
        await returned.CloseCustomerAsync(gone.Id);
        var back = AccountRef.Deposit(goneCards[0].Id, gone.OutletId);
        await App.FundAsync(back, 20.00m);
        await App.MoveAsync(back, AccountRef.OfOutlet(AccountKind.Suspense, gone.OutletId), 20.00m);

        var found = ChecksTestKit.Findings(await App.RunCheckAsync(admin, taken.Outlet), "Checks.DepositWithoutCard");
        var none = ChecksTestKit.Findings(await App.RunCheckAsync(admin, returned.Outlet), "Checks.DepositWithoutCard");

        var finding = Assert.Single(found);
        Assert.Equal(20.00m, finding.GetProperty("amount").GetDecimal());
        Assert.Contains(keptCards[0].Number, finding.GetProperty("message").GetString());
        Assert.Empty(none);
    }

    [Fact]
    public async Task AfterClose_AnEntryDatedAfterItsShiftClose_IsFound_AShiftClosedInOrderIsNot()
    {
        var admin = await App.AdminApiClientAsync();
        var late = await IssuingDesk.CreateAsync(App);
        var onTime = await IssuingDesk.CreateAsync(App);
        var lateReceipt = await late.CashTopUpAsync(30.00m);
        await onTime.CashTopUpAsync(30.00m);
        await late.CloseShiftAsync(30.00m);
        await onTime.CloseShiftAsync(30.00m);
        // The console refuses a task in a closed shift; in the data, a shift close dated before its own entries shows as one.
        Assert.True(await App.BackdateShiftMarksAsync(await App.OutletIdAsync(late.Outlet), TimeSpan.FromMinutes(30)) > 0);

        var found = ChecksTestKit.Findings(await App.RunCheckAsync(admin, late.Outlet), "Checks.AfterClose");
        var none = ChecksTestKit.Findings(await App.RunCheckAsync(admin, onTime.Outlet), "Checks.AfterClose");

        var entry = lateReceipt.GetProperty("ledgerEntry").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(found, f => f.GetProperty("message").GetString()!.Contains(entry, StringComparison.Ordinal));
        Assert.All(found, f => Assert.Equal(late.Login, f.GetProperty("operator").GetString()));
        Assert.Empty(none);
    }

    [Fact]
    public async Task UnfundedLoads_ALoadOfMoneyReceivedBeforeTheLookback_IsFound_ALoadOfMoneyJustReceivedIsNot()
    {
        var admin = await App.AdminApiClientAsync();
        var unfunded = await IssuingDesk.CreateAsync(App);
        var funded = await IssuingDesk.CreateAsync(App);
        var (u, f) = (await App.OutletIdAsync(unfunded.Outlet), await App.OutletIdAsync(funded.Outlet));
        var (cardU, cardF) = (Guid.NewGuid(), Guid.NewGuid());
        var old = await App.PostAsync(LedgerKit.Move(AccountRef.OfOutlet(AccountKind.Suspense, u), AccountRef.Card(cardU, u), 100.00m, "Test.Fund"));
        Assert.True(old.Succeeded, string.Join("; ", old.Errors));
        // That money reached the card three days ago; the check looks one day back.
        Assert.Equal(1, await App.BackdateEntriesAsync([old.Value!.EntryId], TimeSpan.FromDays(3)));
        await App.FundAsync(AccountRef.Card(cardF, f), 100.00m);
        await ChecksTestKit.SetIntAsync(admin, "Checks.LoadLookbackDays", 1);
        try
        {
            await App.MoveAsync(AccountRef.Card(cardU, u), new AccountRef(AccountKind.PurseInTransit, cardU, u), 100.00m);
            await App.MoveAsync(AccountRef.Card(cardF, f), new AccountRef(AccountKind.PurseInTransit, cardF, f), 100.00m);

            var found = ChecksTestKit.Findings(await App.RunCheckAsync(admin, unfunded.Outlet), "Checks.UnfundedLoads");
            var none = ChecksTestKit.Findings(await App.RunCheckAsync(admin, funded.Outlet), "Checks.UnfundedLoads");

            var finding = Assert.Single(found);
            Assert.Equal(100.00m, finding.GetProperty("amount").GetDecimal());
            Assert.Empty(none);
        }
        finally
        {
            await ChecksTestKit.SetIntAsync(admin, "Checks.LoadLookbackDays", 30);
        }
    }
}

public sealed class CheckRulesTests_Sqlite(SqliteDatabase db) : CheckRulesTests(db), IClassFixture<SqliteDatabase>;

public sealed class CheckRulesTests_Postgres(PostgresDatabase db) : CheckRulesTests(db), IClassFixture<PostgresDatabase>;

/// <summary>The ledger-verification rule, alone in its database: nothing while the ledger is intact, a finding once a line is changed behind the console's back.</summary>
public abstract class LedgerVerificationCheckTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task LedgerVerification_FindsNothingInAnIntactLedger_AndALineChangedBehindTheConsolesBack()
    {
        var admin = await App.AdminApiClientAsync();
        var desk = await IssuingDesk.CreateAsync(App);
        var receipt = await desk.CashTopUpAsync(50.00m);
        var intact = ChecksTestKit.Findings(await App.RunCheckAsync(admin, null), "Checks.LedgerVerification");
        var entry = receipt.GetProperty("ledgerEntry").GetInt64();
        var line = await App.WithDbAsync(d => d.Set<LedgerLine>().Where(l => l.EntryId == entry).OrderBy(l => l.LineNo).Select(l => l.Id).FirstAsync());
        await App.ChangeLineAsync(line, 100);

        var changed = ChecksTestKit.Findings(await App.RunCheckAsync(admin, null), "Checks.LedgerVerification");

        Assert.Empty(intact);
        Assert.NotEmpty(changed);
    }
}

public sealed class LedgerVerificationCheckTests_Sqlite(SqliteDatabase db) : LedgerVerificationCheckTests(db), IClassFixture<SqliteDatabase>;

public sealed class LedgerVerificationCheckTests_Postgres(PostgresDatabase db) : LedgerVerificationCheckTests(db), IClassFixture<PostgresDatabase>;
