using Admin.Kernel.Data;
using Admin.Modules.Cheques.Contracts;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cheques.Services;

/// <summary>
/// Credit before clearing for rated customers: a cheque is credited at receipt when the customer's credit line has room for
/// all of it (limit less the exposure of cheques credited and not yet cleared) and the customer owes nothing (Receivable).
/// </summary>
public sealed class ChequeCredit(AdminDbContext db, IEnumerable<ICreditLineSource> sources, ILedger ledger) : IChequeExposure
{
    /// <summary>Inside the receipt's transaction (the credit line locked): may this cheque be credited now?</summary>
    public async Task<bool> MayCreditAsync(Guid customerId, Guid outletId, decimal amount, CancellationToken ct)
    {
        CreditLine? line = null;
        foreach (var source in sources)
        {
            line ??= await source.LockAsync(customerId, ct);
        }

        if (line is null || line.Limit <= 0 || await ledger.BalanceAsync(AccountRef.Receivable(customerId, outletId), ct) > 0)
        {
            return false;
        }

        return await ExposureAsync(customerId, ct) + amount <= line.Limit;
    }

    public async Task<decimal> ExposureAsync(Guid customerId, CancellationToken ct = default) =>
        (await db.Set<Cheque>().AsNoTracking().Where(c => c.CustomerId == customerId && c.Credited && c.Status == ChequeStatus.Received)
            .Select(c => c.Amount).ToListAsync(ct)).Sum();
}
