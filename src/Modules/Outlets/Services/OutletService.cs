using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Outlets.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Outlets.Services;

/// <summary>The fields of an outlet, typed (see <see cref="OutletFields"/> for the text a form or API sends).</summary>
public sealed record OutletInput(
    string? Code, string? Name, string? ShortName, OutletType? Type, string? Parent,
    string? Address, string? Phone, string? Manager, DateOnly? OpenedOn)
{
    /// <summary>The name in Chinese (recipes; null: left as it is).</summary>
    public string? NameZh { get; init; }

    /// <summary>The short name in Chinese (recipes; null: left as it is).</summary>
    public string? ShortNameZh { get; init; }
}

/// <summary>Creates and changes outlets (audited). Outlets are never deleted: their codes are never reused.</summary>
public sealed class OutletService(AdminDbContext db, IAuditTrail audit, Kernel.Time.LocalClock local, OutletVisibility visibility)
{
    /// <summary>Validates input against the rules that need no other row.</summary>
    public static List<OperationError> Check(OutletInput input)
    {
        var errors = new List<OperationError>();
        if (!Outlet.IsValidCode(input.Code?.Trim()))
        {
            errors.Add(OutletsErrors.CodeInvalid());
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add(OutletsErrors.NameRequired());
        }

        void Max(string? value, string field, int max)
        {
            if (value?.Trim().Length > max)
            {
                errors.Add(OutletsErrors.TooLong(field, max));
            }
        }

        Max(input.Name, "name", 100);
        Max(input.ShortName, "shortName", 30);
        Max(input.Address, "address", 200);
        Max(input.Phone, "phone", 30);
        Max(input.Manager, "manager", 50);
        if (!string.IsNullOrWhiteSpace(input.Phone) && !input.Phone.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-'))
        {
            errors.Add(OutletsErrors.PhoneInvalid());
        }

        if (input.Type is null)
        {
            errors.Add(OutletsErrors.TypeRequired());
        }

        // Said with the other field errors, not after them: a form shows every error at once.
        if (input.Type is OutletType.Branch or OutletType.Outlet && string.IsNullOrWhiteSpace(input.Parent))
        {
            errors.Add(OutletsErrors.ParentRequired());
        }

        return errors;
    }

    /// <summary>Creates an outlet, or (for recipes) updates the one with the same code. Not scoped: recipes run as the system.</summary>
    public async Task<OperationResult<Outlet>> UpsertAsync(OutletInput input, bool allowUpdate, CancellationToken ct = default)
    {
        var errors = Check(input);
        if (errors.Count > 0)
        {
            return OperationResult<Outlet>.Invalid([.. errors]);
        }

        var code = input.Code!.Trim();
        var existing = await db.Set<Outlet>().FirstOrDefaultAsync(o => o.Code == code, ct);
        if (existing is not null && !allowUpdate)
        {
            return OperationResult<Outlet>.Conflict(OutletsErrors.CodeTaken(code));
        }

        var parentResult = await ResolveParentAsync(input, existing?.Id, requireOpen: false, ct);
        if (!parentResult.Succeeded)
        {
            return OperationResult<Outlet>.From(parentResult);
        }

        if (existing is null)
        {
            return await AddAsync(input, parentResult.Value, "Outlet.Create", null, ct);
        }

        var before = Snapshot(existing, await CodeOfAsync(existing.ParentId, ct));
        Apply(existing, input, parentResult.Value);
        audit.Record(new AuditRecord(OutletsModule.ModuleId, "Outlet.Update", nameof(Outlet), code, before, Snapshot(existing, ParentOf(input))));
        await db.SaveChangesAsync(ct);
        return OperationResult<Outlet>.Success(existing);
    }

    /// <summary>Creates an outlet from a form or the API. Head office only; the code must be new.</summary>
    public async Task<OperationResult<Outlet>> CreateAsync(OutletFields fields, CancellationToken ct = default)
    {
        if (!visibility.SeesAllOutlets)
        {
            return OperationResult<Outlet>.Fail(FailureKind.Forbidden, OutletsErrors.HeadOfficeOnly());
        }

        var parsed = fields.Parse();
        if (!parsed.Succeeded)
        {
            return OperationResult<Outlet>.From(parsed);
        }

        var input = parsed.Value!;
        if (await db.Set<Outlet>().AnyAsync(o => o.Code == input.Code, ct))
        {
            return OperationResult<Outlet>.Conflict(OutletsErrors.CodeTaken(input.Code!));
        }

        var parent = await ResolveParentAsync(input, null, requireOpen: true, ct);
        return parent.Succeeded
            ? await AddAsync(input, parent.Value, "Outlet.Create", null, ct)
            : OperationResult<Outlet>.From(parent);
    }

    /// <summary>Changes an outlet's fields (not its code, which never changes). A stale version is a conflict naming the current one.</summary>
    public async Task<OperationResult<Outlet>> UpdateAsync(string code, OutletFields fields, string? version, CancellationToken ct = default)
    {
        var outlet = await FindAsync(code, ct);
        if (outlet is null)
        {
            return OperationResult<Outlet>.NotFound(OutletsErrors.NotFound(code));
        }

        var parsed = (fields with { Code = outlet.Code }).Parse();
        if (!parsed.Succeeded)
        {
            return OperationResult<Outlet>.From(parsed);
        }

        var input = parsed.Value!;
        if (outlet.Type == OutletType.HeadOffice && input.Type != OutletType.HeadOffice)
        {
            return OperationResult<Outlet>.Invalid(OutletsErrors.HeadOfficeStaysHeadOffice());
        }

        if (outlet.Type == OutletType.Branch && input.Type == OutletType.Outlet && await db.Set<Outlet>().AnyAsync(o => o.ParentId == outlet.Id, ct))
        {
            return OperationResult<Outlet>.Conflict(OutletsErrors.BranchHasOutlets());
        }

        var currentParent = await CodeOfAsync(outlet.ParentId, ct);
        var parent = await ResolveParentAsync(input, outlet.Id, requireOpen: ParentOf(input) != currentParent, ct);
        if (!parent.Succeeded)
        {
            return OperationResult<Outlet>.From(parent);
        }

        if (Versions.Expect(db, outlet, version) is { } stale)
        {
            return OperationResult<Outlet>.From(stale);
        }

        var before = Snapshot(outlet, currentParent);
        Apply(outlet, input, parent.Value);
        if (db.Entry(outlet).State == EntityState.Unchanged)
        {
            return OperationResult<Outlet>.Success(outlet);
        }

        audit.Record(new AuditRecord(OutletsModule.ModuleId, "Outlet.Update", nameof(Outlet), outlet.Code, before, Snapshot(outlet, ParentOf(input))));
        return await Versions.SaveAsync(db, outlet, ct) is { } conflict
            ? OperationResult<Outlet>.From(conflict)
            : OperationResult<Outlet>.Success(outlet);
    }

    /// <summary>Suspends, closes or reopens an outlet with a reason (audited). The version is checked when one is sent.</summary>
    public async Task<OperationResult<Outlet>> ChangeStatusAsync(string code, string? status, string? reason, string? version, CancellationToken ct = default)
    {
        var outlet = await FindAsync(code, ct);
        if (outlet is null)
        {
            return OperationResult<Outlet>.NotFound(OutletsErrors.NotFound(code));
        }

        if (OutletFields.ParseStatus(status) is not { } target)
        {
            return OperationResult<Outlet>.Invalid(OutletsErrors.StatusInvalid());
        }

        if (version is not null && Versions.Expect(db, outlet, version) is { } stale)
        {
            return OperationResult<Outlet>.From(stale);
        }

        var hasOpenOutlets = target == OutletStatus.Closed
            && await db.Set<Outlet>().AnyAsync(o => o.ParentId == outlet.Id && o.Status != OutletStatus.Closed, ct);
        var before = StatusSnapshot(outlet);
        var changed = outlet.ChangeStatus(target, reason, await local.TodayAsync(ct), hasOpenOutlets);
        if (!changed.Succeeded)
        {
            return OperationResult<Outlet>.From(changed);
        }

        var action = target switch
        {
            OutletStatus.Active => "Outlet.Reopen",
            OutletStatus.Suspended => "Outlet.Suspend",
            _ => "Outlet.Close",
        };
        audit.Record(new AuditRecord(OutletsModule.ModuleId, action, nameof(Outlet), outlet.Code, before, StatusSnapshot(outlet), outlet.StatusReason));
        return await Versions.SaveAsync(db, outlet, ct) is { } conflict
            ? OperationResult<Outlet>.From(conflict)
            : OperationResult<Outlet>.Success(outlet);
    }

    /// <summary>The outlet with this code if the caller may see it, tracked for a change.</summary>
    private Task<Outlet?> FindAsync(string code, CancellationToken ct) =>
        Outlet.IsValidCode(code)
            ? visibility.Apply(db.Set<Outlet>()).FirstOrDefaultAsync(o => o.Code == code, ct)
            : Task.FromResult<Outlet?>(null);

    private async Task<OperationResult<Outlet>> AddAsync(OutletInput input, Guid? parentId, string action, string? summary, CancellationToken ct)
    {
        var outlet = New(input, parentId, await local.TodayAsync(ct));
        db.Add(outlet);
        audit.Record(new AuditRecord(OutletsModule.ModuleId, action, nameof(Outlet), outlet.Code, null, Snapshot(outlet, ParentOf(input)), summary));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two creations of one code at the same moment: the unique index refused the second.
            db.ChangeTracker.Clear();
            if (await db.Set<Outlet>().AnyAsync(o => o.Code == outlet.Code, ct))
            {
                return OperationResult<Outlet>.Conflict(OutletsErrors.CodeTaken(outlet.Code));
            }

            throw;
        }

        return OperationResult<Outlet>.Success(outlet);
    }

