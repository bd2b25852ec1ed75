using System.Security.Claims;
using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// Decides on every request whether a session or token is still good: the operator exists, is active, their outlet
/// lets them sign in and the security stamp is unchanged (a login-name change, disable, reset or password change
/// renews the stamp and so ends every session and token at once).
/// </summary>
public sealed class SessionValidator(AdminDbContext db)
{
    /// <summary>True when the principal's session may go on.</summary>
    public async Task<bool> IsValidAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (!Guid.TryParse(principal.FindFirst(AdminClaims.OperatorId)?.Value, out var id))
        {
            return false;
        }

        var stamp = principal.FindFirst(AdminClaims.SecurityStamp)?.Value;
        var row = await (from o in db.Set<Operator>().AsNoTracking()
                         join outlet in db.Set<Outlet>().AsNoTracking() on o.OutletId equals outlet.Id
                         where o.Id == id
                         select new { o.SecurityStamp, o.Status, o.IsLocked, OutletStatus = outlet.Status })
            .FirstOrDefaultAsync(ct);
        return row is not null
            && row.SecurityStamp == stamp
            && row.Status == OperatorStatus.Active
            && !row.IsLocked
            && row.OutletStatus == OutletStatus.Active;
    }
}
