using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Modules.Outlets.Models;

namespace Admin.Modules.Outlets.Services;

/// <summary>
/// The subtree of an outlet for the kernel's <see cref="OutletScope"/>. The tree is two levels under head office
/// (a branch's children are outlets, an outlet has none: <see cref="OutletService.FitsUnder"/>), so a subtree is the node
/// and its children: one indexed lookup on <c>ParentId</c>, composed into the caller's statement.
/// </summary>
internal sealed class OutletTree(AdminDbContext db) : IOutletTree
{
    public IQueryable<Guid> Subtree(Guid outletId) =>
        db.Set<Outlet>().Where(o => o.Id == outletId || o.ParentId == outletId).Select(o => o.Id);
}
