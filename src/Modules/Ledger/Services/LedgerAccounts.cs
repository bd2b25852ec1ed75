using Admin.Kernel.Data;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Ledger.Services;

/// <summary>Finds accounts by reference and creates them on first use.</summary>
internal sealed class LedgerAccounts(AdminDbContext db, TimeProvider clock)
{
    /// <summary>The account's id, or null when it was never posted to.</summary>
    public Task<long?> FindAsync(AccountRef account, CancellationToken ct) =>
        Matching(account).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The account's id, creating the account when it does not exist yet. Race-safe on both databases: the unique index on
    /// (kind, owner, method, outlet) and <c>INSERT ... ON CONFLICT DO NOTHING</c> let two tasks create the same account at
    /// once (PostgreSQL makes the second wait for the first and skip), and the row is read again afterwards. Runs inside the
    /// caller's transaction, so an account created by a task that rolls back disappears with it.
    /// </summary>
    public async Task<long> GetOrCreateAsync(AccountRef account, CancellationToken ct)
    {
        if (await FindAsync(account, ct) is { } id)
        {
            return id;
        }

        var kind = account.Kind.ToString();
        var method = account.PaymentMethod ?? "";
        var canGoNegative = !ChartOfAccounts.Of(account.Kind).NeverNegative;
        var at = clock.GetUtcNow().UtcDateTime;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Ledger_Accounts" ("Kind", "OwnerId", "Method", "OutletId", "Balance", "CanGoNegative", "CreatedAt")
            VALUES ({kind}, {account.OwnerId}, {method}, {account.OutletId}, {0L}, {canGoNegative}, {at})
            ON CONFLICT DO NOTHING
            """, ct);
        return await FindAsync(account, ct) ?? throw new InvalidOperationException($"The ledger account {account} was not created.");
    }

    private IQueryable<LedgerAccount> Matching(AccountRef account)
    {
        var method = account.PaymentMethod ?? "";
        return db.Set<LedgerAccount>().AsNoTracking()
            .Where(a => a.Kind == account.Kind && a.OwnerId == account.OwnerId && a.Method == method && a.OutletId == account.OutletId);
    }
}
