using Admin.Kernel.Money;
using Admin.Kernel.Results;

namespace Admin.Modules.CustomerAccounts;

/// <summary>The customer-account tasks' messages, in one place (translated through <see cref="CustomerAccountsTexts"/>).</summary>
internal static class CustomerAccountsErrors
{
    public static OperationError OutletOnly() => new("customerAccounts.outletOnly", "Money is paid out at an outlet's counter, from the operator's till; sign in at the outlet.");
    public static OperationError CustomerRequired() => new("customerAccounts.customerRequired", "Enter the customer's code or a card number.", "customer");
    public static OperationError CustomerNotFound() => new("customerAccounts.customerNotFound", "There is no such customer.", "customer");
    public static OperationError CustomerClosed(string code) => new("customerAccounts.customerClosed", "The customer {0} is closed.", "customer", code);
    public static OperationError CustomerNotActive(string code, string status) => new("customerAccounts.customerNotActive", "The customer {0} is {1}.", "customer", code, status);
    public static OperationError CardNotFound(string field) => new("customerAccounts.cardNotFound", "There is no such card.", field);
    public static OperationError CardNotClosed(string number, string status) => new("customerAccounts.cardNotClosed", "The card {0} is {1}: a deposit is returned only for a closed card.", "card", number, status);
    public static OperationError CardNotOpen(string number, string status) => new("customerAccounts.cardNotOpen", "The card {0} is {1}: nothing can be refunded from it.", "card", number, status);
    public static OperationError NoDeposit(string number) => new("customerAccounts.noDeposit", "No deposit is held for the card {0}.", "card", number);
    public static OperationError DepositExceeded(decimal amount, decimal held) => new("customerAccounts.depositExceeded", "A deposit return of {0} is more than the deposit held for the card, {1}.", "amount", Money.Display(amount), Money.Display(held));
    public static OperationError PurseNotEmpty(string number, decimal amount) => new("customerAccounts.purseNotEmpty", "The card {0} has {1} on its chip purse: unload it onto the card account first.", "cards", number, Money.Display(amount));
    public static OperationError CustomerOwes(decimal debt, decimal held) => new("customerAccounts.customerOwes", "The customer owes {0} and holds only {1}: the debt is settled before the customer is closed.", "customer", Money.Display(debt), Money.Display(held));
    public static OperationError AmountPositive() => new("customerAccounts.amountPositive", "The amount is more than zero.", "amount");
    public static OperationError FundsShort(decimal amount, decimal held) => new("customerAccounts.fundsShort", "A refund of {0} is more than the {1} held.", "amount", Money.Display(amount), Money.Display(held));
    public static OperationError MethodInvalid() => new("customerAccounts.methodInvalid", "A refund is paid in Cash or by Transfer.", "method");
    public static OperationError CashAboveLimit(decimal amount, decimal limit) => new("customerAccounts.cashAboveLimit", "A refund of {0} is paid by bank transfer: cash is for refunds up to {1}.", "method", Money.Display(amount), Money.Display(limit));
    public static OperationError BankRequired(string field) => new("customerAccounts.bankRequired", "A transfer needs the bank, the account number and the account holder's name.", field);
    public static OperationError ReasonRequired() => new("customerAccounts.reasonRequired", "Choose the reason of the refund.", "reason");
    public static OperationError KindInvalid() => new("customerAccounts.kindInvalid", "A refund is Special or Small.", "kind");
    public static OperationError SmallAboveLimit(decimal amount, decimal limit) => new("customerAccounts.smallAboveLimit", "A small refund is at most {1}: refund {0} as a special refund.", "amount", Money.Display(amount), Money.Display(limit));
    public static OperationError CardOrCustomer() => new("customerAccounts.cardOrCustomer", "Refund from the customer's account or from one card, not both.", "card");
    public static OperationError TooLong(string field, int max) => new("customerAccounts.tooLong", "At most {0} characters.", field, max);
    public static OperationError RefundNotFound() => new("customerAccounts.refundNotFound", "There is no such refund.");
    public static OperationError RefundNotPayable(string receipt, string status) => new("customerAccounts.refundNotPayable", "The refund {0} is {1}: only a payable transfer refund is paid.", null, receipt, status);
    public static OperationError ChangedMeanwhile() => new("customerAccounts.changedMeanwhile", "Someone changed the customer, its cards or this record meanwhile; look at it again.");
    public static OperationError ArrivalNotFound() => new("customerAccounts.arrivalNotFound", "There is no such arrival.");
    public static OperationError ArrivalMatched(string reference, string customer) => new("customerAccounts.arrivalMatched", "The arrival {0} is already matched to customer {1}.", null, reference, customer);
    public static OperationError ReferenceTaken(string reference, string arrival) => new("customerAccounts.referenceTaken", "The bank reference {0} was already recorded as arrival {1}.", "bankReference", reference, arrival);
    public static OperationError ReferenceRequired() => new("customerAccounts.referenceRequired", "Enter the bank's reference of the transfer.", "bankReference");
    public static OperationError PayerRequired() => new("customerAccounts.payerRequired", "Enter who paid (the payer's name as the bank shows it).", "payer");
    public static OperationError DateRequired() => new("customerAccounts.dateRequired", "Enter the date as yyyy-MM-dd.", "receivedOn");
    public static OperationError RatingInvalid(string grades) => new("customerAccounts.ratingInvalid", "The rating is one of {0}.", "rating", grades);
    public static OperationError CompanyOnly(string code) => new("customerAccounts.companyOnly", "Only company customers are rated; {0} is an individual.", "customer", code);
    public static OperationError LimitBelowExposure(decimal limit, decimal exposure) => new("customerAccounts.limitBelowExposure", "The limit {0} is below the customer's exposure of {1} (cheques credited and not yet cleared).", "limit", Money.Display(limit), Money.Display(exposure));
    public static OperationError DateInFuture() => new("customerAccounts.dateInFuture", "The date cannot be after today.", "receivedOn");
}
