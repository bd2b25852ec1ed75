using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Modules.Issuing.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Issuing.Services;

/// <summary>Reads issuing records the caller may see (an outlet operator: their outlet's).</summary>
public sealed class IssueQuery(AdminDbContext db, OutletScope scope)
{
    /// <summary>The visible record with its lines, or null.</summary>
    public Task<IssueRecord?> FindAsync(Guid id, CancellationToken ct = default) =>
        scope.Apply(db.Set<IssueRecord>().AsNoTracking()).Include(r => r.Lines.OrderBy(l => l.LineNo)).FirstOrDefaultAsync(r => r.Id == id, ct);
}
