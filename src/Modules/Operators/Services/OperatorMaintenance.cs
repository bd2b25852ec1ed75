using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Operators.Services;

/// <summary>What it takes to create an operator.</summary>
public sealed record NewOperator(string? OutletCode, string? LoginName, string? DisplayName, string? EmployeeNumber, string? Phone, IReadOnlyList<string>? Roles);

/// <summary>A created operator and the password to hand over (shown once).</summary>
public sealed record CreatedOperator(Operator Operator, string Password, bool PasswordGenerated);

/// <summary>
/// Operator maintenance (操作员信息维护, 更改登录ID): creation, details and roles, login name. <see cref="CreateAsync"/> is
/// the system's own path (recipes); the others act for the signed-in operator under <see cref="OperatorAuthority"/>.
/// </summary>
public sealed class OperatorMaintenance(
    AdminDbContext db,
    IPasswordHasher<Operator> hasher,
    IAuditTrail audit,
    TimeProvider clock,
    IOutletDirectory outlets,
    OperatorAuthority authority)
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

        errors.AddRange(OperatorInput.CheckDetails(input.DisplayName, input.EmployeeNumber, input.Phone));

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

    /// <summary>
    /// An administrator adds an operator at an outlet they may see: the roles must carry only permissions the caller
    /// holds; a one-time temporary password is generated (answered once, never stored in clear) and must be changed
    /// at first sign-in.
    /// </summary>
    public async Task<OperationResult<OperatorWithPassword>> AddOperatorAsync(NewOperator input, CancellationToken ct = default)
    {
        var roleNames = OperatorInput.CleanNames(input.Roles, StringComparer.OrdinalIgnoreCase);
        input = input with { Roles = roleNames };
        var code = input.OutletCode?.Trim() ?? "";
        var outlet = await outlets.FindByCodeAsync(code, ct);
        if (outlet is not null && !await authority.CanSeeOutletAsync(outlet.Id, ct))
        {
            return OperationResult<OperatorWithPassword>.Invalid(OperatorsErrors.OutletUnknown(code));
        }

        if (outlet?.IsClosed == true)
        {
            return OperationResult<OperatorWithPassword>.Invalid(OperatorsErrors.OutletClosed(code));
        }

        var (roles, _) = await AccessReads.ResolveRolesAsync(db, roleNames, ct);
        if (await authority.RefuseUnassignableRolesAsync(roles, ct) is { } refused)
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
        var op = await authority.Visible.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (op is null)
        {
            return OperationResult<Operator>.NotFound(OperatorsErrors.NotFound());
        }

        if (await authority.RefuseIfOutranksAsync(op.Id, ct) is { } outranked)
        {
            return OperationResult<Operator>.From(outranked);
        }

        if (Versions.Expect(db, op, changes.Version) is { } stale)
        {
            return OperationResult<Operator>.From(stale);
        }

        var errors = OperatorInput.CheckDetails(changes.DisplayName, changes.EmployeeNumber, changes.Phone);
        var held = await db.Set<IdentityUserRole<Guid>>().Where(ur => ur.UserId == op.Id).ToListAsync(ct);
        var heldIds = held.Select(h => h.RoleId).ToList();
        var heldRoles = await db.Set<Role>().AsNoTracking().Where(r => heldIds.Contains(r.Id)).ToListAsync(ct);
        var wanted = heldRoles;
        if (changes.Roles is not null)
        {
            (wanted, var unknown) = await AccessReads.ResolveRolesAsync(db, OperatorInput.CleanNames(changes.Roles, StringComparer.OrdinalIgnoreCase), ct);
            errors.AddRange(unknown.Select(n => OperatorsErrors.RoleUnknown(n)));
        }

        if (errors.Count > 0)
        {
            return OperationResult<Operator>.Invalid([.. errors]);
        }

        var added = wanted.Where(r => heldRoles.All(h => h.Id != r.Id)).ToList();
        var removed = heldRoles.Where(h => wanted.All(r => r.Id != h.Id)).ToList();
        if (await authority.RefuseUnassignableRolesAsync(added, ct) is { } refused)
        {
            return OperationResult<Operator>.From(refused);
        }

        if (removed.Any(r => r.NormalizedName == OperatorAuthority.AdministratorNormalized) && op.Status == OperatorStatus.Active && await authority.IsLastAdministratorAsync(op.Id, ct))
        {
            return OperationResult<Operator>.Conflict(OperatorsErrors.LastAdministrator());
        }

        var before = new { op.DisplayName, op.EmployeeNumber, Phone = op.PhoneNumber, Roles = OperatorInput.RoleNames(heldRoles) };
        op.DisplayName = changes.DisplayName!.Trim();
        op.EmployeeNumber = OperatorInput.Clean(changes.EmployeeNumber);
        op.PhoneNumber = OperatorInput.Clean(changes.Phone);
        db.RemoveRange(held.Where(h => removed.Any(r => r.Id == h.RoleId)));
        foreach (var role in added)
        {
            db.Add(new IdentityUserRole<Guid> { UserId = op.Id, RoleId = role.Id });
        }

        // A change of roles alone must still move the version on, so that a stale edit of them is caught too.
        db.Entry(op).Property(o => o.Version).IsModified = true;
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Operator.Update", nameof(Operator), op.Id.ToString(),
            Before: before, After: new { op.DisplayName, op.EmployeeNumber, Phone = op.PhoneNumber, Roles = OperatorInput.RoleNames(wanted) }));
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
        var op = await authority.Visible.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (op is null)
        {
            return OperationResult<Operator>.NotFound(OperatorsErrors.NotFound());
        }

        if (await authority.RefuseIfOutranksAsync(op.Id, ct) is { } outranked)
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
        op.SecurityStamp = OperatorInput.NewStamp();
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Operator.ChangeLoginName", nameof(Operator), op.Id.ToString(),
            Before: new { LoginName = old }, After: new { LoginName = login }, Summary: "Sessions and tokens ended"));
        try
        {
            if (await Versions.SaveAsync(db, op, ct) is { } conflict)
            {
                return OperationResult<Operator>.From(conflict);
            }
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return OperationResult<Operator>.Conflict(OperatorsErrors.LoginNameTaken(login));
        }

        await OperatorTokens.RevokeAsync(db, op.Id, ct);
        return OperationResult<Operator>.Success(op);
    }
}
