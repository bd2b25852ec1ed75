using Admin.Kernel.Money;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.TopUps.Models;

namespace Admin.Modules.TopUps.Services;

/// <summary>Where a receipt's money went on to, for the 409 that refuses to correct more than is still there.</summary>
public sealed class MoneyWhereabouts(ILedger ledger, INetworkCards cards)
{
    /// <summary>Where the money went on to: the customer's cards' accounts and purses, or the card's purse.</summary>
    public async Task<string> WhereAsync(TopUpReceipt receipt, CancellationToken ct)
    {
        var owned = receipt.OntoCustomerAccount ? await cards.ListByCustomerAsync(receipt.CustomerId!.Value, ct) : [];
        var numbers = receipt.OntoCustomerAccount
            ? owned.ToDictionary(c => c.Id, c => c.Number)
            : new Dictionary<Guid, string> { [receipt.CardId!.Value] = receipt.CardNumber ?? "" };
        var kinds = receipt.OntoCustomerAccount ? new[] { AccountKind.Card, AccountKind.Purse } : [AccountKind.Purse];
        var balances = await ledger.BalancesOfAsync(numbers.Keys, kinds, ct);
        var places = balances.Where(b => b.Balance > 0).OrderBy(b => numbers[b.OwnerId], StringComparer.Ordinal).ThenBy(b => b.Kind)
            .Select(b => $"{numbers[b.OwnerId]} {(b.Kind == AccountKind.Purse ? "purse" : "card account")} {Money.Format(b.Balance)}").ToList();
        return places.Count == 0 ? "—" : string.Join(", ", places);
    }
}
