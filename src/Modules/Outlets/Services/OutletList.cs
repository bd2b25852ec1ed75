using Admin.Kernel.Data;
using Admin.Modules.Outlets.Contracts;
using Admin.Modules.Outlets.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Outlets.Services;

internal sealed class OutletList(AdminDbContext db) : IOutletList
{
    public async Task<IReadOnlyList<OutletInfo>> AllAsync(CancellationToken ct = default) =>
        (await db.Set<Outlet>().AsNoTracking().OrderBy(o => o.Code).ToListAsync(ct))
            .Select(o => new OutletInfo(o.Id, o.Code, o.Name, o.Type.ToString(), o.Status.ToString(), o.AllowsSignIn, o.Type == OutletType.HeadOffice) { ParentId = o.ParentId })
            .ToList();
}
