using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Cards.Models;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>The money on a card as the ledger has it (account side): card account, purse as last known, deposit held.</summary>
public sealed record CardBalances(decimal CardAccount, decimal Purse, decimal Deposit);

/// <summary>
/// A card as the card screens and <c>GET /api/cards</c> show it. The customer is shown by code and name only (never the ID
/// document or phone), and only when the caller may see the customer; the balances come from the ledger.
/// </summary>
public sealed record CardView(
    Guid Id, string Number, string Product, string ProductNameEn, string ProductNameZh, CardKind Kind, CardStatus Status,
    Guid? CustomerId, string? CustomerCode, string? CustomerName, string? PrimaryCard, string? HolderName, string? VehiclePlate,
    string OutletCode, string? OperatorLogin, DateTime IssuedAt, DateTime? ExpiresAt, decimal? FaceValue, CardBalances Balances, long Version);

/// <summary>Card list filters as typed: customer (code or id), status, outlet code.</summary>
public sealed record CardFilter(string? Customer = null, string? Status = null, string? Outlet = null);

/// <summary>
/// Reads cards for the card screens and API (客户服务: card queries), through the kernel's outlet rule: an outlet operator sees
/// the cards issued at their outlet, head office every card; another outlet's card is "not found".
/// </summary>
public sealed class CardQuery(AdminDbContext db, OutletScope scope, ICustomerDirectory customers, ILedger ledger, IOutletDirectory outlets)
{
    private static readonly AccountKind[] BalanceKinds = [AccountKind.Card, AccountKind.Purse, AccountKind.Deposit];

    /// <summary>
    /// The visible card with this number (spaces ignored). A number that cannot be a card number (not digits, not 8–19 digits,
    /// a product's check digit failing) is a 400 on <c>number</c>; a good number that is no visible card is 404.
    /// </summary>
    public async Task<OperationResult<CardView>> FindByNumberAsync(string? number, CancellationToken ct = default)
    {
        var digits = new string((number ?? "").Where(ch => !char.IsWhiteSpace(ch)).ToArray());
        if (CheckShape(digits) is { } shape)
        {
            return OperationResult<CardView>.Invalid(shape);
        }

        var found = await ViewsAsync(Visible().Where(c => c.Number == digits), ct);
        if (found.Count == 1)
        {
            return OperationResult<CardView>.Success(found[0]);
        }

        // Only a miss pays for the product look-up: a card row always has a number that passed its product's check.
        if (await CheckDigitAsync(digits, ct) is { } checkDigit)
        {
            return OperationResult<CardView>.Invalid(checkDigit);
        }

        return OperationResult<CardView>.NotFound(CardsErrors.CardNotFound());
    }

    /// <summary>Visible cards by number, keyset-paged (cursor: the last number); filters by customer, status and outlet.</summary>
    public async Task<OperationResult<Page<CardView>>> ListAsync(CardFilter filter, string? after, int? limit, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        if (Keyset.CheckLimit(limit) is { } limitError)
        {
            errors.Add(limitError);
        }

        var query = Visible();
        if (!string.IsNullOrWhiteSpace(filter.Customer))
        {
            var text = filter.Customer.Trim();
            var customer = Guid.TryParse(text, out var id) ? await customers.FindAsync(id, ct) : await customers.FindByCodeAsync(text, ct);
            var customerId = customer?.Id ?? Guid.Empty;
            query = query.Where(c => c.CustomerId == customerId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (Enum.TryParse<CardStatus>(filter.Status.Trim(), true, out var status) && Enum.IsDefined(status) && !int.TryParse(filter.Status, out _))
            {
                query = query.Where(c => c.Status == status);
            }
            else
            {
                errors.Add(CardsErrors.CardStatusInvalid());
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            var outlet = await outlets.FindByCodeAsync(filter.Outlet.Trim(), ct);
            var outletId = outlet is not null && await scope.CanSeeAsync(outlet.Id, ct) ? outlet.Id : Guid.Empty;
            query = query.Where(c => c.OutletId == outletId);
        }

        if (after is not null)
        {
            if (Keyset.Decode(after, 1) is [var last] && last.Length is > 0 and <= Card.MaxNumber && last.All(char.IsAsciiDigit))
            {
                query = query.Where(c => string.Compare(c.Number, last) > 0);
            }
            else
            {
                errors.Add(Keyset.BadCursor());
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<Page<CardView>>.Invalid([.. errors]);
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await ViewsAsync(query.OrderBy(c => c.Number).Take(take + 1), ct);
        return OperationResult<Page<CardView>>.Success(Keyset.ToPage(rows, take, v => Keyset.Encode(v.Number)));
    }

    /// <summary>The 400 for text that cannot be any card number, or null.</summary>
    internal static OperationError? CheckShape(string digits) =>
        digits.Length == 0 ? CardsErrors.NumberRequired("number")
        : !digits.All(char.IsAsciiDigit) ? CardsErrors.NumberNotDigits("number")
        : digits.Length is < CardNumbering.MinLength or > CardNumbering.MaxLength ? CardsErrors.NumberLengthAny(CardNumbering.MinLength, CardNumbering.MaxLength)
        : null;

    private async Task<OperationError?> CheckDigitAsync(string digits, CancellationToken ct)
    {
        var candidates = await db.Set<CardProduct>().AsNoTracking()
            .Where(p => p.NumberLength == digits.Length && p.CheckDigit == CheckDigitRule.Luhn).ToListAsync(ct);
        return candidates.Any(p => digits.StartsWith(p.Prefix, StringComparison.Ordinal)) && Luhn.CheckDigit(digits[..^1]) != digits[^1]
            ? CardsErrors.NumberCheckDigit("number")
            : null;
    }

    private IQueryable<Card> Visible() => scope.Apply(db.Set<Card>().AsNoTracking());

    // One query for the cards with product and primary number, one for their customers, one for their balances.
    private async Task<List<CardView>> ViewsAsync(IQueryable<Card> cards, CancellationToken ct)
    {
        var rows = await (from c in cards
                          join p in db.Set<CardProduct>() on c.ProductId equals p.Id
                          join primary in db.Set<Card>() on c.PrimaryCardId equals primary.Id into primaries
                          from primary in primaries.DefaultIfEmpty()
                          select new { Card = c, p.Code, p.NameEn, p.NameZh, Primary = primary == null ? null : primary.Number }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var customerIds = rows.Where(r => r.Card.CustomerId is not null).Select(r => r.Card.CustomerId!.Value).Distinct().ToList();
        var byCustomer = (await customers.FindManyAsync(customerIds, ct)).ToDictionary(c => c.Id);
        var balances = (await ledger.BalancesOfAsync(rows.Select(r => r.Card.Id).ToList(), BalanceKinds, ct))
            .ToDictionary(b => (b.OwnerId, b.Kind), b => b.Balance);
        decimal Balance(Guid card, AccountKind kind) => balances.GetValueOrDefault((card, kind));
        return rows.Select(r =>
        {
            var c = r.Card;
            var customer = c.CustomerId is { } id ? byCustomer.GetValueOrDefault(id) : null;
            return new CardView(c.Id, c.Number, r.Code, r.NameEn, r.NameZh, c.Kind, c.Status, c.CustomerId, customer?.Code, customer?.Name, r.Primary,
                c.HolderName, c.VehiclePlate, c.OutletCode, c.OperatorLogin, c.IssuedAt, c.ExpiresAt, c.FaceValue,
                new CardBalances(Balance(c.Id, AccountKind.Card), Balance(c.Id, AccountKind.Purse), Balance(c.Id, AccountKind.Deposit)), c.Version);
        }).ToList();
    }
}
