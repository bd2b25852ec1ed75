using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Admin.Modules.Counter;

/// <summary>Fee collections by receipt number (recorded by receipt or, in the authorisation log, by id); customers by code and name.</summary>
internal sealed class CounterRecordNames(AdminDbContext db, IStringLocalizer text) : IRecordNamer
{
    public IReadOnlyCollection<string> Kinds { get; } = [nameof(FeeCollection), nameof(Customer)];

    public async Task<IReadOnlyDictionary<string, RecordName>> NameAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var names = new Dictionary<string, RecordName>();
        if (kind == nameof(Customer))
        {
            var codes = keys.ToList();
            foreach (var c in await db.Set<Customer>().AsNoTracking().Where(c => ids.Contains(c.Id) || codes.Contains(c.Code))
                .Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(ct))
            {
                var name = new RecordName($"{c.Code} {c.Name}", $"/counter/customers/{c.Id}");
                names[c.Id.ToString()] = name;
                names[c.Code] = name;
            }

            return names;
        }

        // A receipt is "<outlet code>-<number>": matched by outlet and number, which the table indexes.
        var outlets = new List<string>();
        var numbers = new List<long>();
        foreach (var key in keys)
        {
            if (key.Split('-') is [var outlet, var n] && long.TryParse(n, out var number))
            {
                outlets.Add(outlet);
                numbers.Add(number);
            }
        }

        foreach (var f in await db.Set<FeeCollection>().AsNoTracking()
            .Where(f => ids.Contains(f.Id) || (outlets.Contains(f.OutletCode) && numbers.Contains(f.ReceiptNumber)))
            .Select(f => new { f.Id, f.OutletCode, f.ReceiptNumber, f.Total }).ToListAsync(ct))
        {
            var receipt = FeeCollection.FormatReceipt(f.OutletCode, f.ReceiptNumber);
            var name = new RecordName(text["Fee receipt {0}", receipt].Value, $"/counter/collections/{f.Id}");
            names[f.Id.ToString()] = name;
            names[receipt] = name;
        }

        return names;
    }
}
