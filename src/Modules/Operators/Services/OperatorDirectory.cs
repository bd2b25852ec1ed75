using Admin.Kernel.Data;
using Admin.Modules.Operators.Contracts;
using Admin.Modules.Operators.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>Operators as other modules see them.</summary>
internal sealed class OperatorDirectory(AdminDbContext db) : IOperatorDirectory
{
    public Task<OperatorInfo?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<Operator>().AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OperatorInfo(o.Id, o.LoginName, o.DisplayName, o.OutletId, o.OutletCode)).FirstOrDefaultAsync(ct);
}
