using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

// Operator maintenance by an administrator (操作员信息维护, 更改登录ID).
public sealed partial class OperatorAccounts
{
    /// <summary>
    /// An administrator adds an operator at an outlet they may see: the roles must carry only permissions the caller
    /// holds; a one-time temporary password is generated (answered once, never stored in clear) and must be changed
    /// at first sign-in.
    /// </summary>
    public async Task<OperationResult<OperatorWithPassword>> AddOperatorAsync(NewOperator input, CancellationToken ct = default)
    {
        var roleNames = CleanNames(input.Roles, StringComparer.OrdinalIgnoreCase);
        input = input with { Roles = roleNames };
        var code = input.OutletCode?.Trim() ?? "";
        var outlet = await outlets.FindByCodeAsync(code, ct);
        if (outlet is not null && !scope.CanSee(outlet.Id))
        {
            return OperationResult<OperatorWithPassword>.Invalid(OperatorsErrors.OutletUnknown(code));
        }

        if (outlet?.IsClosed == true)
        {
            return OperationResult<OperatorWithPassword>.Invalid(OperatorsErrors.OutletClosed(code));
        }

        var (roles, _) = await ResolveRolesAsync(roleNames, ct);
        if (await RefuseUnassignableRolesAsync(roles, ct) is { } refused)
        {
            return OperationResult<OperatorWithPassword>.From(refused);
        }

        OperationResult<CreatedOperator> created;
        try
        {
            created = await CreateAsync(input, password: null, mustChangePassword: true, ct);
        }
        catch (DbUpdateException)
        {
            // The same login name created at the same moment by someone else: the unique index said no.
            db.ChangeTracker.Clear();
            return OperationResult<OperatorWithPassword>.Conflict(OperatorsErrors.LoginNameTaken(input.LoginName?.Trim() ?? ""));
        }

        return created.Succeeded
            ? OperationResult<OperatorWithPassword>.Success(new OperatorWithPassword(created.Value!.Operator, roles.Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList(), created.Value.Password))
            : OperationResult<OperatorWithPassword>.From(created);
    }

