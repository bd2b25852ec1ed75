namespace Admin.Kernel.Permissions;

/// <summary>A permission a module declares. <see cref="Name"/> is <c>"ModuleId.Verb"</c>.</summary>
public sealed record Permission(string Name, string Description)
{
    /// <summary>The module id: the part of the name before the first dot.</summary>
    public string ModuleId => Name.Split('.', 2)[0];
}

/// <summary>The role names the setup recipe creates; default grants refer to them.</summary>
public static class DefaultRoles
{
    /// <summary>Head-office administrator.</summary>
    public const string Administrator = "Administrator";
    /// <summary>Reads audit data, changes nothing.</summary>
    public const string Auditor = "Auditor";
    /// <summary>Counter work at one outlet.</summary>
    public const string OutletOperator = "Outlet operator";
    /// <summary>Authorises same-level reviews at their outlet.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>All four.</summary>
    public static readonly IReadOnlyList<string> All = [Administrator, Auditor, OutletOperator, Reviewer];
}

/// <summary>
/// Declares a module's permissions and which default roles get which of them.
/// Implementations are found by scanning the module assemblies.
/// </summary>
public interface IPermissionProvider
{
    /// <summary>The module's permissions.</summary>
    IEnumerable<Permission> GetPermissions();

    /// <summary>Default grants: role name → permission names (see <see cref="DefaultRoles"/>).</summary>
    IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants();
}
