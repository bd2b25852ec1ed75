using Admin.Kernel.Audit;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Admin.Modules.Operators.ViewModels;

/// <summary>The status badges of an operator (the <c>_OperatorBadges</c> partial).</summary>
public sealed record OperatorBadges(OperatorStatus Status, bool IsLocked, bool MustChangePassword, bool PasswordExpired = false)
{
    public static OperatorBadges Of(OperatorDetails d) => new(d.Operator.Status, d.Operator.IsLocked, d.Operator.MustChangePassword, d.PasswordExpired);

    public static OperatorBadges Of(OperatorRow r) => new(r.Status, r.IsLocked, r.MustChangePassword);
}

/// <summary>The operators list: filters (kept in the URL), one page of rows, the next-page cursor.</summary>
public sealed class OperatorsIndexViewModel
{
    public string? Search { get; set; }
    public string? Outlet { get; set; }
    public string? Status { get; set; }
    public string? Role { get; set; }
    public IReadOnlyList<OperatorRow> Rows { get; set; } = [];
    public string? Next { get; set; }
    public bool IsFirstPage { get; set; } = true;
    public IReadOnlyList<string> Roles { get; set; } = [];
    public bool CanCreate { get; set; }

    /// <summary>True when any filter is set (the empty state then suggests clearing them).</summary>
    public bool Filtered => !string.IsNullOrWhiteSpace(Search) || !string.IsNullOrWhiteSpace(Outlet) || !string.IsNullOrWhiteSpace(Status) || !string.IsNullOrWhiteSpace(Role);

    /// <summary>The status filter's values, in the order the select shows them.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["Active", "Disabled", "Locked", "MustChangePassword"];
}

/// <summary>An operator's record: header with status and the actions allowed now, details, effective permissions, history.</summary>
public sealed class OperatorRecordViewModel
{
    public required OperatorDetails Details { get; init; }
    public IReadOnlyList<AuditEvent> History { get; init; } = [];
    public string? HistoryNext { get; init; }
    public bool HistoryIsFirstPage { get; init; } = true;

    /// <summary>The caller holds Operators.Manage and every permission this operator holds.</summary>
    public bool CanManage { get; init; }

    /// <summary>The caller holds Operators.ManagePasswords and every permission this operator holds.</summary>
    public bool CanManagePasswords { get; init; }

    /// <summary>The record is the caller's own.</summary>
    public bool IsSelf { get; init; }

    public Operator Operator => Details.Operator;
}

/// <summary>The create and edit forms of an operator. Posted fields at the top level, so errors land beside them.</summary>
public sealed class OperatorFormModel
{
    public string? OutletCode { get; set; }
    public string? LoginName { get; set; }
    public string? DisplayName { get; set; }
    public string? EmployeeNumber { get; set; }
    public string? Phone { get; set; }
    public List<string> Roles { get; set; } = [];
    public string? Version { get; set; }

    /// <summary>Set on edit: the operator being changed.</summary>
    [BindNever]
    public Guid? Id { get; set; }

    [BindNever]
    public IReadOnlyList<RoleChoice> RoleChoices { get; set; } = [];

    /// <summary>The outlets the form offers for the outlet code (the ones the caller sees, not closed): code and name.</summary>
    [BindNever]
    public IReadOnlyList<KeyValuePair<string, string>> OutletChoices { get; set; } = [];

    /// <summary>After a stale edit: the values someone else saved meanwhile (the form keeps what the user typed).</summary>
    [BindNever]
    public OperatorDetails? Current { get; set; }
}

/// <summary>The page that shows a one-time temporary password, once (after a create or a reset). Never cached.</summary>
public sealed class TemporaryPasswordViewModel
{
    public required OperatorWithPassword Result { get; init; }

    /// <summary>True after a create, false after a reset.</summary>
    public bool Created { get; init; }
}

/// <summary>Change login ID (更改登录ID).</summary>
public sealed class LoginNameFormModel
{
    public string? LoginName { get; set; }
    public string? Version { get; set; }

    [BindNever]
    public OperatorDetails? Details { get; set; }
}

