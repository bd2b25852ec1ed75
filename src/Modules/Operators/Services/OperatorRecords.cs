using Admin.Kernel.Permissions;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Operators.Services;

/// <summary>Filters of the operators list. <paramref name="Status"/>: Active, Disabled, Locked or MustChangePassword.</summary>
public sealed record OperatorFilter(string? Search, string? Outlet, string? Status, string? Role, string? After = null, int? Limit = null);

/// <summary>One row of the operators list.</summary>
public sealed record OperatorRow(
    Guid Id, string OutletCode, string LoginName, string DisplayName, string? EmployeeNumber, string? Phone,
    OperatorStatus Status, bool IsLocked, bool MustChangePassword, DateTime? LastSignInAt, IReadOnlyList<string> Roles);

/// <summary>An operator's record: the operator, their outlet, roles, effective permissions and password state.</summary>
public sealed record OperatorDetails(
    Operator Operator,
    OutletInfo? Outlet,
    IReadOnlyList<string> Roles,
    IReadOnlyList<EffectivePermission> Permissions,
    bool PasswordExpired,
    DateTime? PasswordExpiresAt,
    DateTime? LockEndsAt);

/// <summary>A permission an operator holds and where it comes from: their roles, a direct grant, or both.</summary>
public sealed record EffectivePermission(Permission Permission, string ModuleName, bool Direct, IReadOnlyList<string> Roles);

/// <summary>The enabled permissions of one module, as the permission screens group them.</summary>
public sealed record PermissionGroup(string ModuleId, string ModuleName, string ModuleDescription, IReadOnlyList<Permission> Permissions);

/// <summary>What an administrator may change on an operator. <paramref name="Roles"/> null leaves the roles as they are.</summary>
public sealed record OperatorChanges(string? DisplayName, string? EmployeeNumber, string? Phone, IReadOnlyList<string?>? Roles, string? Version);

/// <summary>An operator and the one-time password to hand over (after a create or a reset; shown once, never stored).</summary>
public sealed record OperatorWithPassword(Operator Operator, IReadOnlyList<string> Roles, string TemporaryPassword);

/// <summary>A role's fields as a form or the API sends them. On update, <paramref name="Name"/> null keeps the name.</summary>
public sealed record RoleInput(string? Name, string? Description, IReadOnlyList<string?>? Permissions, string? Version = null)
{
    /// <summary>The name and description in Chinese; null leaves them as they are (an API client that does not send them).</summary>
    public string? NameZh { get; init; }
    public string? DescriptionZh { get; init; }
}

/// <summary>A role with its permissions and how many operators hold it.</summary>
public sealed record RoleDetails(Role Role, IReadOnlyList<string> Permissions, int OperatorCount, bool IsAdministrator);

/// <summary>A role as a choice on the operator form: whether the caller may assign it, and what they lack if not.</summary>
public sealed record RoleChoice(string Name, string? Description, bool Assignable, IReadOnlyList<string> MissingPermissions)
{
    public string? NameZh { get; init; }
    public string? DescriptionZh { get; init; }
}
