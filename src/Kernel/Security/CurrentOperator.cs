using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Admin.Kernel.Security;

/// <summary>Claim types the console puts into an operator's session and tokens.</summary>
public static class AdminClaims
{
    /// <summary>Operator id (Guid).</summary>
    public const string OperatorId = "sub";
    /// <summary>Operator login name.</summary>
    public const string LoginName = "login";
    /// <summary>Display name.</summary>
    public const string DisplayName = "name";
    /// <summary>Display name in Chinese, when the operator has one apart from <see cref="DisplayName"/>.</summary>
    public const string DisplayNameZh = "name_zh";
    /// <summary>Outlet id (Guid).</summary>
    public const string OutletId = "outlet";
    /// <summary>Outlet code (8 digits).</summary>
    public const string OutletCode = "outlet_code";
    /// <summary>"all" for head office (acts across outlets), "branch" for a branch (its own subtree), "outlet" otherwise.</summary>
    public const string Scope = "reach";
    /// <summary>Security stamp at sign-in; a changed stamp ends the session.</summary>
    public const string SecurityStamp = "stamp";
    /// <summary>Present while the operator must set a new password before anything else.</summary>
    public const string MustChangePassword = "must_change_pw";
}

/// <summary>The operator making the current request, or an anonymous/system caller.</summary>
public interface ICurrentOperator
{
    /// <summary>True when an operator is signed in.</summary>
    bool IsAuthenticated { get; }
    /// <summary>Operator id, when signed in.</summary>
    Guid? OperatorId { get; }
    /// <summary>Login name, when signed in.</summary>
    string? LoginName { get; }
    /// <summary>The operator's outlet id.</summary>
    Guid? OutletId { get; }
    /// <summary>The operator's outlet code.</summary>
    string? OutletCode { get; }
    /// <summary>True for head-office operators, who act across outlets.</summary>
    bool SeesAllOutlets { get; }
    /// <summary>True for operators of a branch (分公司), who see their branch and the outlets under it.</summary>
    bool SeesBranch { get; }
    /// <summary>Client IP address of the request.</summary>
    string? ClientIp { get; }
}

/// <summary>Reads the current operator from the request's principal.</summary>
internal sealed class HttpCurrentOperator(IHttpContextAccessor http) : ICurrentOperator
{
    private ClaimsPrincipal? User => http.HttpContext?.User;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;
    public Guid? OperatorId => Guid.TryParse(Claim(AdminClaims.OperatorId), out var id) ? id : null;
    public string? LoginName => Claim(AdminClaims.LoginName);
    public Guid? OutletId => Guid.TryParse(Claim(AdminClaims.OutletId), out var id) ? id : null;
    public string? OutletCode => Claim(AdminClaims.OutletCode);
    public bool SeesAllOutlets => Claim(AdminClaims.Scope) == "all";
    public bool SeesBranch => Claim(AdminClaims.Scope) == "branch";
    public string? ClientIp => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    private string? Claim(string type) => IsAuthenticated ? User!.FindFirst(type)?.Value : null;
}

/// <summary>An entity that belongs to one outlet.</summary>
public interface IOutletOwned
{
    /// <summary>The owning outlet.</summary>
    Guid OutletId { get; }
}