    /// <summary>Changes an operator's name, employee number, phone and roles, against the version the caller read.</summary>
    public async Task<OperationResult<Operator>> UpdateAsync(Guid id, OperatorChanges changes, CancellationToken ct = default)
    {
        var op = await Visible.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (op is null)
        {
            return OperationResult<Operator>.NotFound(OperatorsErrors.NotFound());
        }

        if (await RefuseIfOutranksAsync(op.Id, ct) is { } outranked)
        {
            return OperationResult<Operator>.From(outranked);
        }

        if (Versions.Expect(db, op, changes.Version) is { } stale)
        {
            return OperationResult<Operator>.From(stale);
        }

        var errors = CheckDetails(changes.DisplayName, changes.EmployeeNumber, changes.Phone);
        var held = await db.Set<IdentityUserRole<Guid>>().Where(ur => ur.UserId == op.Id).ToListAsync(ct);
        var heldIds = held.Select(h => h.RoleId).ToList();
        var heldRoles = await db.Set<Role>().AsNoTracking().Where(r => heldIds.Contains(r.Id)).ToListAsync(ct);
        var wanted = heldRoles;
        if (changes.Roles is not null)
        {
            (wanted, var unknown) = await ResolveRolesAsync(CleanNames(changes.Roles, StringComparer.OrdinalIgnoreCase), ct);
            errors.AddRange(unknown.Select(n => OperatorsErrors.RoleUnknown(n)));
        }

        if (errors.Count > 0)
        {
            return OperationResult<Operator>.Invalid([.. errors]);
        }

        var added = wanted.Where(r => heldRoles.All(h => h.Id != r.Id)).ToList();
        var removed = heldRoles.Where(h => wanted.All(r => r.Id != h.Id)).ToList();
        if (await RefuseUnassignableRolesAsync(added, ct) is { } refused)
        {
            return OperationResult<Operator>.From(refused);
        }

        if (removed.Any(r => r.NormalizedName == AdministratorNormalized) && op.Status == OperatorStatus.Active && await IsLastAdministratorAsync(op.Id, ct))
        {
            return OperationResult<Operator>.Conflict(OperatorsErrors.LastAdministrator());
        }

        var before = new { op.DisplayName, op.EmployeeNumber, Phone = op.PhoneNumber, Roles = RoleNames(heldRoles) };
        op.DisplayName = changes.DisplayName!.Trim();
        op.EmployeeNumber = Clean(changes.EmployeeNumber);
        op.PhoneNumber = Clean(changes.Phone);
        db.RemoveRange(held.Where(h => removed.Any(r => r.Id == h.RoleId)));
        foreach (var role in added)
        {
            db.Add(new IdentityUserRole<Guid> { UserId = op.Id, RoleId = role.Id });
        }

        // A change of roles alone must still move the version on, so that a stale edit of them is caught too.
        db.Entry(op).Property(o => o.Version).IsModified = true;
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Operator.Update", nameof(Operator), op.Id.ToString(),
            Before: before, After: new { op.DisplayName, op.EmployeeNumber, Phone = op.PhoneNumber, Roles = RoleNames(wanted) }));
        return await Versions.SaveAsync(db, op, ct) is { } conflict
            ? OperationResult<Operator>.From(conflict)
            : OperationResult<Operator>.Success(op);
    }

    /// <summary>
    /// Change login ID (更改登录ID): a new login name, unique within the operator's outlet. The old name stops working
    /// and a new security stamp ends the operator's sessions and tokens at once. <paramref name="version"/> is optional.
    /// </summary>
    public async Task<OperationResult<Operator>> ChangeLoginNameAsync(Guid id, string? loginName, string? version, CancellationToken ct = default)
    {
        var op = await Visible.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (op is null)
        {
            return OperationResult<Operator>.NotFound(OperatorsErrors.NotFound());
        }

        if (await RefuseIfOutranksAsync(op.Id, ct) is { } outranked)
        {
            return OperationResult<Operator>.From(outranked);
        }

        if (version is not null && Versions.Expect(db, op, version) is { } stale)
        {
            return OperationResult<Operator>.From(stale);
        }

        var login = loginName?.Trim() ?? "";
        if (!Operator.IsValidLoginName(login))
        {
            return OperationResult<Operator>.Invalid(OperatorsErrors.LoginNameInvalid());
        }

        if (login == op.LoginName)
        {
            return OperationResult<Operator>.Invalid(OperatorsErrors.LoginNameUnchanged());
        }

        var userName = Operator.UserNameFor(op.OutletCode, login);
        var normalized = userName.ToUpperInvariant();
        if (await db.Set<Operator>().AnyAsync(o => o.NormalizedUserName == normalized && o.Id != op.Id, ct))
        {
            return OperationResult<Operator>.Conflict(OperatorsErrors.LoginNameTaken(login));
        }

        var old = op.LoginName;
        op.LoginName = login;
        op.UserName = userName;
        op.NormalizedUserName = normalized;
        op.SecurityStamp = NewStamp();
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Operator.ChangeLoginName", nameof(Operator), op.Id.ToString(),
            Before: new { LoginName = old }, After: new { LoginName = login }, Summary: "Sessions and tokens ended"));
        try
        {
            return await Versions.SaveAsync(db, op, ct) is { } conflict
                ? OperationResult<Operator>.From(conflict)
                : OperationResult<Operator>.Success(op);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return OperationResult<Operator>.Conflict(OperatorsErrors.LoginNameTaken(login));
        }
    }

    /// <summary>Checks the fields an administrator types for an operator (creation and edit).</summary>
    private static List<OperationError> CheckDetails(string? displayName, string? employeeNumber, string? phone)
    {
        var errors = new List<OperationError>();
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 50)
        {
            errors.Add(OperatorsErrors.DisplayNameInvalid());
        }

        if (employeeNumber?.Trim().Length > 32)
        {
            errors.Add(OperatorsErrors.EmployeeNumberTooLong());
        }

        if (phone is not null && (phone.Trim().Length > 30 || !phone.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-')))
        {
            errors.Add(OperatorsErrors.PhoneInvalid());
        }

        return errors;
    }

    /// <summary>The roles with these names, and the names that match none.</summary>
    private async Task<(List<Role> Roles, List<string> Unknown)> ResolveRolesAsync(IReadOnlyCollection<string> names, CancellationToken ct)
    {
        var normalized = names.Select(n => n.ToUpperInvariant()).ToList();
        var roles = await db.Set<Role>().AsNoTracking().Where(r => normalized.Contains(r.NormalizedName!)).ToListAsync(ct);
        var unknown = names.Where(n => roles.All(r => r.NormalizedName != n.ToUpperInvariant())).ToList();
        return (roles, unknown);
    }

    private static List<string> RoleNames(IEnumerable<Role> roles) => roles.Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
