using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Allocations.Models;
using Admin.Modules.Counter.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Allocations.Services;

/// <summary>A template's card and its amount (Amount mode) or share (Share mode).</summary>
public sealed record TemplateLineInput(string? Card, decimal? Value);

/// <summary>A template as typed: name, mode (Amount or Share), lines; the version read, when editing.</summary>
public sealed record TemplateInput(string? Name, string? Mode, IReadOnlyList<TemplateLineInput?>? Lines, string? Version = null);

/// <summary>
/// Customers' pre-allocation templates (客户预分模板 3.4): kept at the customer's outlet, names unique per customer, cards
/// checked as for a pre-allocation (the customer's secondary or single-user cards in use); every change audited with before and after.
/// </summary>
public sealed class AllocationTemplates(AdminDbContext db, AllocationChecks checks, ICustomerDirectory customers, IAuditTrail audit, OutletScope scope)
{
    public const int MaxName = 60;

    /// <summary>The visible customer by code or id.</summary>
    public async Task<CustomerInfo?> CustomerAsync(string? key, CancellationToken ct = default)
    {
        key = key?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        return Guid.TryParse(key, out var id) ? await customers.FindAsync(id, ct) : await customers.FindByCodeAsync(key, ct);
    }

    /// <summary>The customer's templates, by name.</summary>
    public async Task<IReadOnlyList<AllocationTemplate>> ListAsync(Guid customerId, CancellationToken ct = default) =>
        await scope.Apply(db.Set<AllocationTemplate>().AsNoTracking()).Include(t => t.Lines.OrderBy(l => l.LineNo))
            .Where(t => t.CustomerId == customerId).OrderBy(t => t.Name).ToListAsync(ct);

    /// <summary>The visible template, or null.</summary>
    public Task<AllocationTemplate?> FindAsync(Guid id, CancellationToken ct = default) =>
        scope.Apply(db.Set<AllocationTemplate>().AsNoTracking()).Include(t => t.Lines.OrderBy(l => l.LineNo)).FirstOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>The customer's template by id or name, or null.</summary>
    public async Task<AllocationTemplate?> FindOfCustomerAsync(Guid customerId, string key, CancellationToken ct = default)
    {
        var query = scope.Apply(db.Set<AllocationTemplate>().AsNoTracking()).Include(t => t.Lines).Where(t => t.CustomerId == customerId);
        key = key.Trim();
        return Guid.TryParse(key, out var id) ? await query.FirstOrDefaultAsync(t => t.Id == id, ct) : await query.FirstOrDefaultAsync(t => t.Name == key, ct);
    }

    public async Task<OperationResult<AllocationTemplate>> CreateAsync(CustomerInfo customer, TemplateInput input, CancellationToken ct = default)
    {
        var checkedInput = await CheckAsync(customer, input, ct);
        if (!checkedInput.Succeeded)
        {
            return OperationResult<AllocationTemplate>.From(checkedInput);
        }

        var (name, mode, lines) = checkedInput.Value;
        var template = new AllocationTemplate
        {
            Id = Guid.NewGuid(), OutletId = customer.OutletId, CustomerId = customer.Id, Name = name, Mode = mode, CreatedAt = checks.Now, ChangedAt = checks.Now,
            ChangedBy = checks.LoginName,
        };
        SetLines(template, lines);
        db.Add(template);
        audit.Record(new AuditRecord(AllocationsModule.ModuleId, "Template.Create", nameof(AllocationTemplate), template.Id.ToString(), null, Snapshot(template, customer.Code)));
        return await SaveAsync(template, name, ct);
    }

    public async Task<OperationResult<AllocationTemplate>> UpdateAsync(Guid id, TemplateInput input, CancellationToken ct = default)
    {
        var template = await scope.Apply(db.Set<AllocationTemplate>()).Include(t => t.Lines).FirstOrDefaultAsync(t => t.Id == id, ct);
        var customer = template is null ? null : await customers.FindAsync(template.CustomerId, ct);
        if (template is null || customer is null)
        {
            return OperationResult<AllocationTemplate>.NotFound(AllocationsErrors.TemplateNotFound());
        }

        if (Versions.Expect(db, template, input.Version) is { } stale)
        {
            return OperationResult<AllocationTemplate>.From(stale);
        }

        var checkedInput = await CheckAsync(customer, input, ct);
        if (!checkedInput.Succeeded)
        {
            db.ChangeTracker.Clear();
            return OperationResult<AllocationTemplate>.From(checkedInput);
        }

        var before = Snapshot(template, customer.Code);
        var (name, mode, lines) = checkedInput.Value;
        template.Name = name;
        template.Mode = mode;
        template.ChangedAt = checks.Now;
        template.ChangedBy = checks.LoginName;
        db.RemoveRange(template.Lines);
        template.Lines.Clear();
        SetLines(template, lines);
        // Lines with their ids set, found through the navigation, would be taken for existing rows: add them explicitly.
        db.AddRange(template.Lines);
        audit.Record(new AuditRecord(AllocationsModule.ModuleId, "Template.Update", nameof(AllocationTemplate), template.Id.ToString(), before, Snapshot(template, customer.Code)));
        return await SaveAsync(template, name, ct);
    }

