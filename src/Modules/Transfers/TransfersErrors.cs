using Admin.Kernel.Results;

namespace Admin.Modules.Transfers;

/// <summary>The manual transfer's messages, in one place (translated through <see cref="TransfersTexts"/>).</summary>
internal static class TransfersErrors
{
    public static OperationError HeadOfficeOnly() => new("transfers.headOfficeOnly", "Manual transfers are made by head office.");
    public static OperationError PartyRequired(string field) => new("transfers.partyRequired", "Give a customer code or a card number.", field);
    public static OperationError CustomerOrCard(string field) => new("transfers.customerOrCard", "Give a customer code or a card number, not both.", field);
    public static OperationError CustomerNotFound(string field) => new("transfers.customerNotFound", "There is no such customer.", field);
    public static OperationError CardNotFound(string field) => new("transfers.cardNotFound", "There is no such card.", field);
    public static OperationError CustomerClosed(string field, string code) => new("transfers.customerClosed", "The customer {0} is closed.", field, code);
    public static OperationError CardNotOpen(string field, string number, string status) => new("transfers.cardNotOpen", "The card {0} is {1}: it takes no transfer.", field, number, status);
    public static OperationError SameAccount() => new("transfers.sameAccount", "The transfer must go to another account.", "toCustomer");
    public static OperationError AmountPositive() => new("transfers.amountPositive", "The amount must be more than zero.", "amount");
    public static OperationError ReasonRequired() => new("transfers.reasonRequired", "Give the reason for the transfer (a misdirected arrival, a court order…).", "reason");
    public static OperationError ReasonTooLong(int max) => new("transfers.reasonTooLong", "The reason holds at most {0} characters.", "reason", max);
    public static OperationError FundsShort(string account, decimal held, decimal amount) =>
        new("transfers.fundsShort", "The account {0} holds {1}: it cannot give {2}.", null, account, held, amount);
    public static OperationError NotFound() => new("transfers.notFound", "There is no such manual transfer.");
}
