using Admin.Kernel.Data;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>The <see cref="IFeeCollectionReader"/> contract over <see cref="FeeCollectionQuery"/> (outlet-scoped).</summary>
internal sealed class FeeCollectionReader(FeeCollectionQuery query, AdminDbContext db) : IFeeCollectionReader
{
    public async Task<FeeCollectionInfo?> FindAsync(Guid id, CancellationToken ct = default)
    {
        if (await query.FindAsync(id, ct) is not { } c)
        {
            return null;
        }

        var method = await db.Set<PaymentMethod>().AsNoTracking().FirstOrDefaultAsync(p => p.Code == c.PaymentMethod, ct);
        return new FeeCollectionInfo(
            c.Id, c.OutletId, c.OutletCode, c.Receipt, c.CustomerId, c.CustomerCode, c.CustomerName,
            c.PaymentMethod, method?.NameEn ?? c.PaymentMethod, method?.NameZh ?? c.PaymentMethod, c.Total, c.At,
            c.OperatorLogin, c.ReviewerLogin, c.TitleCopy,
            c.Lines.Select(l => new FeeCollectionLineInfo(l.LineNo, l.FeeCode, l.FeeNameEn, l.FeeNameZh, l.Quantity, l.UnitAmount, l.ScheduleAmount, l.CollectedAmount)).ToList());
    }
}
