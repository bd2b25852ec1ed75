using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.InvoiceTitles.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.InvoiceTitles.Services;

/// <summary>
/// A customer's invoice titles (audited, before and after). The customer must be visible to the caller (an outlet operator:
/// their own outlet's customers), or the customer and its titles are "not found". Exactly one active title is the default.
/// </summary>
public sealed class TitleService(AdminDbContext db, IAuditTrail audit, TimeProvider clock, ICustomerDirectory customers)
{
    /// <summary>Adds a title. The customer's first title becomes the default; <paramref name="makeDefault"/> makes any new one the default.</summary>
    public async Task<OperationResult<InvoiceTitle>> CreateAsync(Guid customerId, TitleInput input, bool makeDefault, CancellationToken ct = default)
    {
        if (await customers.FindAsync(customerId, ct) is null)
        {
            return OperationResult<InvoiceTitle>.NotFound(InvoiceTitlesErrors.CustomerNotFound());
        }

        var parsed = input.Parse();
        if (!parsed.Succeeded)
        {
            return OperationResult<InvoiceTitle>.From(parsed);
        }

        return await AddAsync(customerId, parsed.Value!, makeDefault, null, "Title.Create", ct);
    }

    /// <summary>Applies a head-office template: a new title linked to it, following its corrections until detached.</summary>
    public async Task<OperationResult<InvoiceTitle>> FromTemplateAsync(Guid customerId, Guid templateId, bool makeDefault, CancellationToken ct = default)
    {
        if (await customers.FindAsync(customerId, ct) is null)
        {
            return OperationResult<InvoiceTitle>.NotFound(InvoiceTitlesErrors.CustomerNotFound());
        }

        var template = await db.Set<InvoiceTitleTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, ct);
        if (template is null)
        {
            return OperationResult<InvoiceTitle>.NotFound(InvoiceTitlesErrors.TemplateNotFound());
        }

        if (template.Status != TemplateStatus.Active)
        {
            return OperationResult<InvoiceTitle>.Conflict(InvoiceTitlesErrors.TemplateRetired());
        }

