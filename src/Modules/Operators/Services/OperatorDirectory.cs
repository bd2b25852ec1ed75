using Admin.Kernel.Data;
using Admin.Modules.Operators.Contracts;
using Admin.Modules.Operators.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>Operators as other modules see them.</summary>
internal sealed class OperatorDirectory(AdminDbContext db) : IOperatorDirectory
{
    public Task<OperatorInfo?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var zh = Kernel.Localization.LocalNames.IsChinese;
        return db.Set<Operator>().AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OperatorInfo(o.Id, o.LoginName, zh && o.DisplayNameZh != null ? o.DisplayNameZh : o.DisplayName, o.OutletId, o.OutletCode)).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyDictionary<Guid, OperatorInfo>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, OperatorInfo>();
        }

        var zh = Kernel.Localization.LocalNames.IsChinese;
        var list = ids.ToList();
        return await db.Set<Operator>().AsNoTracking().Where(o => list.Contains(o.Id))
            .Select(o => new OperatorInfo(o.Id, o.LoginName, zh && o.DisplayNameZh != null ? o.DisplayNameZh : o.DisplayName, o.OutletId, o.OutletCode))
            .ToDictionaryAsync(o => o.Id, ct);
    }

    public async Task<IReadOnlyList<OperatorInfo>> FindByLoginNamesAsync(IReadOnlyCollection<string> loginNames, CancellationToken ct = default)
    {
        if (loginNames.Count == 0)
        {
            return [];
        }

        var zh = Kernel.Localization.LocalNames.IsChinese;
        var list = loginNames.Distinct(StringComparer.Ordinal).ToList();
        return await db.Set<Operator>().AsNoTracking().Where(o => list.Contains(o.LoginName))
            .Select(o => new OperatorInfo(o.Id, o.LoginName, zh && o.DisplayNameZh != null ? o.DisplayNameZh : o.DisplayName, o.OutletId, o.OutletCode))
            .ToListAsync(ct);
    }
}
