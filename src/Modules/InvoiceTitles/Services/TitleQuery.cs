using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.InvoiceTitles.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.InvoiceTitles.Services;

/// <summary>A customer's title as its page and the API show it.</summary>
public sealed record TitleView(
    Guid Id, Guid CustomerId, TitleDetails Details, bool IsDefault, InvoiceTitleStatus Status, Guid? TemplateId, bool Detached,
    bool UsedOnReceipt, DateTimeOffset CreatedAt, long Version);

/// <summary>Reads a visible customer's invoice titles and their history (another outlet's customer: not found).</summary>
public sealed class TitleQuery(AdminDbContext db, ICustomerDirectory customers)
{
    /// <summary>The visible customer, or null.</summary>
    public Task<CustomerInfo?> CustomerAsync(Guid customerId, CancellationToken ct = default) => customers.FindAsync(customerId, ct);

    /// <summary>The customer's titles (archived ones last), or not found.</summary>
    public async Task<OperationResult<IReadOnlyList<TitleView>>> ListAsync(Guid customerId, bool includeArchived, CancellationToken ct = default)
    {
        if (await customers.FindAsync(customerId, ct) is null)
        {
            return OperationResult<IReadOnlyList<TitleView>>.NotFound(InvoiceTitlesErrors.CustomerNotFound());
        }

        var rows = await db.Set<InvoiceTitle>().AsNoTracking()
            .Where(t => t.CustomerId == customerId && (includeArchived || t.Status == InvoiceTitleStatus.Active))
            .ToListAsync(ct);
        return OperationResult<IReadOnlyList<TitleView>>.Success(rows
            .OrderBy(t => t.Status).ThenByDescending(t => t.IsDefault).ThenBy(t => t.BuyerName, StringComparer.Ordinal)
            .Select(View).ToList());
    }

    /// <summary>One title of a visible customer, or null.</summary>
    public async Task<TitleView?> FindAsync(Guid customerId, Guid titleId, CancellationToken ct = default)
    {
        if (await customers.FindAsync(customerId, ct) is null)
        {
            return null;
        }

        var title = await db.Set<InvoiceTitle>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == titleId && t.CustomerId == customerId, ct);
        return title is null ? null : View(title);
    }

    /// <summary>The title's audit history, newest first.</summary>
    public async Task<IReadOnlyList<AuditEvent>> HistoryAsync(Guid titleId, CancellationToken ct = default) =>
        await db.Set<AuditEvent>().AsNoTracking()
            .Where(e => e.Module == InvoiceTitlesModule.ModuleId && e.EntityType == nameof(InvoiceTitle) && e.EntityId == titleId.ToString())
            .OrderByDescending(e => e.Id)
            .Take(100)
            .ToListAsync(ct);

    internal static TitleView View(InvoiceTitle t) =>
        new(t.Id, t.CustomerId, t.Details, t.IsDefault, t.Status, t.TemplateId, t.Detached, t.UsedOnReceipt, t.CreatedAt, t.Version);
}
