using Admin.Kernel.Localization;
using Admin.Modules.Operators.Services;

namespace Admin.Modules.Operators.Api;

/// <summary>An operator as the API shows it. Instants are UTC; <see cref="Version"/> goes back with an update.</summary>
public record OperatorDto
{
    public Guid Id { get; init; }
    public string OutletCode { get; init; } = "";
    public string LoginName { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string? EmployeeNumber { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary><c>Active</c> or <c>Disabled</c>.</summary>
    public string Status { get; init; } = "";
    public bool IsLocked { get; init; }
    public DateTime? LockedAt { get; init; }
    public int AccessFailedCount { get; init; }
    public bool MustChangePassword { get; init; }
    public DateTime? PasswordChangedAt { get; init; }
    public DateTime? LastSignInAt { get; init; }
    public DateTime CreatedAt { get; init; }
    public string Version { get; init; } = "";
}

/// <summary>An operator with the one-time temporary password: the answer of a create or a reset, and the only time it is shown.</summary>
public sealed record OperatorWithPasswordDto : OperatorDto
{
    public string TemporaryPassword { get; init; } = "";
}

/// <summary>One operator in a list.</summary>
public sealed record OperatorListItemDto(
    Guid Id, string OutletCode, string LoginName, string DisplayName, string? EmployeeNumber, string? Phone,
    string Status, bool IsLocked, bool MustChangePassword, DateTime? LastSignInAt, IReadOnlyList<string> Roles);

/// <summary>A new operator. Roles by name. The temporary password is generated and answered once.</summary>
public sealed record NewOperatorRequest(string? OutletCode, string? LoginName, string? DisplayName, string? EmployeeNumber, string? Phone, List<string?>? Roles);

/// <summary>Changes to an operator, with the version read. <c>roles</c> omitted (null) leaves the roles as they are.</summary>
public sealed record OperatorUpdateRequest(string? DisplayName, string? EmployeeNumber, string? Phone, List<string?>? Roles, string? Version);

/// <summary>A new login name; <c>version</c> optional.</summary>
public sealed record LoginNameRequest(string? LoginName, string? Version);

/// <summary><c>Active</c> or <c>Disabled</c>.</summary>
public sealed record StatusRequest(string? Status);

/// <summary>A permission an operator holds and where it comes from. Built by hand: the description follows Accept-Language.</summary>
public sealed record EffectivePermissionDto(string Permission, string Description, string Module, bool Direct, IReadOnlyList<string> Roles)
{
    public static EffectivePermissionDto From(EffectivePermission p, AdminText text) =>
        new(p.Permission.Name, text[p.Permission.Description].Value, p.Permission.ModuleId, p.Direct, p.Roles);
}

/// <summary>A permission of an enabled module.</summary>
public sealed record PermissionDto(string Name, string Description);

/// <summary>The enabled permissions of one module.</summary>
public sealed record PermissionGroupDto(string Module, string DisplayName, string Description, IReadOnlyList<PermissionDto> Permissions)
{
    public static PermissionGroupDto From(PermissionGroup g, AdminText text) =>
        new(g.ModuleId, text[g.ModuleName].Value, text[g.ModuleDescription].Value, g.Permissions.Select(p => new PermissionDto(p.Name, text[p.Description].Value)).ToList());
}

/// <summary>A role.</summary>
public sealed record RoleDto(Guid Id, string Name, string? Description, bool IsSystem, bool IsAdministrator, IReadOnlyList<string> Permissions, int OperatorCount, string Version);

/// <summary>A role's fields. On update: <c>version</c> required; <c>name</c> or <c>permissions</c> omitted leave them as they are.</summary>
public sealed record RoleRequest(string? Name, string? Description, List<string?>? Permissions, string? Version);