    /// <summary>A new active outlet from checked input.</summary>
    internal static Outlet New(OutletInput input, Guid? parentId, DateOnly today)
    {
        var outlet = new Outlet { Id = Guid.NewGuid(), Code = input.Code!.Trim(), Status = OutletStatus.Active };
        Apply(outlet, input, parentId);
        outlet.OpenedOn ??= today;
        return outlet;
    }

    private async Task<OperationResult<Guid?>> ResolveParentAsync(OutletInput input, Guid? selfId, bool requireOpen, CancellationToken ct)
    {
        var parentCode = input.Parent?.Trim();
        if (input.Type == OutletType.HeadOffice)
        {
            if (!string.IsNullOrEmpty(parentCode))
            {
                return OperationResult<Guid?>.Invalid(OutletsErrors.HeadOfficeHasNoParent());
            }

            var otherHeadOffice = await db.Set<Outlet>().AnyAsync(o => o.Type == OutletType.HeadOffice && o.Id != selfId, ct);
            return otherHeadOffice
                ? OperationResult<Guid?>.Conflict(OutletsErrors.SecondHeadOffice())
                : OperationResult<Guid?>.Success(null);
        }

        if (string.IsNullOrEmpty(parentCode))
        {
            return OperationResult<Guid?>.Invalid(OutletsErrors.ParentRequired());
        }

        var parent = await db.Set<Outlet>().AsNoTracking().FirstOrDefaultAsync(o => o.Code == parentCode, ct);
        if (parent is null)
        {
            return OperationResult<Guid?>.Invalid(OutletsErrors.ParentUnknown(parentCode));
        }

        if (!FitsUnder(input.Type!.Value, parent.Type) || parent.Id == selfId)
        {
            return OperationResult<Guid?>.Invalid(OutletsErrors.ParentWrongType());
        }

        return requireOpen && parent.Status == OutletStatus.Closed
            ? OperationResult<Guid?>.Invalid(OutletsErrors.ParentClosed(parentCode))
            : OperationResult<Guid?>.Success(parent.Id);
    }

