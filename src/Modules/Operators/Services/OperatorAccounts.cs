using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>What it takes to create an operator.</summary>
public sealed record NewOperator(string? OutletCode, string? LoginName, string? DisplayName, string? EmployeeNumber, string? Phone, IReadOnlyList<string>? Roles);

/// <summary>A created operator and the password to hand over (shown once).</summary>
public sealed record CreatedOperator(Operator Operator, string Password, bool PasswordGenerated);

/// <summary>
/// Creates, reads and changes operators and roles; shared by the screens, the API and the recipes. Split by concern:
/// this file (creation for recipes, role upsert), <c>OperatorAccounts.Queries.cs</c> (lists, records, effective
/// permissions), <c>.Changes.cs</c> (administrator's create/edit/login ID), <c>.Passwords.cs</c> (reset, unlock,
/// disable/enable), <c>.Permissions.cs</c> (direct grants and the no-escalation rules), <c>.Roles.cs</c> (roles).
/// <see cref="CreateAsync"/> and <see cref="UpsertRoleAsync"/> are the system's own paths (recipes); every other
/// write acts for the signed-in operator: within their <see cref="OutletScope"/>, granting only what they hold.
/// </summary>
public sealed partial class OperatorAccounts(
    AdminDbContext db,
    IPasswordHasher<Operator> hasher,
    IAuditTrail audit,
    TimeProvider clock,
    OutletScope scope,
    ICurrentOperator current,
    PermissionCatalog permissions,
    SystemSettings settings,
    IOutletDirectory outlets)
{
    /// <summary>
    /// Creates an operator. Without <paramref name="password"/> a one-time temporary password is generated.
    /// <paramref name="mustChangePassword"/> makes the operator set their own at first sign-in.
    /// </summary>
    public async Task<OperationResult<CreatedOperator>> CreateAsync(NewOperator input, string? password, bool mustChangePassword, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        var code = input.OutletCode?.Trim() ?? "";
        var login = input.LoginName?.Trim() ?? "";
        var outlet = await outlets.FindByCodeAsync(code, ct);
        if (outlet is null)
        {
            errors.Add(OperatorsErrors.OutletUnknown(code));
        }

        if (!Operator.IsValidLoginName(login))
        {
            errors.Add(OperatorsErrors.LoginNameInvalid());
        }

        errors.AddRange(CheckDetails(input.DisplayName, input.EmployeeNumber, input.Phone));

        var roles = new List<Role>();
        foreach (var name in input.Roles ?? [])
        {
            var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.NormalizedName == name.ToUpperInvariant(), ct);
            if (role is null)
            {
                errors.Add(OperatorsErrors.RoleUnknown(name));
            }
            else
            {
                roles.Add(role);
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<CreatedOperator>.Invalid([.. errors]);
        }

        var userName = Operator.UserNameFor(code, login);
        if (await db.Set<Operator>().AnyAsync(o => o.NormalizedUserName == userName.ToUpperInvariant(), ct))
        {
            return OperationResult<CreatedOperator>.Conflict(OperatorsErrors.LoginNameTaken(login));
        }

        var generated = password is null;
        password ??= TemporaryPasswords.Generate();
        var now = clock.GetUtcNow().UtcDateTime;
        var op = new Operator
        {
            Id = Guid.NewGuid(),
            OutletId = outlet!.Id,
            OutletCode = code,
            LoginName = login,
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            DisplayName = input.DisplayName!.Trim(),
            EmployeeNumber = string.IsNullOrWhiteSpace(input.EmployeeNumber) ? null : input.EmployeeNumber.Trim(),
            PhoneNumber = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim(),
            Status = OperatorStatus.Active,
            MustChangePassword = mustChangePassword,
            PasswordChangedAt = now,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
            CreatedAt = now,
        };
        op.PasswordHash = hasher.HashPassword(op, password);
        db.Add(op);
        foreach (var role in roles)
        {
            db.Add(new IdentityUserRole<Guid> { UserId = op.Id, RoleId = role.Id });
        }

        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Operator.Create", nameof(Operator), op.Id.ToString(),
            After: new { op.OutletCode, op.LoginName, op.DisplayName, op.EmployeeNumber, Phone = op.PhoneNumber, Roles = roles.Select(r => r.Name) }));
        await db.SaveChangesAsync(ct);
        return OperationResult<CreatedOperator>.Success(new CreatedOperator(op, password, generated));
    }

    /// <summary>Creates a role or updates its description and permissions (recipes: upsert by name).</summary>
    public async Task<OperationResult<Role>> UpsertRoleAsync(string name, string? description, IEnumerable<string> permissions, bool isSystem, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length is < 1 or > 64)
        {
            return OperationResult<Role>.Invalid(OperatorsErrors.RoleNameLength());
        }

        var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.NormalizedName == name.ToUpperInvariant(), ct);
        var created = role is null;
        role ??= new Role { Id = Guid.NewGuid(), Name = name, NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString("N") };
        role.Description = description?.Trim();
        role.IsSystem |= isSystem;
        if (created)
        {
            db.Add(role);
        }

        var wanted = permissions.Distinct(StringComparer.Ordinal).ToList();
        var existing = created ? [] : await db.Set<IdentityRoleClaim<Guid>>().Where(c => c.RoleId == role.Id && c.ClaimType == PermissionClaims.Type).ToListAsync(ct);
        db.RemoveRange(existing.Where(c => !wanted.Contains(c.ClaimValue!)));
        foreach (var p in wanted.Where(p => existing.All(c => c.ClaimValue != p)))
        {
            db.Add(new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = PermissionClaims.Type, ClaimValue = p });
        }

        audit.Record(new AuditRecord(OperatorsModule.ModuleId, created ? "Role.Create" : "Role.Update", nameof(Role), name,
            Before: created ? null : new { Permissions = existing.Select(c => c.ClaimValue).Order() },
            After: new { role.Description, Permissions = wanted.Order() }));
        await db.SaveChangesAsync(ct);
        return OperationResult<Role>.Success(role);
    }
}
