using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Transfers.Models;

namespace Admin.Modules.Transfers.Services;

/// <summary>One side of a transfer, found: its account, what people call it, and the customer behind it (a card's holder).</summary>
public sealed record Party(TransferParty Kind, Guid OwnerId, Guid OutletId, string Code, Guid? CustomerId, string? CustomerCode, string? Name)
{
    public AccountRef Account => Kind == TransferParty.Card ? AccountRef.Card(OwnerId, OutletId) : AccountRef.Customer(OwnerId, OutletId);

    /// <summary>"customer C0001" / "card 8800…", for messages and memos.</summary>
    public string Label => Kind == TransferParty.Card ? $"card {Code}" : $"customer {Code}";
}

/// <summary>Finds the accounts of a transfer across the network (head office serves every outlet's customers and cards).</summary>
public sealed class TransferParties(INetworkCustomers customers, INetworkCards cards)
{
    /// <summary>The party named by a customer code or a card number (one of them); errors name the side's fields.</summary>
    public async Task<Party?> FindAsync(string side, string? customerCode, string? cardNumber, List<OperationError> errors, CancellationToken ct)
    {
        var customerField = side + "Customer";
        var cardField = side + "Card";
        var code = string.IsNullOrWhiteSpace(customerCode) ? null : customerCode.Trim();
        var number = string.IsNullOrWhiteSpace(cardNumber) ? null : cardNumber.Trim();
        if (code is not null && number is not null)
        {
            errors.Add(TransfersErrors.CustomerOrCard(cardField));
            return null;
        }

        if (number is not null)
        {
            var card = number.Length > 30 ? null : await cards.FindByNumberAsync(number, ct);
            if (card is null)
            {
                errors.Add(TransfersErrors.CardNotFound(cardField));
                return null;
            }

            if (card.Status is "Replaced" or "Closed")
            {
                errors.Add(TransfersErrors.CardNotOpen(cardField, card.Number, card.Status));
                return null;
            }

            var holder = card.CustomerId is { } id ? await customers.FindAsync(id, ct) : null;
            return new Party(TransferParty.Card, card.Id, card.OutletId, card.Number, holder?.Id, holder?.Code, holder?.Name ?? card.HolderName);
        }

        if (code is null)
        {
            errors.Add(TransfersErrors.PartyRequired(customerField));
            return null;
        }

        var customer = code.Length > 30 ? null : await customers.FindByCodeAsync(code, ct);
        if (customer is null)
        {
            errors.Add(TransfersErrors.CustomerNotFound(customerField));
            return null;
        }

        if (customer.Status == "Closed")
        {
            errors.Add(TransfersErrors.CustomerClosed(customerField, customer.Code));
            return null;
        }

        return new Party(TransferParty.Customer, customer.Id, customer.OutletId, customer.Code, customer.Id, customer.Code, customer.Name);
    }
}
