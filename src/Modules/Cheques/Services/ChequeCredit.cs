using Admin.Kernel.Data;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cheques.Services;

/// <summary>
/// Credit before clearing for rated customers: a cheque is credited at receipt when the customer's credit line has room for
/// all of it (limit less the exposure of cheques credited and not yet cleared) and the customer owes nothing (Receivable).
/// </summary>
public sealed class ChequeCredit(AdminDbContext db, IEnumerable<ICreditLineSource> sources, ILedger ledger) : ICreditExposureSource
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
        (await (from c in db.Set<Cheque>().AsNoTracking()
                join x in db.Set<CreditedCheque>().AsNoTracking() on c.Id equals x.ChequeId
                where x.CustomerId == customerId && c.Status == ChequeStatus.Received
                select c.Amount).ToListAsync(ct)).Sum();

    /// <summary>Marks the cheques that were credited at receipt (the flag is not a column of the cheque: it lives in <see cref="CreditedCheque"/>).</summary>
    public async Task<T> MarkAsync<T>(T cheques, CancellationToken ct) where T : IEnumerable<Cheque>
    {
        var ids = cheques.Select(c => c.Id).ToList();
        if (ids.Count > 0)
        {
            var credited = (await db.Set<CreditedCheque>().AsNoTracking().Where(x => ids.Contains(x.ChequeId)).Select(x => x.ChequeId).ToListAsync(ct)).ToHashSet();
            foreach (var c in cheques)
            {
                c.Credited = credited.Contains(c.Id);
            }
        }

        return cheques;
    }
}
