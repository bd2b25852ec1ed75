using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Modules.Cheques.Contracts;
using Admin.Modules.Cheques.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cheques.Services;

/// <summary>The <see cref="IChequeReader"/> contract over <see cref="ChequeQuery"/> (outlet-scoped); the reviewer is the receipt event's.</summary>
internal sealed class ChequeReader(ChequeQuery query, AdminDbContext db, OutletScope scope) : IChequeReader
{
    public async Task<ChequeInfo?> FindAsync(Guid id, CancellationToken ct = default)
    {
        if (await query.FindAsync(id, ct) is not { } c)
        {
            return null;
        }

        var reviewer = await scope.Apply(db.Set<ChequeEvent>().AsNoTracking())
            .Where(e => e.ChequeId == id && e.Kind == "Receive").Select(e => e.ReviewerLogin).FirstOrDefaultAsync(ct);
        return new ChequeInfo(
            c.Id, c.OutletId, c.OutletCode, c.Receipt, c.CustomerId, c.CustomerCode, c.CustomerName, c.Number, c.DrawerName, c.DrawerBank,
            c.DrawerAccount, c.Amount, c.ChequeDate, c.Purpose, c.ReceivedAt, c.ReceivedOn, c.ReceivedBy, reviewer, c.Status.ToString());
    }
}