/// <summary>Permission maintenance (操作员权限维护): every enabled permission, whether and why the operator holds it.</summary>
public sealed class OperatorPermissionsViewModel
{
    public required OperatorDetails Details { get; init; }
    public IReadOnlyList<PermissionGroup> Groups { get; init; } = [];

    /// <summary>What the caller holds (only these may be granted).</summary>
    public IReadOnlySet<string> CallerHolds { get; init; } = new HashSet<string>();

    public bool CanManage { get; init; }

    /// <summary>The operator's effective permission with this name, or null.</summary>
    public EffectivePermission? Effective(string permission) => Details.Permissions.FirstOrDefault(p => p.Permission.Name == permission);
}

/// <summary>The roles list.</summary>
public sealed class RolesIndexViewModel
{
    public IReadOnlyList<RoleDetails> Rows { get; set; } = [];
    public string? Next { get; set; }
    public bool IsFirstPage { get; set; } = true;
    public bool CanManage { get; set; }
}

/// <summary>A role's page: its permissions grouped by module.</summary>
public sealed class RoleRecordViewModel
{
    public required RoleDetails Role { get; init; }
    public IReadOnlyList<PermissionGroup> Groups { get; init; } = [];
    public bool CanManage { get; init; }
}

/// <summary>The create and edit forms of a role, with the permission chooser grouped by module.</summary>
public sealed class RoleFormModel
{
    public string? Name { get; set; }
    public string? Description { get; set; }

    /// <summary>Empty clears them (kept as "", not null, which the service reads as "not sent").</summary>
    [System.ComponentModel.DataAnnotations.DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? NameZh { get; set; }

    [System.ComponentModel.DataAnnotations.DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? DescriptionZh { get; set; }

    public List<string> Permissions { get; set; } = [];
    public string? Version { get; set; }

    /// <summary>Set on edit.</summary>
    [BindNever]
    public RoleDetails? Role { get; set; }

    [BindNever]
    public IReadOnlyList<PermissionGroup> Groups { get; set; } = [];

    [BindNever]
    public IReadOnlySet<string> CallerHolds { get; set; } = new HashSet<string>();

    /// <summary>After a stale edit: the role as someone else saved it meanwhile.</summary>
    [BindNever]
    public RoleDetails? Current { get; set; }

    /// <summary>True when the box cannot be changed: the caller lacks it (and it is not already there to remove), or the Administrator role must keep it.</summary>
    public bool IsLocked(string permission) =>
        (Role?.IsAdministrator == true && Services.OperatorAuthority.ProtectedAdministratorPermissions.Contains(permission) && Permissions.Contains(permission))
        || (!CallerHolds.Contains(permission) && !Permissions.Contains(permission));
}

/// <summary>An operator's own page.</summary>
public sealed class ProfileViewModel
{
    public required OperatorDetails Details { get; init; }
    public required string Culture { get; init; }

    /// <summary>The operator's passkeys; null when passkeys are not theirs (they hold no administration permission).</summary>
    public IReadOnlyList<Services.PasskeyRow>? Passkeys { get; init; }

    public bool PasskeyRequired { get; init; }
}

/// <summary>A passkey the browser created or presented (its JSON), and the name given to a new one.</summary>
public sealed class PasskeyInput
{
    public string? Name { get; set; }
    public string? Credential { get; set; }
}

/// <summary>The sign-in's passkey step: present one, or register the first one.</summary>
public sealed class PasskeyStepModel
{
    public bool Register { get; init; }
    public string? Name { get; init; }
}

/// <summary>The client registration and edit form (on edit the id and kind stay; the version read comes back).</summary>
public sealed class ClientFormModel
{
    public string? Version { get; set; }
    public bool Disabled { get; set; }
    public string? ClientId { get; set; }
    public string? DisplayName { get; set; }
    public string? Kind { get; set; } = "System";
    public List<string>? Scopes { get; set; }
    /// <summary>One URI a line.</summary>
    public string? RedirectUris { get; set; }
    public IReadOnlyList<(string Name, string Description)> Choices { get; set; } = [];
}
