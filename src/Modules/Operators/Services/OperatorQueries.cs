using System.Globalization;
using System.Runtime.CompilerServices;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Settings;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>Reads: the operators list (keyset-paged, scoped), an operator's record, effective permissions, history.</summary>
public sealed class OperatorQueries(
    AdminDbContext db,
    SystemSettings settings,
    TimeProvider clock,
    IOutletDirectory outlets,
    PermissionCatalog permissions,
    OperatorAuthority authority)
{
    private const int ExportBatch = 500;

    /// <summary>One page of operators matching the filter, ordered by outlet code and login name.</summary>
    public async Task<OperationResult<Page<OperatorRow>>> ListAsync(OperatorFilter filter, CancellationToken ct = default)
    {
        var plan = await PlanAsync(filter, ct);
        if (!plan.Succeeded)
        {
            return OperationResult<Page<OperatorRow>>.From(plan);
        }

        var (query, after) = plan.Value;
        var limit = filter.Limit ?? Keyset.DefaultLimit;
        var rows = await PageAsync(query, after, limit + 1, ct);
        return OperationResult<Page<OperatorRow>>.Success(Keyset.ToPage(rows, limit, r => Keyset.Encode(r.OutletCode, r.LoginName)));
    }

    /// <summary>Every operator matching the filter, for CSV export (read in batches, so any size fits in memory).</summary>
    public async Task<OperationResult<IAsyncEnumerable<OperatorRow>>> ExportAsync(OperatorFilter filter, CancellationToken ct = default)
    {
        var plan = await PlanAsync(filter with { After = null, Limit = null }, ct);
        return plan.Succeeded
            ? OperationResult<IAsyncEnumerable<OperatorRow>>.Success(StreamAsync(plan.Value.Query, ct))
            : OperationResult<IAsyncEnumerable<OperatorRow>>.From(plan);
    }

    /// <summary>An operator's record, or null when there is none the caller may see.</summary>
    public Task<OperatorDetails?> FindAsync(Guid id, CancellationToken ct = default) => DetailsAsync(authority.Visible, id, ct);

    /// <summary>The signed-in operator's own record (their profile), whatever their scope.</summary>
    public Task<OperatorDetails?> ProfileAsync(Guid id, CancellationToken ct = default) => DetailsAsync(db.Set<Operator>(), id, ct);

    /// <summary>An operator's effective permissions with their sources, or not found when the caller may not see them.</summary>
    public async Task<OperationResult<IReadOnlyList<EffectivePermission>>> PermissionsOfOperatorAsync(Guid id, CancellationToken ct = default) =>
        await authority.Visible.AnyAsync(o => o.Id == id, ct)
            ? OperationResult<IReadOnlyList<EffectivePermission>>.Success(await EffectivePermissionsAsync(id, ct))
            : OperationResult<IReadOnlyList<EffectivePermission>>.NotFound(OperatorsErrors.NotFound());

    /// <summary>What happened to an operator (audit events about them), newest first, keyset-paged.</summary>
    public async Task<OperationResult<Page<AuditEvent>>> HistoryAsync(Guid id, string? after, int? limit, CancellationToken ct = default)
    {
        if (!await authority.Visible.AnyAsync(o => o.Id == id, ct))
        {
            return OperationResult<Page<AuditEvent>>.NotFound(OperatorsErrors.NotFound());
        }

        var errors = new List<OperationError>();
        if (Keyset.CheckLimit(limit) is { } limitError)
        {
            errors.Add(limitError);
        }

        long? afterId = null;
        if (after is not null)
        {
            if (Keyset.Decode(after, 1) is [var part] && long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                afterId = parsed;
            }
            else
            {
                errors.Add(Keyset.BadCursor());
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<Page<AuditEvent>>.Invalid([.. errors]);
        }

        var entityId = id.ToString();
        var query = db.Set<AuditEvent>().AsNoTracking().Where(e => e.EntityType == nameof(Operator) && e.EntityId == entityId);
        if (afterId is { } before)
        {
            query = query.Where(e => e.Id < before);
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderByDescending(e => e.Id).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<AuditEvent>>.Success(Keyset.ToPage(rows, take, e => Keyset.Encode(e.Id.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>
    /// An operator's effective permissions: every permission of an enabled module that one of their roles carries or
    /// that was granted to them directly, with the roles it comes from. Grouped by module, in module order.
    /// </summary>
    public async Task<IReadOnlyList<EffectivePermission>> EffectivePermissionsAsync(Guid operatorId, CancellationToken ct = default)
    {
        var fromRoles = await (from ur in db.Set<IdentityUserRole<Guid>>()
                               join r in db.Set<Role>() on ur.RoleId equals r.Id
                               join rc in db.Set<IdentityRoleClaim<Guid>>() on r.Id equals rc.RoleId
                               where ur.UserId == operatorId && rc.ClaimType == PermissionClaims.Type
                               select new { Role = r.Name, Permission = rc.ClaimValue })
            .ToListAsync(ct);
        var direct = (await AccessReads.DirectGrantsAsync(db, operatorId, ct)).ToHashSet(StringComparer.Ordinal);
        var result = new List<EffectivePermission>();
        foreach (var group in PermissionGroups())
        {
            foreach (var permission in group.Permissions)
            {
                var roles = fromRoles.Where(x => x.Permission == permission.Name).Select(x => x.Role ?? "").Distinct().Order(StringComparer.Ordinal).ToList();
                var isDirect = direct.Contains(permission.Name);
                if (roles.Count > 0 || isDirect)
                {
                    result.Add(new EffectivePermission(permission, group.ModuleName, isDirect, roles));
                }
            }
        }

        return result;
    }

    /// <summary>The enabled modules' permissions grouped by module (in dependency order), for the permission screens and API.</summary>
    public IReadOnlyList<PermissionGroup> PermissionGroups()
    {
        var enabled = permissions.Enabled();
        return db.Catalog.Modules
            .Select(m => new PermissionGroup(m.Id, m.DisplayName, m.Description, enabled.Where(p => p.ModuleId == m.Id).ToList()))
            .Where(g => g.Permissions.Count > 0)
            .ToList();
    }

    /// <summary>Every role name, for filters and forms.</summary>
    public async Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken ct = default) =>
        (await db.Set<Role>().AsNoTracking().OrderBy(r => r.NormalizedName).Select(r => r.Name).ToListAsync(ct)).Select(n => n ?? "").ToList();

    private async Task<OperatorDetails?> DetailsAsync(IQueryable<Operator> source, Guid id, CancellationToken ct)
    {
        var op = await source.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (op is null)
        {
            return null;
        }

        var roles = await AccessReads.RoleNamesOfOperatorsAsync(db, [op.Id], ct);
        var maxAge = await settings.GetIntAsync(OperatorsSettings.PasswordMaxAgeDays, ct);
        var lockoutMinutes = await settings.GetIntAsync(OperatorsSettings.LockoutMinutes, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return new OperatorDetails(
            op,
            await outlets.FindAsync(op.OutletId, ct),
            roles.GetValueOrDefault(op.Id) ?? [],
            await EffectivePermissionsAsync(op.Id, ct),
            op.PasswordExpired(now, maxAge),
            maxAge > 0 ? op.PasswordChangedAt?.AddDays(maxAge) : null,
            op.LockEndsAt(lockoutMinutes));
    }

    /// <summary>Checks the filter and builds the query; the cursor is the last row's outlet code and login name.</summary>
    private async Task<OperationResult<(IQueryable<Operator> Query, string[]? After)>> PlanAsync(OperatorFilter filter, CancellationToken ct)
    {
        var errors = new List<OperationError>();
        var query = authority.Visible.AsNoTracking();
        if (Keyset.CheckLimit(filter.Limit) is { } limitError)
        {
            errors.Add(limitError);
        }

        string[]? after = null;
        if (filter.After is not null && (after = Keyset.Decode(filter.After, 2)) is null)
        {
            errors.Add(Keyset.BadCursor());
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToUpperInvariant();
            if (term.Length > 64)
            {
                errors.Add(OperatorsErrors.SearchTooLong());
            }

            query = query.Where(o => o.LoginName.ToUpper().Contains(term)
                || o.DisplayName.ToUpper().Contains(term)
                || (o.EmployeeNumber != null && o.EmployeeNumber.ToUpper().Contains(term)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            var code = filter.Outlet.Trim();
            if (!OutletCodes.IsValid(code))
            {
                errors.Add(OperatorsErrors.OutletFilterInvalid());
            }

            query = query.Where(o => o.OutletCode == code);
        }

        switch (filter.Status?.Trim())
        {
            case null or "":
                break;
            case var s when s.Equals(nameof(OperatorStatus.Active), StringComparison.OrdinalIgnoreCase):
                query = query.Where(o => o.Status == OperatorStatus.Active);
                break;
            case var s when s.Equals(nameof(OperatorStatus.Disabled), StringComparison.OrdinalIgnoreCase):
                query = query.Where(o => o.Status == OperatorStatus.Disabled);
                break;
            case var s when s.Equals("Locked", StringComparison.OrdinalIgnoreCase):
                query = query.Where(o => o.IsLocked);
                break;
            case var s when s.Equals(nameof(Operator.MustChangePassword), StringComparison.OrdinalIgnoreCase):
                query = query.Where(o => o.MustChangePassword);
                break;
            default:
                errors.Add(OperatorsErrors.StatusFilterInvalid());
                break;
        }

        if (!string.IsNullOrWhiteSpace(filter.Role))
        {
            var normalized = filter.Role.Trim().ToUpperInvariant();
            var roleId = await db.Set<Role>().Where(r => r.NormalizedName == normalized).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
            if (roleId is null)
            {
                errors.Add(OperatorsErrors.RoleUnknown(filter.Role.Trim(), "role"));
            }

            var userRoles = db.Set<IdentityUserRole<Guid>>();
            query = query.Where(o => userRoles.Any(ur => ur.UserId == o.Id && ur.RoleId == roleId));
        }

        return errors.Count > 0
            ? OperationResult<(IQueryable<Operator>, string[]?)>.Invalid([.. errors])
            : OperationResult<(IQueryable<Operator>, string[]?)>.Success((query, after));
    }

    private async Task<List<OperatorRow>> PageAsync(IQueryable<Operator> query, string[]? after, int take, CancellationToken ct)
    {
        if (after is [var outlet, var login])
        {
            query = query.Where(o => string.Compare(o.OutletCode, outlet) > 0 || (o.OutletCode == outlet && string.Compare(o.LoginName, login) > 0));
        }

        var rows = await query
            .OrderBy(o => o.OutletCode).ThenBy(o => o.LoginName)
            .Take(take)
            .Select(o => new { o.Id, o.OutletCode, o.LoginName, o.DisplayName, o.DisplayNameZh, o.EmployeeNumber, o.PhoneNumber, o.Status, o.IsLocked, o.MustChangePassword, o.LastSignInAt })
            .ToListAsync(ct);
        var roles = await AccessReads.RoleNamesOfOperatorsAsync(db, rows.Select(r => r.Id).ToList(), ct);
        return rows.Select(r => new OperatorRow(
                r.Id, r.OutletCode, r.LoginName, Kernel.Localization.LocalNames.Pick(r.DisplayName, r.DisplayNameZh), r.EmployeeNumber, r.PhoneNumber, r.Status, r.IsLocked, r.MustChangePassword,
                r.LastSignInAt, roles.GetValueOrDefault(r.Id) ?? []))
            .ToList();
    }

    private async IAsyncEnumerable<OperatorRow> StreamAsync(IQueryable<Operator> query, [EnumeratorCancellation] CancellationToken ct)
    {
        string[]? after = null;
        while (true)
        {
            var batch = await PageAsync(query, after, ExportBatch, ct);
            foreach (var row in batch)
            {
                yield return row;
            }

            if (batch.Count < ExportBatch)
            {
                yield break;
            }

            after = [batch[^1].OutletCode, batch[^1].LoginName];
        }
    }
}
