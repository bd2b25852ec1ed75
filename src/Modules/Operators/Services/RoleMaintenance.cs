using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// Operator roles (操作员角色维护). A role is changed only with permissions the caller holds; the Administrator role is
/// never deleted nor stripped of <see cref="OperatorAuthority.ProtectedAdministratorPermissions"/>; a role still held by
/// operators is not deleted. Permissions of disabled modules are not shown and not editable, and a role keeps them through
/// any edit. <see cref="UpsertRoleAsync"/> is the system's own path (recipes).
/// </summary>
public sealed class RoleMaintenance(AdminDbContext db, IAuditTrail audit, PermissionCatalog permissions, OperatorAuthority authority)
{
    /// <summary>One page of roles, by name.</summary>
    public async Task<OperationResult<Page<RoleDetails>>> ListRolesAsync(string? after, int? limit, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        if (Keyset.CheckLimit(limit) is { } limitError)
        {
            errors.Add(limitError);
        }

        string? afterName = null;
        if (after is not null)
        {
            if (Keyset.Decode(after, 1) is [var name])
            {
                afterName = name;
            }
            else
            {
                errors.Add(Keyset.BadCursor());
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<Page<RoleDetails>>.Invalid([.. errors]);
        }

        var query = db.Set<Role>().AsNoTracking();
        if (afterName is not null)
        {
            query = query.Where(r => string.Compare(r.NormalizedName, afterName) > 0);
        }

        var take = limit ?? Keyset.DefaultLimit;
        var roles = await query.OrderBy(r => r.NormalizedName).Take(take + 1).ToListAsync(ct);
        var details = await DescribeAsync(roles, ct);
        return OperationResult<Page<RoleDetails>>.Success(Keyset.ToPage(details, take, r => Keyset.Encode(r.Role.NormalizedName ?? "")));
    }

    /// <summary>The role with this name (any case), or null.</summary>
    public async Task<RoleDetails?> FindRoleAsync(string? name, CancellationToken ct = default)
    {
        var normalized = name?.Trim().ToUpperInvariant() ?? "";
        var role = await db.Set<Role>().AsNoTracking().FirstOrDefaultAsync(r => r.NormalizedName == normalized, ct);
        return role is null ? null : (await DescribeAsync([role], ct))[0];
    }

    /// <summary>The role with this id, or null.</summary>
    public async Task<RoleDetails?> FindRoleAsync(Guid id, CancellationToken ct = default)
    {
        var role = await db.Set<Role>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return role is null ? null : (await DescribeAsync([role], ct))[0];
    }

    /// <summary>The roles as choices on the operator form: which the caller may assign and what they lack for the others.</summary>
    public async Task<IReadOnlyList<RoleChoice>> RoleChoicesAsync(CancellationToken ct = default)
    {
        var held = await authority.CallerHoldsAsync(ct);
        var roles = await db.Set<Role>().AsNoTracking().OrderBy(r => r.NormalizedName).ToListAsync(ct);
        var claims = await AccessReads.ClaimsOfRolesAsync(db, roles.Select(r => r.Id).ToList(), ct);
        return roles.Select(r =>
        {
            var missing = claims.GetValueOrDefault(r.Id, []).Where(p => !held.Contains(p)).Order(StringComparer.Ordinal).ToList();
            return new RoleChoice(r.Name ?? "", r.Description, missing.Count == 0, missing) { NameZh = r.NameZh, DescriptionZh = r.DescriptionZh };
        }).ToList();
    }

    /// <summary>Creates a role with permissions of enabled modules, all of which the caller must hold.</summary>
    public async Task<OperationResult<Role>> CreateRoleAsync(RoleInput input, CancellationToken ct = default)
    {
        var name = input.Name?.Trim() ?? "";
        var errors = CheckRole(name, input.Description, input.Permissions, new HashSet<string>(), out var wanted);
        if (errors.Count > 0)
        {
            return OperationResult<Role>.Invalid([.. errors]);
        }

        if (await db.Set<Role>().AnyAsync(r => r.NormalizedName == name.ToUpperInvariant(), ct))
        {
            return OperationResult<Role>.Conflict(OperatorsErrors.RoleNameTaken(name));
        }

        if (await authority.RefuseNotHeldAsync(wanted, ct) is { } refused)
        {
            return OperationResult<Role>.From(refused);
        }

        var role = new Role
        {
            Id = Guid.NewGuid(), Name = name, NormalizedName = name.ToUpperInvariant(), Description = OperatorInput.Clean(input.Description),
            NameZh = OperatorInput.Clean(input.NameZh), DescriptionZh = OperatorInput.Clean(input.DescriptionZh),
            ConcurrencyStamp = Guid.NewGuid().ToString("N"),
        };
        db.Add(role);
        foreach (var permission in wanted)
        {
            db.Add(new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = PermissionClaims.Type, ClaimValue = permission });
        }

        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Role.Create", nameof(Role), name,
            After: new { Name = name, role.Description, Permissions = wanted.Order(StringComparer.Ordinal) }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return OperationResult<Role>.Conflict(OperatorsErrors.RoleNameTaken(name));
        }

