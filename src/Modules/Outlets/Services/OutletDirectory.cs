using Admin.Kernel.Data;
using Admin.Modules.Outlets.Contracts;
using Admin.Modules.Outlets.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Outlets.Services;

internal sealed class OutletDirectory(AdminDbContext db, Kernel.Security.OutletScope scope) : IOutletDirectory
{
    public async Task<OutletInfo?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        Outlet.IsValidCode(code) ? ToInfo(await db.Set<Outlet>().AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, ct)) : null;

    public async Task<OutletInfo?> FindAsync(Guid id, CancellationToken ct = default) =>
        ToInfo(await db.Set<Outlet>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct));

    public async Task<IReadOnlyList<OutletInfo>> HeadOfficesAsync(CancellationToken ct = default) =>
        (await db.Set<Outlet>().AsNoTracking().Where(o => o.Type == OutletType.HeadOffice).OrderBy(o => o.Code).ToListAsync(ct))
        .Select(o => ToInfo(o)!).ToList();

    public async Task<IReadOnlyList<OutletInfo>> VisibleOpenAsync(CancellationToken ct = default) =>
        (await scope.Apply(db.Set<Outlet>().AsNoTracking(), o => (Guid?)o.Id).Where(o => o.Status != OutletStatus.Closed).OrderBy(o => o.Code).ToListAsync(ct))
        .Select(o => ToInfo(o)!).ToList();

    // Outlet.AllowsSignIn, in a form the database can evaluate.
    public IQueryable<Guid> SignInOutletIds() =>
        db.Set<Outlet>().AsNoTracking().Where(o => o.Status == OutletStatus.Active).Select(o => o.Id);

    private static OutletInfo? ToInfo(Outlet? o) =>
        o is null ? null : new OutletInfo(o.Id, o.Code, o.Name, o.Type.ToString(), o.Status.ToString(), o.AllowsSignIn, o.Type == OutletType.HeadOffice) { NameZh = o.NameZh, ParentId = o.ParentId };
}
