using Admin.Kernel.Data;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

internal sealed class CardCloser(AdminDbContext db, BlockListWriter blockList) : ICardClosing
{
    public async Task<bool> CloseAsync(Guid cardId, CancellationToken ct = default)
    {
        var card = await db.Set<Card>().SingleOrDefaultAsync(c => c.Id == cardId, ct);
        if (card is null || !Card.Counts(card.Status))
        {
            return false;
        }

        card.Status = CardStatus.Closed;
        await blockList.AppendAsync(card, "CardClosed", ct);
        return true;
    }
}
