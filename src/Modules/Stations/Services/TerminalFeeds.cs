using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Contracts;
using Admin.Modules.Stations.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Stations.Services;

/// <summary>A card as a terminal needs it: whether to refuse it, whether its PIN is locked (until the counter unlocks it), its product and the restrictions to enforce.</summary>
public sealed record CardProfile(string Number, string Status, bool Blocked, bool PinLocked, string Kind, string Product, DateTime? ExpiresAt, TerminalRestrictions? Restrictions);

/// <summary>What terminals fetch: a card's profile and the block list since the version they applied (which is recorded as theirs).</summary>
public sealed class TerminalFeeds(
    AdminDbContext db, INetworkCards cards, ICardRestrictionsForTerminals restrictions, ICardPinLocks pins, IBlockList blockList, TimeProvider clock)
{
    public async Task<OperationResult<CardProfile>> ProfileAsync(string number, CancellationToken ct)
    {
        var card = await cards.FindByNumberAsync(number, ct);
        if (card is null)
        {
            return OperationResult<CardProfile>.NotFound(StationsErrors.CardNotFound());
        }

        var expired = card.ExpiresAt is { } until && until <= clock.GetUtcNow().UtcDateTime;
        return OperationResult<CardProfile>.Success(new CardProfile(card.Number, card.Status, card.Status != "Issued" || expired,
            await pins.IsLockedAsync(card.Id, ct), card.Kind, card.ProductCode, card.ExpiresAt,
            await restrictions.FindAsync(card.Id, ct)));
    }

    /// <summary>The block-list changes after <paramref name="since"/>; the terminal's applied version and contact are recorded first (one statement).</summary>
    public async Task<OperationResult<BlockListPage>> BlockListAsync(string? terminalId, long since, int limit, CancellationToken ct)
    {
        var id = terminalId?.Trim().ToUpperInvariant() ?? "";
        var now = clock.GetUtcNow().UtcDateTime;
        var seen = id.Length is 0 or > Terminal.MaxTerminalId ? 0 : await db.Set<Terminal>().Where(t => t.TerminalId == id && t.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.BlockListVersion, since).SetProperty(t => t.BlockListFetchedAt, now).SetProperty(t => t.LastContactAt, now), ct);
        if (seen == 0)
        {
            return OperationResult<BlockListPage>.Invalid(StationsErrors.TerminalUnknown());
        }

        return OperationResult<BlockListPage>.Success(await blockList.SinceAsync(since, limit, ct));
    }
}
