using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Models;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.CardService.Services;

/// <summary>A card's balances (account side): card account, purse as last known, deposit, in transit between them.</summary>
public sealed record CardMoney(decimal CardAccount, decimal Purse, decimal Deposit, decimal InTransit);

/// <summary>A card as card service shows it: the card, its customer (code and name), its money, its loss report and replacement.</summary>
public sealed record CardSummary(CardInfo Card, string? CustomerCode, string? CustomerName, CardMoney Money, LossReport? LossReport, Replacement? Replacement, bool Expired);

/// <summary>
/// The card-service queries (3.5–3.14): a card by number or as presented, with its balances and ledger lines; a customer by the
/// presented primary card. Everything through the caller's outlet scope (another outlet's card
/// is "no such card").
/// </summary>
public sealed class CardServiceQuery(
    CardServiceChecks checks, ICards cards, ICustomerDirectory customers, ILedger ledger, ILedgerOwnerLines lines, LossReports losses, PurseSettlement replacements)
{
    /// <summary>The kinds whose lines the card's statement shows.</summary>
    public static readonly AccountKind[] StatementKinds = [AccountKind.Card, AccountKind.Purse, AccountKind.Deposit, AccountKind.PurseInTransit];

    /// <summary>The card fee (工本费) a new card costs today (0 when the fee schedule offers none).</summary>
    public Task<decimal> CardFeeTodayAsync(CancellationToken ct = default) => checks.CardFeeTodayAsync(ct);

    /// <summary>What an upgrade costs today (as <see cref="UpgradeChecks"/> charges it): the deposit still due over what the card holds, and the service fee.</summary>
    public Task<(decimal Deposit, decimal ServiceFee)> UpgradeFeesAsync(decimal depositHeld, CancellationToken ct = default) => checks.UpgradeFeesAsync(depositHeld, ct);

    public async Task<OperationResult<CardSummary>> CardAsync(string? number, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        var card = await checks.CardAsync(number, "card", errors, ct);
        if (card is null)
        {
            return errors.Any(e => e.Code == "cardService.cardNotFound")
                ? OperationResult<CardSummary>.NotFound(errors[0])
                : OperationResult<CardSummary>.Invalid([.. errors]);
        }

        return OperationResult<CardSummary>.Success(await SummaryAsync(card, ct));
    }

    public async Task<CardSummary> SummaryAsync(CardInfo card, CancellationToken ct = default)
    {
        // The replacement first: reading it may move a purse balance that fell due, which the balances then show.
        var replacement = await replacements.OfCardAsync(card.Id, ct);
        var customer = card.CustomerId is { } id ? await customers.FindAsync(id, ct) : null;
        var balances = await ledger.BalancesOfAsync([card.Id], StatementKinds, ct);
        decimal Of(AccountKind kind) => balances.Where(b => b.Kind == kind).Sum(b => b.Balance);
        var money = new CardMoney(Of(AccountKind.Card), Of(AccountKind.Purse), Of(AccountKind.Deposit), Of(AccountKind.PurseInTransit));
        var report = await losses.LatestReportAsync(card.Id, ct);
        return new CardSummary(card, customer?.Code, customer?.Name, money, report, replacement, CardServiceChecks.Expired(card, checks.Now));
    }

    /// <summary>The card's ledger lines (card account, purse, deposit, in transit), newest first, keyset-paged.</summary>
    public async Task<OperationResult<Page<OwnerLine>>> LinesAsync(string? number, string? after, int? limit, CancellationToken ct = default)
    {
        var found = await CardAsync(number, ct);
        if (!found.Succeeded)
        {
            return OperationResult<Page<OwnerLine>>.From(found);
        }

        return await lines.LinesAsync(found.Value!.Card.Id, StatementKinds, after, limit, ct);
    }

    /// <summary>Every line of the card, newest first, page by page (the CSV export).</summary>
    public async IAsyncEnumerable<OwnerLine> AllLinesAsync(Guid cardId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        string? after = null;
        do
        {
            var page = await lines.LinesAsync(cardId, StatementKinds, after, Keyset.MaxLimit, ct);
            foreach (var line in page.Value?.Items ?? [])
            {
                yield return line;
            }

            after = page.Value?.Next;
        }
        while (after is not null);
    }

    /// <summary>The customer a presented primary (or single-user) card stands for (主卡查询客户).</summary>
    public async Task<OperationResult<CustomerInfo>> CustomerByCardAsync(string? primaryCard, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(primaryCard))
        {
            return OperationResult<CustomerInfo>.Invalid(CardServiceErrors.PrimaryRequired());
        }

        var card = await cards.FindByNumberAsync(primaryCard, ct);
        if (card is null)
        {
            return OperationResult<CustomerInfo>.NotFound(CardServiceErrors.PrimaryNotFound());
        }

        if (card.Kind is not ("Primary" or "SingleUser") || card.CustomerId is null)
        {
            return OperationResult<CustomerInfo>.Invalid(CardServiceErrors.NotPrimary(card.Number));
        }

        var customer = await customers.FindAsync(card.CustomerId.Value, ct);
        return customer is null ? OperationResult<CustomerInfo>.NotFound(CardServiceErrors.CustomerNotFound()) : OperationResult<CustomerInfo>.Success(customer);
    }
}