    public async Task<OperationResult> DeleteAsync(Guid id, string? version, CancellationToken ct = default)
    {
        var template = await scope.Apply(db.Set<AllocationTemplate>()).Include(t => t.Lines).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null)
        {
            return OperationResult.NotFound(AllocationsErrors.TemplateNotFound());
        }

        if (Versions.Expect(db, template, version) is { } stale)
        {
            return stale;
        }

        var customer = await customers.FindAsync(template.CustomerId, ct);
        audit.Record(new AuditRecord(AllocationsModule.ModuleId, "Template.Delete", nameof(AllocationTemplate), template.Id.ToString(), Snapshot(template, customer?.Code ?? ""), null));
        db.RemoveRange(template.Lines);
        db.Remove(template);
        return await Versions.SaveAsync(db, template, ct) ?? OperationResult.Success();
    }

    private async Task<OperationResult<AllocationTemplate>> SaveAsync(AllocationTemplate template, string name, CancellationToken ct)
    {
        try
        {
            if (await Versions.SaveAsync(db, template, ct) is { } conflict)
            {
                return OperationResult<AllocationTemplate>.From(conflict);
            }
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            return OperationResult<AllocationTemplate>.Conflict(AllocationsErrors.TemplateNameTaken(name));
        }

        return OperationResult<AllocationTemplate>.Success(template);
    }

    private async Task<OperationResult<(string Name, TemplateMode Mode, List<(Guid Card, string Number, decimal Value)> Lines)>> CheckAsync(
        CustomerInfo customer, TemplateInput input, CancellationToken ct)
    {
        var errors = new List<OperationError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(AllocationsErrors.TemplateNameRequired());
        }
        else if (name.Length > MaxName)
        {
            errors.Add(AllocationsErrors.TemplateNameTooLong(MaxName));
        }

        TemplateMode mode = TemplateMode.Amount;
        if (!string.IsNullOrWhiteSpace(input.Mode) && !Enum.TryParse(input.Mode.Trim(), true, out mode) || !Enum.IsDefined(mode))
        {
            errors.Add(AllocationsErrors.TemplateModeInvalid());
        }

        var typed = input.Lines ?? [];
        var lines = new List<(Guid, string, decimal)>();
        if (typed.Count == 0)
        {
            errors.Add(AllocationsErrors.CardsRequired());
        }
        else if (typed.Count > AllocationChecks.MaxCards)
        {
            errors.Add(AllocationsErrors.TooManyCards(AllocationChecks.MaxCards));
        }
        else
        {
            var seen = new HashSet<Guid>();
            for (var i = 0; i < typed.Count; i++)
            {
                var card = await checks.TargetCardAsync(typed[i]?.Card, customer, $"lines[{i}].card", errors, ct);
                decimal? value;
                if (mode == TemplateMode.Share)
                {
                    value = typed[i]?.Value is { } v && v > 0 && decimal.Round(v, 2) == v && v <= AllocationChecks.MaxAmount ? v : null;
                    if (value is null)
                    {
                        errors.Add(AllocationsErrors.ShareInvalid($"lines[{i}].value"));
                    }
                }
                else
                {
                    value = AllocationChecks.Amount(typed[i]?.Value, $"lines[{i}].value", errors);
                }

                if (card is not null && !seen.Add(card.Id))
                {
                    errors.Add(AllocationsErrors.CardTwice($"lines[{i}].card", card.Number));
                }
                else if (card is not null && value is { } ok)
                {
                    lines.Add((card.Id, card.Number, ok));
                }
            }
        }

        return errors.Count > 0 ? OperationResult<(string, TemplateMode, List<(Guid, string, decimal)>)>.Invalid([.. errors])
            : OperationResult<(string, TemplateMode, List<(Guid, string, decimal)>)>.Success((name, mode, lines));
    }

    private static void SetLines(AllocationTemplate template, List<(Guid Card, string Number, decimal Value)> lines) =>
        template.Lines.AddRange(lines.Select((l, i) => new AllocationTemplateLine
        {
            Id = Guid.NewGuid(), TemplateId = template.Id, LineNo = i + 1, CardId = l.Card, CardNumber = l.Number, Value = l.Value,
        }));

    private static object Snapshot(AllocationTemplate t, string customer) => new
    {
        customer, name = t.Name, mode = t.Mode.ToString(), lines = t.Lines.OrderBy(l => l.LineNo).Select(l => new { card = l.CardNumber, value = l.Value }),
    };
}