        return await AddAsync(customerId, template.Details, makeDefault, template.Id, "Title.FromTemplate", ct);
    }

    /// <summary>Changes a title's fields. A title that follows a template is detached by an edit (its fields are now the operator's).</summary>
    public async Task<OperationResult<InvoiceTitle>> UpdateAsync(Guid customerId, Guid titleId, TitleInput input, string? version, CancellationToken ct = default)
    {
        var found = await LoadAsync(customerId, titleId, ct);
        if (!found.Succeeded)
        {
            return found;
        }

        var title = found.Value!;
        var parsed = input.Parse();
        if (!parsed.Succeeded)
        {
            return OperationResult<InvoiceTitle>.From(parsed);
        }

        if (Versions.Expect(db, title, version) is { } stale)
        {
            return OperationResult<InvoiceTitle>.From(stale);
        }

        var details = parsed.Value!;
        if (await DuplicateAsync(customerId, details.TaxpayerNumber, title.Id, ct))
        {
            return OperationResult<InvoiceTitle>.Conflict(InvoiceTitlesErrors.DuplicateTaxpayerNumber(details.TaxpayerNumber!));
        }

        var before = Snapshot(title);
        title.Apply(details);
        if (db.Entry(title).State == EntityState.Unchanged)
        {
            return OperationResult<InvoiceTitle>.Success(title);
        }

        if (title.FollowsTemplate)
        {
            title.Detached = true;
        }

        audit.Record(Audit("Title.Update", title, before));
        return await SaveAsync(title, ct);
    }

    /// <summary>Makes the title the customer's default (the previous default stops being it, in the same save).</summary>
    public async Task<OperationResult<InvoiceTitle>> MakeDefaultAsync(Guid customerId, Guid titleId, string? version, CancellationToken ct = default)
    {
        var found = await LoadAsync(customerId, titleId, ct);
        if (!found.Succeeded)
        {
            return found;
        }

        var title = found.Value!;
        if (version is not null && Versions.Expect(db, title, version) is { } stale)
        {
            return OperationResult<InvoiceTitle>.From(stale);
        }

        if (title.IsDefault)
        {
            return OperationResult<InvoiceTitle>.Success(title);
        }

        return await InTransactionAsync(async () =>
        {
            await MoveDefaultAsync(customerId, title, ct);
            return await SaveAsync(title, ct);
        }, ct);
    }

    /// <summary>Stops a title following its template; later template corrections no longer reach it.</summary>
    public async Task<OperationResult<InvoiceTitle>> DetachAsync(Guid customerId, Guid titleId, string? version, CancellationToken ct = default)
    {
        var found = await LoadAsync(customerId, titleId, ct);
        if (!found.Succeeded)
        {
            return found;
        }

        var title = found.Value!;
        if (!title.FollowsTemplate)
        {
            return OperationResult<InvoiceTitle>.Conflict(InvoiceTitlesErrors.NotLinked());
        }

        if (version is not null && Versions.Expect(db, title, version) is { } stale)
        {
            return OperationResult<InvoiceTitle>.From(stale);
        }

        var before = Snapshot(title);
        title.Detached = true;
        audit.Record(Audit("Title.Detach", title, before));
        return await SaveAsync(title, ct);
    }

    /// <summary>
    /// Removes a title. The default needs <paramref name="newDefaultId"/> (another active title) unless it is the customer's
    /// last one. A title printed on a receipt is archived, not deleted.
    /// </summary>
    public async Task<OperationResult<InvoiceTitle>> DeleteAsync(Guid customerId, Guid titleId, Guid? newDefaultId, string? version, CancellationToken ct = default)
    {
        var found = await LoadAsync(customerId, titleId, ct);
        if (!found.Succeeded)
        {
            return found;
        }

        var title = found.Value!;
        if (version is not null && Versions.Expect(db, title, version) is { } stale)
        {
            return OperationResult<InvoiceTitle>.From(stale);
        }

        InvoiceTitle? successor = null;
        if (title.IsDefault)
        {
            var others = await db.Set<InvoiceTitle>().CountAsync(t => t.CustomerId == customerId && t.Status == InvoiceTitleStatus.Active && t.Id != titleId, ct);
            if (others > 0 && newDefaultId is null)
            {
                return OperationResult<InvoiceTitle>.Invalid(InvoiceTitlesErrors.NewDefaultRequired());
            }

            if (newDefaultId is not null)
            {
                successor = await db.Set<InvoiceTitle>().FirstOrDefaultAsync(t => t.Id == newDefaultId && t.CustomerId == customerId && t.Status == InvoiceTitleStatus.Active && t.Id != titleId, ct);
                if (successor is null)
                {
                    return OperationResult<InvoiceTitle>.Invalid(InvoiceTitlesErrors.NewDefaultInvalid());
                }
            }
        }

        return await InTransactionAsync(() => RemoveAsync(title, successor, ct), ct);
    }

    private async Task<OperationResult<InvoiceTitle>> RemoveAsync(InvoiceTitle title, InvoiceTitle? successor, CancellationToken ct)
    {
        var before = Snapshot(title);
        title.IsDefault = false;
        if (title.UsedOnReceipt)
        {
            title.Status = InvoiceTitleStatus.Archived;
            audit.Record(Audit("Title.Archive", title, before));
        }
        else
        {
            db.Remove(title);
            audit.Record(new AuditRecord(InvoiceTitlesModule.ModuleId, "Title.Delete", nameof(InvoiceTitle), title.Id.ToString(), before, null));
        }

        if (successor is not null)
        {
            // The old default is saved first (it stops being the default) so the one-default index never sees two.
            await db.SaveChangesAsync(ct);
            var successorBefore = Snapshot(successor);
            successor.IsDefault = true;
            audit.Record(Audit("Title.MakeDefault", successor, successorBefore));
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<InvoiceTitle>.Success(title);
    }

    internal static object Snapshot(InvoiceTitle t) => new
    {
        Type = t.Type.ToString(), t.BuyerName, t.TaxpayerNumber, t.Address, t.Phone, t.BankName, t.BankAccount, t.Email, t.Note,
        t.IsDefault, Status = t.Status.ToString(), t.TemplateId, t.Detached,
    };

    private static AuditRecord Audit(string action, InvoiceTitle title, object before) =>
        new(InvoiceTitlesModule.ModuleId, action, nameof(InvoiceTitle), title.Id.ToString(), before, Snapshot(title));

    private async Task<OperationResult<InvoiceTitle>> AddAsync(Guid customerId, TitleDetails details, bool makeDefault, Guid? templateId, string action, CancellationToken ct)
    {
        if (await DuplicateAsync(customerId, details.TaxpayerNumber, null, ct))
        {
            return OperationResult<InvoiceTitle>.Conflict(InvoiceTitlesErrors.DuplicateTaxpayerNumber(details.TaxpayerNumber!));
        }

        var title = new InvoiceTitle
        {
            Id = Guid.NewGuid(),
            CustomerId = customerId,
            Status = InvoiceTitleStatus.Active,
            TemplateId = templateId,
            CreatedAt = clock.GetUtcNow(),
        };
        title.Apply(details);
        return await InTransactionAsync(async () =>
        {
            await PlaceAsync(customerId, title, makeDefault, ct);
            audit.Record(new AuditRecord(InvoiceTitlesModule.ModuleId, action, nameof(InvoiceTitle), title.Id.ToString(), null, Snapshot(title)));
            return await SaveAsync(title, ct);
        }, ct);
    }

    private async Task PlaceAsync(Guid customerId, InvoiceTitle title, bool makeDefault, CancellationToken ct)
    {
        var hasDefault = await db.Set<InvoiceTitle>().AnyAsync(t => t.CustomerId == customerId && t.IsDefault && t.Status == InvoiceTitleStatus.Active, ct);
        if (!hasDefault)
        {
            title.IsDefault = true;
            db.Add(title);
        }
        else if (makeDefault)
        {
            db.Add(title);
            await MoveDefaultAsync(customerId, title, ct);
        }
        else
        {
            db.Add(title);
        }
    }

    private async Task MoveDefaultAsync(Guid customerId, InvoiceTitle title, CancellationToken ct)
    {
        var current = await db.Set<InvoiceTitle>().Where(t => t.CustomerId == customerId && t.IsDefault && t.Status == InvoiceTitleStatus.Active && t.Id != title.Id).ToListAsync(ct);
        foreach (var old in current)
        {
            var oldBefore = Snapshot(old);
            old.IsDefault = false;
            audit.Record(Audit("Title.Undefault", old, oldBefore));
        }

        if (current.Count > 0)
        {
            // Unset first, in its own statement batch: the one-default unique index is checked per statement.
            await db.SaveChangesAsync(ct);
        }

        var before = Snapshot(title);
        title.IsDefault = true;
        if (db.Entry(title).State != EntityState.Added)
        {
            audit.Record(Audit("Title.MakeDefault", title, before));
        }
    }

    private Task<bool> DuplicateAsync(Guid customerId, string? taxpayerNumber, Guid? except, CancellationToken ct) =>
        taxpayerNumber is null
            ? Task.FromResult(false)
            : db.Set<InvoiceTitle>().AnyAsync(t => t.CustomerId == customerId && t.TaxpayerNumber == taxpayerNumber && t.Status == InvoiceTitleStatus.Active && t.Id != except, ct);

    private async Task<OperationResult<InvoiceTitle>> LoadAsync(Guid customerId, Guid titleId, CancellationToken ct)
    {
        if (await customers.FindAsync(customerId, ct) is null)
        {
            return OperationResult<InvoiceTitle>.NotFound(InvoiceTitlesErrors.CustomerNotFound());
        }

        var title = await db.Set<InvoiceTitle>().FirstOrDefaultAsync(t => t.Id == titleId && t.CustomerId == customerId, ct);
        if (title is null)
        {
            return OperationResult<InvoiceTitle>.NotFound(InvoiceTitlesErrors.NotFound());
        }

        return title.Status == InvoiceTitleStatus.Archived
            ? OperationResult<InvoiceTitle>.Conflict(InvoiceTitlesErrors.Archived())
            : OperationResult<InvoiceTitle>.Success(title);
    }

    private async Task<OperationResult<InvoiceTitle>> SaveAsync(InvoiceTitle title, CancellationToken ct)
    {
        try
        {
            return await Versions.SaveAsync(db, title, ct) is { } conflict
                ? OperationResult<InvoiceTitle>.From(conflict)
                : OperationResult<InvoiceTitle>.Success(title);
        }
        catch (DbUpdateException)
        {
            // The unique indexes caught what a concurrent change slipped past the checks (two defaults, one number twice).
            db.ChangeTracker.Clear();
            return OperationResult<InvoiceTitle>.Conflict(InvoiceTitlesErrors.ConcurrentChange());
        }
    }

    /// <summary>
    /// Runs a change that saves more than once (the old default is unset before the new one is set, because the
    /// one-default index is checked per statement) in one transaction: all of it commits, or none.
    /// </summary>
    private async Task<OperationResult<InvoiceTitle>> InTransactionAsync(Func<Task<OperationResult<InvoiceTitle>>> change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        OperationResult<InvoiceTitle> result;
        try
        {
            result = await change();
        }
        catch (DbUpdateException)
        {
            // A concurrent change of the same customer's titles: its row versions or the unique indexes refused ours.
            db.ChangeTracker.Clear();
            result = OperationResult<InvoiceTitle>.Conflict(InvoiceTitlesErrors.ConcurrentChange());
        }

        if (result.Succeeded)
        {
            await transaction.CommitAsync(ct);
        }
        else
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
        }

        return result;
    }

}
