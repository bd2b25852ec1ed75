using Admin.Kernel.Data;
using Admin.Modules.CardService.Contracts;
using Admin.Modules.CardService.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CardService.Services;

/// <summary>The restrictions row of a card, unscoped: terminals of every station ask for cards of every outlet.</summary>
internal sealed class RestrictionsForTerminals(AdminDbContext db) : ICardRestrictionsForTerminals
{
    public async Task<TerminalRestrictions?> FindAsync(Guid cardId, CancellationToken ct = default)
    {
        var r = await db.Set<CardRestriction>().AsNoTracking().FirstOrDefaultAsync(x => x.CardId == cardId, ct);
        return r is null ? null : new TerminalRestrictions(r.ProductCodes, r.PerPurchase, r.PerDay, r.PurchasesPerDay,
            r.FromMinute is null ? null : CardRestriction.Clock(r.FromMinute), r.UntilMinute is null ? null : CardRestriction.Clock(r.UntilMinute),
            r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
