using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Admin.Modules.Operators;

/// <summary>Operators by outlet code, login name and display name; roles by their name in the reader's language.</summary>
internal sealed class OperatorsRecordNames(AdminDbContext db, IStringLocalizer text) : IRecordNamer
{
    public IReadOnlyCollection<string> Kinds { get; } = [nameof(Operator), nameof(Role)];

    public async Task<IReadOnlyDictionary<string, RecordName>> NameAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        if (kind == nameof(Role))
        {
            var names = keys.ToList();
            var roles = await db.Set<Role>().AsNoTracking().Where(r => names.Contains(r.Name!))
                .Select(r => new { r.Id, r.Name, r.NameZh }).ToListAsync(ct);
            return roles.ToDictionary(r => r.Name!, r => new RecordName(RoleNames.Name(r.Name, r.NameZh, text), $"/admin/roles/{r.Id}"));
        }

        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var operators = await db.Set<Operator>().AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.OutletCode, o.LoginName, o.DisplayName, o.DisplayNameZh }).ToListAsync(ct);
        return operators.ToDictionary(o => o.Id.ToString(), o => new RecordName(
            $"{LocalNames.Pick(o.DisplayName, o.DisplayNameZh)} ({o.OutletCode}/{o.LoginName})", $"/admin/operators/{o.Id}"));
    }
}
