using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Modules.InvoiceTitles.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.InvoiceTitles.Services;

/// <summary>A template as lists, its page and the API show it, with how many titles follow it.</summary>
public sealed record TemplateView(Guid Id, TitleDetails Details, string Owner, TemplateStatus Status, DateTimeOffset CreatedAt, long Version, int LinkedTitles);

/// <summary>
/// Head office's invoice title templates (audited). A correction reaches every title made from the template that has not
/// been detached, in the same transaction, with an audit record per title.
/// </summary>
public sealed class TemplateService(AdminDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public const int MaxOwner = 50;

    /// <summary>Templates whose buyer name contains <paramref name="search"/>, or whose taxpayer number starts with it; by name.</summary>
    public async Task<OperationResult<Page<TemplateView>>> ListAsync(string? search, string? status, string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } limitError)
        {
            return OperationResult<Page<TemplateView>>.Invalid(limitError);
        }

        TemplateStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<TemplateStatus>(status.Trim(), true, out var s) || int.TryParse(status, out _))
            {
                return OperationResult<Page<TemplateView>>.Invalid(InvoiceTitlesErrors.StatusInvalid() with { Field = "status" });
            }

            wanted = s;
        }

        var term = TitleText.Clean(search);
        if (term?.Length > 100)
        {
            return OperationResult<Page<TemplateView>>.Invalid(InvoiceTitlesErrors.TooLong("search", 100));
        }

        var query = db.Set<InvoiceTitleTemplate>().AsNoTracking();
        if (term is not null)
        {
            var code = CreditCode.Normalise(term);
            query = query.Where(t => t.BuyerName.Contains(term) || (t.TaxpayerNumber != null && t.TaxpayerNumber.StartsWith(code)));
        }

        if (wanted is not null)
        {
            query = query.Where(t => t.Status == wanted);
        }

        if (after is not null)
        {
            if (Keyset.Decode(after, 2) is not [var name, var number])
            {
                return OperationResult<Page<TemplateView>>.Invalid(Keyset.BadCursor());
            }

            query = query.Where(t => string.Compare(t.BuyerName, name) > 0 || (t.BuyerName == name && string.Compare(t.TaxpayerNumber, number) > 0));
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderBy(t => t.BuyerName).ThenBy(t => t.TaxpayerNumber).Take(take + 1).ToListAsync(ct);
        var counts = await CountLinksAsync(rows.Select(r => r.Id).ToList(), ct);
        var views = rows.Select(r => View(r, counts.GetValueOrDefault(r.Id))).ToList();
        return OperationResult<Page<TemplateView>>.Success(Keyset.ToPage(views, take, v => Keyset.Encode(v.Details.BuyerName, v.Details.TaxpayerNumber ?? "")));
    }

    /// <summary>The template, or null.</summary>
    public async Task<TemplateView?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var template = await db.Set<InvoiceTitleTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        return template is null ? null : View(template, (await CountLinksAsync([id], ct)).GetValueOrDefault(id));
    }

    /// <summary>The template's audit history, newest first.</summary>
    public async Task<IReadOnlyList<AuditEvent>> HistoryAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<AuditEvent>().AsNoTracking()
            .Where(e => e.Module == InvoiceTitlesModule.ModuleId && e.EntityType == nameof(InvoiceTitleTemplate) && e.EntityId == id.ToString())
            .OrderByDescending(e => e.Id)
            .Take(100)
            .ToListAsync(ct);

    /// <summary>Every template matching the filter (for export), by name.</summary>
    public async IAsyncEnumerable<TemplateView> StreamAsync(string? search, string? status, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        string? after = null;
        do
        {
            var page = await ListAsync(search, status, after, Keyset.MaxLimit, ct);
            if (!page.Succeeded)
            {
                yield break;
            }

            foreach (var item in page.Value!.Items)
            {
                yield return item;
            }

            after = page.Value.Next;
        }
        while (after is not null);
    }

    /// <summary>Creates a template; its taxpayer number must be a valid credit code not used by another template.</summary>
    public async Task<OperationResult<InvoiceTitleTemplate>> CreateAsync(TemplateInput input, CancellationToken ct = default)
    {
        var parsed = Parse(input);
        if (!parsed.Succeeded)
        {
            return OperationResult<InvoiceTitleTemplate>.From(parsed);
        }

        var (details, owner) = parsed.Value;
        if (await db.Set<InvoiceTitleTemplate>().AnyAsync(t => t.TaxpayerNumber == details.TaxpayerNumber, ct))
        {
            return OperationResult<InvoiceTitleTemplate>.Conflict(InvoiceTitlesErrors.TemplateDuplicate(details.TaxpayerNumber!));
        }

        var template = New(details, owner);
        db.Add(template);
        audit.Record(new AuditRecord(InvoiceTitlesModule.ModuleId, "Template.Create", nameof(InvoiceTitleTemplate), template.Id.ToString(), null, Snapshot(template)));
        return await SaveAsync(template, ct);
    }

    /// <summary>Corrects a template; titles that follow it change with it (an audit record each).</summary>
    public async Task<OperationResult<InvoiceTitleTemplate>> UpdateAsync(Guid id, TemplateInput input, string? status, string? version, CancellationToken ct = default)
    {
        var template = await db.Set<InvoiceTitleTemplate>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null)
        {
            return OperationResult<InvoiceTitleTemplate>.NotFound(InvoiceTitlesErrors.TemplateNotFound());
        }

        var parsed = Parse(input);
        if (!parsed.Succeeded)
        {
            return OperationResult<InvoiceTitleTemplate>.From(parsed);
        }

        var targetStatus = template.Status;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (ParseStatus(status) is not { } s)
            {
                return OperationResult<InvoiceTitleTemplate>.Invalid(InvoiceTitlesErrors.StatusInvalid());
            }

            targetStatus = s;
        }

        if (Versions.Expect(db, template, version) is { } stale)
        {
            return OperationResult<InvoiceTitleTemplate>.From(stale);
        }

        var (details, owner) = parsed.Value;
        if (details.TaxpayerNumber != template.TaxpayerNumber
            && await db.Set<InvoiceTitleTemplate>().AnyAsync(t => t.TaxpayerNumber == details.TaxpayerNumber && t.Id != id, ct))
        {
            return OperationResult<InvoiceTitleTemplate>.Conflict(InvoiceTitlesErrors.TemplateDuplicate(details.TaxpayerNumber!));
        }

        var before = Snapshot(template);
        template.Apply(details);
        template.Owner = owner;
        template.Status = targetStatus;
        if (db.Entry(template).State == EntityState.Unchanged)
        {
            return OperationResult<InvoiceTitleTemplate>.Success(template);
        }

        audit.Record(new AuditRecord(InvoiceTitlesModule.ModuleId, "Template.Update", nameof(InvoiceTitleTemplate), template.Id.ToString(), before, Snapshot(template)));
        var followers = await db.Set<InvoiceTitle>()
            .Where(t => t.TemplateId == id && !t.Detached && t.Status == InvoiceTitleStatus.Active)
            .ToListAsync(ct);
        foreach (var title in followers)
        {
            var titleBefore = TitleService.Snapshot(title);
            title.Apply(details);
            if (db.Entry(title).State != EntityState.Unchanged)
            {
                audit.Record(new AuditRecord(InvoiceTitlesModule.ModuleId, "Title.FollowTemplate", nameof(InvoiceTitle), title.Id.ToString(), titleBefore, TitleService.Snapshot(title),
                    Summary: "Its template was corrected"));
            }
        }

        return await SaveAsync(template, ct);
    }

    /// <summary>Retires or reactivates a template. A retired template can no longer be applied; titles made from it stay.</summary>
    public async Task<OperationResult<InvoiceTitleTemplate>> SetStatusAsync(Guid id, string? status, string? version, CancellationToken ct = default)
    {
        var template = await db.Set<InvoiceTitleTemplate>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null)
        {
            return OperationResult<InvoiceTitleTemplate>.NotFound(InvoiceTitlesErrors.TemplateNotFound());
        }

        if (ParseStatus(status) is not { } target)
        {
            return OperationResult<InvoiceTitleTemplate>.Invalid(InvoiceTitlesErrors.StatusInvalid());
        }

        if (version is not null && Versions.Expect(db, template, version) is { } stale)
        {
            return OperationResult<InvoiceTitleTemplate>.From(stale);
        }

        if (template.Status == target)
        {
            return OperationResult<InvoiceTitleTemplate>.Success(template);
        }

        var before = new { Status = template.Status.ToString() };
        template.Status = target;
        audit.Record(new AuditRecord(InvoiceTitlesModule.ModuleId, target == TemplateStatus.Retired ? "Template.Retire" : "Template.Reactivate",
            nameof(InvoiceTitleTemplate), template.Id.ToString(), before, new { Status = target.ToString() }));
        return await SaveAsync(template, ct);
    }

    /// <summary>Checks a template's fields: a company's or institution's title with a valid credit code, and an owner.</summary>
    internal static OperationResult<(TitleDetails Details, string Owner)> Parse(TemplateInput input)
    {
        var errors = new List<OperationError>();
        var parsed = input.Title.Parse();
        if (!parsed.Succeeded)
        {
            errors.AddRange(parsed.Errors);
        }
        else if (parsed.Value!.Type == TitleType.Individual)
        {
            errors.Add(InvoiceTitlesErrors.TemplateNeedsTaxpayerNumber());
        }
        else if (parsed.Value.TaxpayerNumber is null)
        {
            errors.Add(InvoiceTitlesErrors.TaxpayerNumberRequired());
        }

        var owner = TitleText.Clean(input.Owner);
        if (owner is null)
        {
            errors.Add(InvoiceTitlesErrors.OwnerRequired());
        }
        else if (owner.Length > MaxOwner || owner.Any(char.IsControl))
        {
            errors.Add(owner.Length > MaxOwner ? InvoiceTitlesErrors.TooLong("owner", MaxOwner) : InvoiceTitlesErrors.ControlCharacters("owner"));
        }

        return errors.Count > 0
            ? OperationResult<(TitleDetails, string)>.Invalid([.. errors])
            : OperationResult<(TitleDetails, string)>.Success((parsed.Value!, owner!));
    }

    internal static TemplateStatus? ParseStatus(string? status) =>
        Enum.TryParse<TemplateStatus>(status?.Trim(), true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _) ? s : null;

    internal InvoiceTitleTemplate New(TitleDetails details, string owner)
    {
        var template = new InvoiceTitleTemplate { Id = Guid.NewGuid(), Owner = owner, Status = TemplateStatus.Active, CreatedAt = clock.GetUtcNow() };
        template.Apply(details);
        return template;
    }

    internal static object Snapshot(InvoiceTitleTemplate t) => new
    {
        Type = t.Type.ToString(), t.BuyerName, t.TaxpayerNumber, t.Address, t.Phone, t.BankName, t.BankAccount, t.Email, t.Note, t.Owner,
        Status = t.Status.ToString(),
    };

    private async Task<Dictionary<Guid, int>> CountLinksAsync(List<Guid> ids, CancellationToken ct) =>
        await db.Set<InvoiceTitle>().AsNoTracking()
            .Where(t => t.TemplateId != null && ids.Contains(t.TemplateId.Value) && !t.Detached && t.Status == InvoiceTitleStatus.Active)
            .GroupBy(t => t.TemplateId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    private static TemplateView View(InvoiceTitleTemplate t, int links) => new(t.Id, t.Details, t.Owner, t.Status, t.CreatedAt, t.Version, links);

    private async Task<OperationResult<InvoiceTitleTemplate>> SaveAsync(InvoiceTitleTemplate template, CancellationToken ct)
    {
        try
        {
            return await Versions.SaveAsync(db, template, ct) is { } conflict
                ? OperationResult<InvoiceTitleTemplate>.From(conflict)
                : OperationResult<InvoiceTitleTemplate>.Success(template);
        }
        catch (DbUpdateException)
        {
            // Another head-office operator saved a template with this taxpayer number at the same moment.
            db.ChangeTracker.Clear();
            return OperationResult<InvoiceTitleTemplate>.Conflict(InvoiceTitlesErrors.TemplateDuplicate(template.TaxpayerNumber ?? ""));
        }
    }
}