        return OperationResult<Role>.Success(role);
    }

    /// <summary>
    /// Changes a role's name, description and permissions against the version the caller read (a null name or
    /// permission list leaves them as they are). Added permissions must be held by the caller; the Administrator role
    /// keeps its protected permissions; roles of the setup keep their name.
    /// </summary>
    public async Task<OperationResult<Role>> UpdateRoleAsync(Guid id, RoleInput input, CancellationToken ct = default)
    {
        var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return OperationResult<Role>.NotFound(OperatorsErrors.RoleNotFound());
        }

        if (Versions.Expect(db, role, input.Version) is { } stale)
        {
            return OperationResult<Role>.From(stale);
        }

        var claims = await db.Set<IdentityRoleClaim<Guid>>().Where(c => c.RoleId == role.Id && c.ClaimType == PermissionClaims.Type).ToListAsync(ct);
        var existing = claims.Select(c => c.ClaimValue ?? "").ToHashSet(StringComparer.Ordinal);
        var name = input.Name?.Trim() ?? role.Name ?? "";
        var errors = CheckRole(name, input.Description, input.Permissions ?? existing.ToList(), existing, out var requested);
        var renamed = !string.Equals(name, role.Name, StringComparison.Ordinal);
        if (renamed && role.IsSystem)
        {
            errors.Add(OperatorsErrors.SystemRoleRename());
        }

        if (errors.Count > 0)
        {
            return OperationResult<Role>.Invalid([.. errors]);
        }

        if (renamed && await db.Set<Role>().AnyAsync(r => r.NormalizedName == name.ToUpperInvariant() && r.Id != role.Id, ct))
        {
            return OperationResult<Role>.Conflict(OperatorsErrors.RoleNameTaken(name));
        }

        // Permissions of disabled modules are not offered on screens, so a role keeps those it has whatever is sent.
        var wanted = requested.Concat(existing.Where(p => !permissions.IsActive(p))).ToHashSet(StringComparer.Ordinal);
        var added = wanted.Where(p => !existing.Contains(p)).ToList();
        var removed = existing.Where(p => !wanted.Contains(p)).ToList();
        if (await authority.RefuseNotHeldAsync(added, ct) is { } refused)
        {
            return OperationResult<Role>.From(refused);
        }

        if (OperatorAuthority.IsAdministrator(role) && OperatorAuthority.ProtectedAdministratorPermissions.Where(removed.Contains).ToList() is { Count: > 0 } lost)
        {
            return OperationResult<Role>.Invalid(OperatorsErrors.RoleProtectedPermissions(string.Join(", ", lost)));
        }

        var before = new { role.Name, role.Description, Permissions = existing.Order(StringComparer.Ordinal) };
        role.Name = name;
        role.NormalizedName = name.ToUpperInvariant();
        role.Description = OperatorInput.Clean(input.Description);
        if (input.NameZh is not null)
        {
            role.NameZh = OperatorInput.Clean(input.NameZh);
        }

        if (input.DescriptionZh is not null)
        {
            role.DescriptionZh = OperatorInput.Clean(input.DescriptionZh);
        }

        db.RemoveRange(claims.Where(c => removed.Contains(c.ClaimValue ?? "")));
        foreach (var permission in added)
        {
            db.Add(new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = PermissionClaims.Type, ClaimValue = permission });
        }

        db.Entry(role).Property(r => r.Version).IsModified = true;
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Role.Update", nameof(Role), name,
            Before: before, After: new { role.Name, role.Description, Permissions = wanted.Order(StringComparer.Ordinal) }));
        try
        {
            return await Versions.SaveAsync(db, role, ct) is { } conflict ? OperationResult<Role>.From(conflict) : OperationResult<Role>.Success(role);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return OperationResult<Role>.Conflict(OperatorsErrors.RoleNameTaken(name));
        }
    }

    /// <summary>
    /// Deletes a role that no operator holds (a role in use is refused with how many hold it: take it away from them
    /// first). The Administrator role is never deleted. <paramref name="version"/> is optional.
    /// </summary>
    public async Task<OperationResult> DeleteRoleAsync(Guid id, string? version, CancellationToken ct = default)
    {
        var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return OperationResult.NotFound(OperatorsErrors.RoleNotFound());
        }

        if (OperatorAuthority.IsAdministrator(role))
        {
            return OperationResult.Conflict(OperatorsErrors.RoleProtected());
        }

        if (version is not null && Versions.Expect(db, role, version) is { } stale)
        {
            return stale;
        }

        var holders = await db.Set<IdentityUserRole<Guid>>().CountAsync(ur => ur.RoleId == role.Id, ct);
        if (holders > 0)
        {
            return OperationResult.Conflict(OperatorsErrors.RoleInUse(role.Name ?? "", holders));
        }

        var claims = await db.Set<IdentityRoleClaim<Guid>>().Where(c => c.RoleId == role.Id).ToListAsync(ct);
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Role.Delete", nameof(Role), role.Name,
            Before: new { role.Name, role.Description, Permissions = claims.Select(c => c.ClaimValue).Order(StringComparer.Ordinal) }));
        db.RemoveRange(claims);
        db.Remove(role);
        return await Versions.SaveAsync(db, role, ct) ?? OperationResult.Success();
    }

    /// <summary>Creates a role or updates its description and permissions (recipes: upsert by name).</summary>
    public async Task<OperationResult<Role>> UpsertRoleAsync(string name, string? description, IEnumerable<string> permissions, bool isSystem, CancellationToken ct = default, string? nameZh = null, string? descriptionZh = null)
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
        role.NameZh = nameZh?.Trim() is { Length: > 0 } zh ? zh : role.NameZh;
        role.DescriptionZh = descriptionZh?.Trim() is { Length: > 0 } dzh ? dzh : role.DescriptionZh;
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

    /// <summary>Role names: 1–64 characters, none that would break a URL path segment, no control characters.</summary>
    public static bool IsValidRoleName(string? name) =>
        name is { Length: >= 1 and <= 64 } && name == name.Trim() && !name.Any(c => char.IsControl(c) || c is '/' or '\\' or '?' or '#' or '%');

    /// <summary>Checks a role's fields; a permission must be of an enabled module, unless the role already has it.</summary>
    private List<OperationError> CheckRole(string name, string? description, IReadOnlyList<string?>? requested, IReadOnlySet<string> existing, out List<string> wanted)
    {
        var errors = new List<OperationError>();
        if (!IsValidRoleName(name))
        {
            errors.Add(OperatorsErrors.RoleNameInvalid());
        }

        if (description?.Trim().Length > 200)
        {
            errors.Add(OperatorsErrors.RoleDescriptionTooLong());
        }

        wanted = OperatorInput.CleanNames(requested, StringComparer.Ordinal);
        errors.AddRange(wanted.Where(p => !permissions.IsActive(p) && !existing.Contains(p)).Select(p => OperatorsErrors.PermissionUnknown(p, "permissions")));
        return errors;
    }

    private async Task<List<RoleDetails>> DescribeAsync(List<Role> roles, CancellationToken ct)
    {
        var ids = roles.Select(r => r.Id).ToList();
        var claims = await AccessReads.ClaimsOfRolesAsync(db, ids, ct);
        var holders = await db.Set<IdentityUserRole<Guid>>()
            .Where(ur => ids.Contains(ur.RoleId))
            .GroupBy(ur => ur.RoleId)
            .Select(g => new { RoleId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.RoleId, x => x.Count, ct);
        return roles.Select(r => new RoleDetails(
                r,
                claims.GetValueOrDefault(r.Id, []).Order(StringComparer.Ordinal).ToList(),
                holders.GetValueOrDefault(r.Id),
                OperatorAuthority.IsAdministrator(r)))
            .ToList();
    }
}
