using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Modules.CardService.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CardService;

/// <summary>Replacements by the old and the new card's numbers (recorded by id), linked to the new card's page.</summary>
internal sealed class CardServiceRecordNames(AdminDbContext db) : IRecordNamer
{
    public IReadOnlyCollection<string> Kinds { get; } = [nameof(Replacement)];

    public async Task<IReadOnlyDictionary<string, RecordName>> NameAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        return await db.Set<Replacement>().AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.OldNumber, r.NewNumber })
            .ToDictionaryAsync(r => r.Id.ToString(), r => new RecordName($"{r.OldNumber} → {r.NewNumber}", $"/card-service/cards/{r.NewNumber}"), ct);
    }
}
