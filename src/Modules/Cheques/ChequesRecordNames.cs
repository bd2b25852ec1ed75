using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Modules.Cheques.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Admin.Modules.Cheques;

/// <summary>Cheques by cheque number and receipt (recorded by receipt or, in the authorisation log, by id).</summary>
internal sealed class ChequesRecordNames(AdminDbContext db, IStringLocalizer text) : IRecordNamer
{
    public IReadOnlyCollection<string> Kinds { get; } = [nameof(Cheque)];

    public async Task<IReadOnlyDictionary<string, RecordName>> NameAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        // A receipt is "<outlet code>-C<number>".
        var outlets = new List<string>();
        var numbers = new List<long>();
        foreach (var key in keys)
        {
            if (key.Split("-C") is [var outlet, var n] && long.TryParse(n, out var number))
            {
                outlets.Add(outlet);
                numbers.Add(number);
            }
        }

        var names = new Dictionary<string, RecordName>();
        foreach (var c in await db.Set<Cheque>().AsNoTracking()
            .Where(c => ids.Contains(c.Id) || (outlets.Contains(c.OutletCode) && numbers.Contains(c.ReceiptNumber)))
            .Select(c => new { c.Id, c.OutletCode, c.ReceiptNumber, c.Number }).ToListAsync(ct))
        {
            var receipt = $"{c.OutletCode}-C{c.ReceiptNumber:D6}";
            var name = new RecordName(text["Cheque {0}, receipt {1}", c.Number, receipt].Value, $"/cheques/{c.Id}");
            names[c.Id.ToString()] = name;
            names[receipt] = name;
        }

        return names;
    }
}
