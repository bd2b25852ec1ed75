using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Modules.Outlets.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Outlets;

/// <summary>Outlets by code and name in the reader's language.</summary>
internal sealed class OutletsRecordNames(AdminDbContext db) : IRecordNamer
{
    public IReadOnlyCollection<string> Kinds { get; } = [nameof(Outlet)];

    public async Task<IReadOnlyDictionary<string, RecordName>> NameAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var codes = keys.ToList();
        var outlets = await db.Set<Outlet>().AsNoTracking().Where(o => codes.Contains(o.Code)).Select(o => new { o.Code, o.Name, o.NameZh }).ToListAsync(ct);
        return outlets.ToDictionary(o => o.Code, o => new RecordName($"{o.Code} {LocalNames.Pick(o.Name, o.NameZh)}", $"/admin/outlets/{o.Code}"));
    }
}
