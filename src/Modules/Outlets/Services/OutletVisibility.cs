using Admin.Kernel.Security;
using Admin.Modules.Outlets.Models;

namespace Admin.Modules.Outlets.Services;

/// <summary>
/// The kernel's <see cref="OutletScope"/> applied to outlets themselves. An outlet is not owned by an outlet, it is
/// one, so it cannot be an <see cref="IOutletOwned"/>: head office sees every outlet, a branch itself and the outlets
/// under it, anyone else only their own. Every read and change of an outlet goes through here, so another outlet's code
/// is simply "not found".
/// </summary>
public sealed class OutletVisibility(OutletScope scope)
{
    /// <summary>True when the caller acts across outlets (head office).</summary>
    public bool SeesAllOutlets => scope.SeesAllOutlets;

    /// <summary>Filters a query to the outlets the caller may see.</summary>
    public IQueryable<Outlet> Apply(IQueryable<Outlet> outlets) => scope.Apply(outlets, o => o.Id);
}
