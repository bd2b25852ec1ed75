using System.Security.Claims;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Operators.Services;

/// <summary>The claims a session cookie or bearer token carries for a signed-in operator.</summary>
public static class OperatorPrincipal
{
    /// <summary>The claims of a signed-in operator's session or token.</summary>
    public static ClaimsPrincipal Create(Operator op, OutletInfo outlet, bool mustChangePassword, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(AdminClaims.OperatorId, op.Id.ToString()),
            new(AdminClaims.LoginName, op.LoginName),
            new(AdminClaims.DisplayName, op.DisplayName),
            new(AdminClaims.OutletId, outlet.Id.ToString()),
            new(AdminClaims.OutletCode, outlet.Code),
            new(AdminClaims.Scope, outlet.IsHeadOffice ? "all" : "outlet"),
            new(AdminClaims.SecurityStamp, op.SecurityStamp ?? ""),
        };
        if (mustChangePassword)
        {
            claims.Add(new Claim(AdminClaims.MustChangePassword, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, AdminClaims.LoginName, "role"));
    }
}
