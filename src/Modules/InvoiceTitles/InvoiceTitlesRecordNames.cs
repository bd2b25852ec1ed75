using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Modules.InvoiceTitles.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.InvoiceTitles;

/// <summary>Invoice titles and templates by the buyer's name and taxpayer number (recorded by id), linked to their pages.</summary>
internal sealed class InvoiceTitlesRecordNames(AdminDbContext db) : IRecordNamer
{
    public IReadOnlyCollection<string> Kinds { get; } = [nameof(InvoiceTitle), nameof(InvoiceTitleTemplate)];

    public async Task<IReadOnlyDictionary<string, RecordName>> NameAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var names = new Dictionary<string, RecordName>();
        if (kind == nameof(InvoiceTitleTemplate))
        {
            foreach (var t in await db.Set<InvoiceTitleTemplate>().AsNoTracking().Where(t => ids.Contains(t.Id))
                .Select(t => new { t.Id, t.BuyerName, t.TaxpayerNumber }).ToListAsync(ct))
            {
                names[t.Id.ToString()] = new RecordName(Text(t.BuyerName, t.TaxpayerNumber), $"/admin/invoice-title-templates/{t.Id}");
            }

            return names;
        }

        foreach (var t in await db.Set<InvoiceTitle>().AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.CustomerId, t.BuyerName, t.TaxpayerNumber }).ToListAsync(ct))
        {
            names[t.Id.ToString()] = new RecordName(Text(t.BuyerName, t.TaxpayerNumber), $"/counter/customers/{t.CustomerId}/invoice-titles/{t.Id}");
        }

        return names;
    }

    private static string Text(string buyer, string? taxpayerNumber) => string.IsNullOrEmpty(taxpayerNumber) ? buyer : $"{buyer} {taxpayerNumber}";
}