    /// <summary>A branch belongs to head office; an outlet to a branch or head office; nothing belongs to an outlet.</summary>
    internal static bool FitsUnder(OutletType type, OutletType parentType) =>
        type == OutletType.Branch
            ? parentType == OutletType.HeadOffice
            : type == OutletType.Outlet && parentType is OutletType.HeadOffice or OutletType.Branch;

    internal static void Apply(Outlet outlet, OutletInput input, Guid? parentId)
    {
        outlet.Name = input.Name!.Trim();
        outlet.ShortName = Clean(input.ShortName);
        if (input.NameZh is not null)
        {
            outlet.NameZh = Clean(input.NameZh);
        }

        if (input.ShortNameZh is not null)
        {
            outlet.ShortNameZh = Clean(input.ShortNameZh);
        }
        outlet.Type = input.Type!.Value;
        outlet.ParentId = parentId;
        outlet.Address = Clean(input.Address);
        outlet.Phone = Clean(input.Phone);
        outlet.Manager = Clean(input.Manager);
        if (input.OpenedOn is not null)
        {
            outlet.OpenedOn = input.OpenedOn;
        }
    }

    /// <summary>What the audit trail keeps of an outlet: its fields, the parent by code.</summary>
    internal static object Snapshot(Outlet o, string? parentCode) => new
    {
        o.Code, o.Name, o.ShortName, Type = o.Type.ToString(), Parent = parentCode, o.Address, o.Phone, o.Manager,
        Status = o.Status.ToString(), o.OpenedOn, o.ClosedOn, o.StatusReason,
    };

    private static object StatusSnapshot(Outlet o) => new { Status = o.Status.ToString(), o.ClosedOn, o.StatusReason };

    /// <summary>The parent code the input names (head office has none).</summary>
    internal static string? ParentOf(OutletInput input) =>
        input.Type == OutletType.HeadOffice || string.IsNullOrWhiteSpace(input.Parent) ? null : input.Parent.Trim();

    private async Task<string?> CodeOfAsync(Guid? id, CancellationToken ct) =>
        id is { } value ? await db.Set<Outlet>().Where(o => o.Id == value).Select(o => o.Code).FirstOrDefaultAsync(ct) : null;


    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
