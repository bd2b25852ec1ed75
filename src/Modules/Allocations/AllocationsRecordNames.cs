using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Modules.Allocations.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Admin.Modules.Allocations;

/// <summary>
/// Pre-allocations by customer and total, purse transfers by kind, card and amount (both linked to their pages), allocation
/// templates by their name; all recorded by id.
/// </summary>
internal sealed class AllocationsRecordNames(AdminDbContext db, IStringLocalizer text) : IRecordNamer
{
    public IReadOnlyCollection<string> Kinds { get; } = [nameof(Allocation), nameof(AllocationTemplate), nameof(PurseTransfer)];

    public async Task<IReadOnlyDictionary<string, RecordName>> NameAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var names = new Dictionary<string, RecordName>();
        switch (kind)
        {
            case nameof(Allocation):
                foreach (var a in await db.Set<Allocation>().AsNoTracking().Where(a => ids.Contains(a.Id))
                    .Select(a => new { a.Id, a.CustomerCode, a.CustomerName, a.Total }).ToListAsync(ct))
                {
                    names[a.Id.ToString()] = new RecordName($"{a.CustomerCode} {a.CustomerName} ¥{Money.Display(a.Total)}", $"/allocations/{a.Id}");
                }

                break;
            case nameof(AllocationTemplate):
                foreach (var t in await db.Set<AllocationTemplate>().AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
                {
                    names[t.Id.ToString()] = new RecordName(t.Name);
                }

                break;
            default:
                foreach (var p in await db.Set<PurseTransfer>().AsNoTracking().Where(p => ids.Contains(p.Id))
                    .Select(p => new { p.Id, p.Kind, p.CardNumber, p.Amount }).ToListAsync(ct))
                {
                    names[p.Id.ToString()] = new RecordName($"{text[p.Kind.ToString()].Value} {p.CardNumber} ¥{Money.Display(p.Amount)}", $"/allocations/purse/{p.Id}");
                }

                break;
        }

        return names;
    }
}
