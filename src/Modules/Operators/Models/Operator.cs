using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Microsoft.AspNetCore.Identity;

namespace Admin.Modules.Operators.Models;

/// <summary>Whether an operator may sign in at all (a lock is separate: it comes from wrong passwords).</summary>
public enum OperatorStatus
{
    Active,
    Disabled,
}

/// <summary>
/// An operator (操作员): signs in at one outlet with a login name unique within that outlet.
/// Identity's user name is <c>outletCode/loginName</c>, which is unique network-wide.
/// </summary>
public sealed class Operator : IdentityUser<Guid>, IVersioned, IOutletOwned
{
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public string LoginName { get; set; } = "";
    public string DisplayName { get; set; } = "";

    /// <summary>The display name in Chinese, when it differs (a seeded administrator); null for a person's own name.</summary>
    public string? DisplayNameZh { get; set; }

    /// <summary>The display name in the reader's language.</summary>
    public string LocalDisplayName => Kernel.Localization.LocalNames.Pick(DisplayName, DisplayNameZh);

    public string? EmployeeNumber { get; set; }
    public OperatorStatus Status { get; set; }
    public bool MustChangePassword { get; set; }
    public DateTime? PasswordChangedAt { get; set; }
    public DateTime? LastSignInAt { get; set; }
    public bool IsLocked { get; set; }
    public DateTime? LockedAt { get; set; }
    public string? PreferredCulture { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }

    /// <summary>Identity's network-wide unique user name for an outlet code and login name.</summary>
    public static string UserNameFor(string outletCode, string loginName) => $"{outletCode}/{loginName}";

    /// <summary>Login names: 3–32 of ASCII letters, digits, '.', '_' and '-'.</summary>
    public static bool IsValidLoginName(string? name) =>
        name is { Length: >= 3 and <= 32 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>When the lock ends; null while not locked or when only head office can unlock.</summary>
    public DateTime? LockEndsAt(int lockoutMinutes) =>
        IsLocked && lockoutMinutes > 0 && LockedAt is { } at ? at.AddMinutes(lockoutMinutes) : null;

    /// <summary>True when the password is older than the allowed age (0 = never expires).</summary>
    public bool PasswordExpired(DateTime now, int maxAgeDays) =>
        maxAgeDays > 0 && (PasswordChangedAt is null || PasswordChangedAt.Value.AddDays(maxAgeDays) <= now);
}

/// <summary>An operator role (操作员角色): a named set of permissions, kept as role claims.</summary>
public sealed class Role : IdentityRole<Guid>, IVersioned
{
    public string? Description { get; set; }

    /// <summary>The name and description in Chinese (null: the English ones, translated when the console knows them).</summary>
    public string? NameZh { get; set; }
    public string? DescriptionZh { get; set; }

    /// <summary>Created by the setup recipe; the Administrator role is protected.</summary>
    public bool IsSystem { get; set; }

    public long Version { get; set; }
}

/// <summary>A previous password hash, so the last N passwords cannot be reused.</summary>
public sealed class PasswordHistoryEntry
{
    public long Id { get; set; }
    public Guid OperatorId { get; set; }
    public string PasswordHash { get; set; } = "";
    public DateTime ChangedAt { get; set; }
}

/// <summary>
/// Failure counter for an outlet code and login name that match no operator, so that unknown accounts answer
/// exactly like real ones (including the lock) and nobody can learn which accounts exist.
/// </summary>
public sealed class PhantomSignIn
{
    public string Key { get; set; } = "";
    public int AccessFailedCount { get; set; }
    public bool IsLocked { get; set; }
    public DateTime? LockedAt { get; set; }
    public DateTime LastAttemptAt { get; set; }
}

/// <summary>
/// One row: a counter that database triggers raise on every insert, update or delete of role permissions, operators' roles
/// and direct grants (migration <c>PermissionsVersion</c>, both providers, so that no write path can miss it). The
/// session statement reads it on every request; an operator's permission set is cached per version
/// (<see cref="Services.PermissionSetCache"/>), so a change made on any host takes effect at the next request everywhere.
/// </summary>
public sealed class PermissionsVersion
{
    public const int SingleId = 1;

    public int Id { get; set; }
    public long Value { get; set; }
}

/// <summary>Claim types used for permissions (role claims and direct grants).</summary>
public static class PermissionClaims
{
    public const string Type = "permission";
}
