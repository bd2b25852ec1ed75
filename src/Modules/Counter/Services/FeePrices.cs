using Admin.Kernel.Data;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

internal sealed class FeePrices(AdminDbContext db, Kernel.Time.LocalClock local) : IFeeSchedule
{
    public async Task<IReadOnlyList<FeePrice>> PricesTodayAsync(CancellationToken ct = default)
    {
        var today = await local.TodayAsync(ct);
        var items = await db.Set<FeeItem>().AsNoTracking().Include(f => f.Amounts).Where(f => f.IsActive).ToListAsync(ct);
        return items.Select(f => (f, amount: f.AmountOn(today)))
            .Where(x => x.amount is not null)
            .OrderBy(x => x.f.Code, StringComparer.Ordinal)
            .Select(x => new FeePrice(x.f.Code, x.f.NameEn, x.f.NameZh, x.amount!.Amount, x.f.ReviewWhenChanged))
            .ToList();
    }
}
