using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Results;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.InvoiceTitles.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.InvoiceTitles.Services;

/// <summary>The counter's view of a customer's titles: choices for the fee collection form, and the copy a receipt keeps.</summary>
internal sealed class InvoiceTitleSource(AdminDbContext db, ModuleStates modules) : IInvoiceTitleSource
{
    public async Task<IReadOnlyList<InvoiceTitleCopy>> ChoicesAsync(Guid customerId, CancellationToken ct = default)
    {
        if (!modules.IsEnabled(InvoiceTitlesModule.ModuleId))
        {
            return [];
        }

        var titles = await db.Set<InvoiceTitle>().AsNoTracking()
            .Where(t => t.CustomerId == customerId && t.Status == InvoiceTitleStatus.Active)
            .ToListAsync(ct);
        return titles.OrderByDescending(t => t.IsDefault).ThenBy(t => t.BuyerName, StringComparer.Ordinal).Select(Copy).ToList();
    }

    public async Task<OperationResult<InvoiceTitleCopy?>> TakeAsync(Guid customerId, Guid? titleId, CancellationToken ct = default)
    {
        if (!modules.IsEnabled(InvoiceTitlesModule.ModuleId))
        {
            return OperationResult<InvoiceTitleCopy?>.Success(null);
        }

        var title = await db.Set<InvoiceTitle>()
            .Where(t => t.CustomerId == customerId && t.Status == InvoiceTitleStatus.Active)
            .Where(t => titleId == null ? t.IsDefault : t.Id == titleId)
            .FirstOrDefaultAsync(ct);
        if (title is null)
        {
            return titleId is null
                ? OperationResult<InvoiceTitleCopy?>.Success(null)
                : OperationResult<InvoiceTitleCopy?>.Invalid(InvoiceTitlesErrors.NotOfCustomer());
        }

        // Printed on a receipt: from now on removing it archives it. Saved with the caller's unit of work.
        title.UsedOnReceipt = true;
        return OperationResult<InvoiceTitleCopy?>.Success(Copy(title));
    }

    private static InvoiceTitleCopy Copy(InvoiceTitle t) =>
        new(t.Id, t.Type.ToString(), t.BuyerName, t.TaxpayerNumber, t.Address, t.Phone, t.BankName, t.BankAccount, t.IsDefault);
}
