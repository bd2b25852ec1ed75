using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

internal sealed class CardStockForIssuing(AdminDbContext db, StockMover mover, ICurrentOperator current) : ICardStock
{
    public async Task<OperationResult> TakeForIssueAsync(Guid productId, string? number, Guid operatorId, Guid cardId, CancellationToken ct = default)
    {
        var product = await db.Set<CardProduct>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null)
        {
            return OperationResult.NotFound(CardsErrors.ProductNotFound());
        }

        var parsed = CardNumber.Parse(number, product.Numbering);
        if (!parsed.Succeeded)
        {
            return parsed;
        }

        // The drawer's outlet is the block's own; the holder is matched on operator, so read it from the block that holds the number.
        var serial = parsed.Value.Serial;
        var outlet = await db.Set<StockBlock>().AsNoTracking()
            .Where(b => b.ProductId == productId && b.First <= serial && b.Last >= serial && b.Place == StockPlace.Operator && b.OperatorId == operatorId)
            .Select(b => b.OutletId)
            .FirstOrDefaultAsync(ct);
        if (outlet is null)
        {
            return OperationResult.Conflict(CardsErrors.NotInPlace(parsed.Value.Value, StockPlace.Operator));
        }

        var move = new StockMover.Move(product, [new SerialRange(serial, serial)], Holder.Drawer(outlet.Value, operatorId, null), Holder.IssuedAs(outlet.Value, cardId),
            MovementKind.Issue, cardId) { OperatorLogin = current.LoginName };
        var moved = await mover.MoveAsync(move, ct);
        return moved.Succeeded ? OperationResult.Success() : moved;
    }

    public OperationResult MovedMeanwhile() => OperationResult.Conflict(CardsErrors.MovedMeanwhile());
}
