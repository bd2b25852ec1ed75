using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Outlets.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Outlets.Services;

/// <summary>The fields of an outlet as a form or API sends them.</summary>
public sealed record OutletInput(
    string? Code, string? Name, string? ShortName, OutletType? Type, string? Parent,
    string? Address, string? Phone, string? Manager, DateOnly? OpenedOn);

/// <summary>Creates and changes outlets (audited).</summary>
public sealed class OutletService(AdminDbContext db, IAuditTrail audit, TimeProvider clock)
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
            errors.Add(new OperationError("outlet.typeRequired", "Choose the outlet type.", "type"));
        }

        return errors;
    }

    /// <summary>Creates an outlet, or (for recipes) updates the one with the same code.</summary>
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

        var parentResult = await ResolveParentAsync(input, existing?.Id, ct);
        if (!parentResult.Succeeded)
        {
            return OperationResult<Outlet>.From(parentResult);
        }

        var outlet = existing ?? new Outlet { Id = Guid.NewGuid(), Code = code, Status = OutletStatus.Active };
        var before = existing is null ? null : Snapshot(existing);
        Apply(outlet, input, parentResult.Value);
        if (existing is null)
        {
            outlet.OpenedOn ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            db.Add(outlet);
        }

        audit.Record(new AuditRecord(OutletsModule.ModuleId, existing is null ? "Outlet.Create" : "Outlet.Update", nameof(Outlet), code, before, Snapshot(outlet)));
        await db.SaveChangesAsync(ct);
        return OperationResult<Outlet>.Success(outlet);
    }

    private async Task<OperationResult<Guid?>> ResolveParentAsync(OutletInput input, Guid? selfId, CancellationToken ct)
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

        var fits = input.Type == OutletType.Branch
            ? parent.Type == OutletType.HeadOffice
            : parent.Type is OutletType.HeadOffice or OutletType.Branch;
        return fits && parent.Id != selfId
            ? OperationResult<Guid?>.Success(parent.Id)
            : OperationResult<Guid?>.Invalid(OutletsErrors.ParentWrongType());
    }

    internal static void Apply(Outlet outlet, OutletInput input, Guid? parentId)
    {
        outlet.Name = input.Name!.Trim();
        outlet.ShortName = Clean(input.ShortName);
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

    internal static object Snapshot(Outlet o) => new
    {
        o.Code, o.Name, o.ShortName, Type = o.Type.ToString(), o.ParentId, o.Address, o.Phone, o.Manager,
        Status = o.Status.ToString(), o.OpenedOn, o.ClosedOn, o.StatusReason,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
