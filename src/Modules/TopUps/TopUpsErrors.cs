using Admin.Kernel.Results;

namespace Admin.Modules.TopUps;

/// <summary>The top-up tasks' messages, in one place (translated through <see cref="TopUpsTexts"/>).</summary>
internal static class TopUpsErrors
{
    public static OperationError OutletOnly() => new("topUps.outletOnly", "Money is taken at an outlet, into the operator's own till.");
    public static OperationError TargetRequired(string field) => new("topUps.targetRequired", "Enter the customer's code or present the card.", field);
    public static OperationError TargetTwice(string field) => new("topUps.targetTwice", "Enter the customer's code or the card, not both.", field);
    public static OperationError CustomerNotFound(string field) => new("topUps.customerNotFound", "There is no such customer in the network.", field);
    public static OperationError CustomerNotActive(string field, string code) => new("topUps.customerNotActive", "The customer {0} is not active.", field, code);
    public static OperationError CustomerClosed(string field, string code) => new("topUps.customerClosed", "The customer {0} is closed: nothing is taken for a closed customer.", field, code);
    public static OperationError CardClosed(string field, string number) => new("topUps.cardClosed", "The card {0} is closed: nothing goes onto a closed card.", field, number);
    public static OperationError CardNotFound(string field) => new("topUps.cardNotFound", "There is no such card in the network.", field);
    public static OperationError CardNotUsable(string field, string number, string status) => new("topUps.cardNotUsable", "The card {0} is {1}: only a card in use is topped up.", field, number, status);
    public static OperationError SecondaryCard(string field, string number) => new("topUps.secondaryCard", "The card {0} is a secondary card: money reaches it by pre-allocation from the customer account.", field, number);
    public static OperationError NotPrimaryCard(string field, string number) => new("topUps.notPrimaryCard", "The card {0} is not a primary card: receipts by card take the customer's primary card.", field, number);
    public static OperationError AmountRequired() => new("topUps.amountRequired", "Enter the amount.", "amount");
    public static OperationError AmountNotPositive() => new("topUps.amountNotPositive", "The amount must be above zero.", "amount");
    public static OperationError AmountTooLarge(decimal max) => new("topUps.amountTooLarge", "At most {0} in one receipt.", "amount", max);
    public static OperationError PaymentMethodRequired() => new("topUps.paymentMethodRequired", "Choose how the customer pays.", "paymentMethod");
    public static OperationError PaymentMethodDisabled(string code) => new("topUps.paymentMethodDisabled", "The payment method {0} is not accepted.", "paymentMethod", code);
    public static OperationError CreditCardRefused() => new("topUps.creditCardRefused", "Prepaid cards may not be paid for with a credit card.", "paymentMethod");
    public static OperationError CashRefused(decimal amount, decimal limit) => new("topUps.cashRefused", "A payment of {0} may not be made in cash (the limit is below {1}): pay by bank transfer.", "paymentMethod", amount, limit);
    public static OperationError AboveCap(string number, decimal after, decimal cap) => new("topUps.aboveCap", "The card {0} would hold {1}, above its product's cap of {2}.", "amount", number, after, cap);
    public static OperationError PayerNameRequired(decimal threshold) => new("topUps.payerNameRequired", "From {0} at once, the payer's real name is recorded.", "payerName", threshold);
    public static OperationError PayerIdRequired(decimal threshold) => new("topUps.payerIdRequired", "From {0} at once, the payer's ID number is recorded.", "payerIdNumber", threshold);
    public static OperationError TooLong(string field, int max) => new("topUps.tooLong", "At most {0} characters.", field, max);
    public static OperationError ChequeOntoCardRefused() => new("topUps.chequeOntoCard", "A cheque credits the customer account when it clears: take it as a receipt for the customer, then pre-allocate.", "paymentMethod");
    public static OperationError ChequeOtherOutlet() => new("topUps.chequeOtherOutlet", "A cheque is received at the customer's own outlet, which follows its clearing.", "paymentMethod");
    public static OperationError ChequeRequired(string field) => new("topUps.chequeRequired", "Enter the cheque's number, bank, drawer and date.", field);
    public static OperationError ReceiptNotFound() => new("topUps.receiptNotFound", "There is no such receipt.");
    public static OperationError NotPosted(string receipt, string status) => new("topUps.receiptNotPosted", "The receipt {0} is {1}: a receipt is corrected once.", null, receipt, status);
    public static OperationError CancelSameDayOnly(string receipt, DateOnly day) => new("topUps.cancelSameDayOnly", "The receipt {0} is of {1}: only a receipt of today is cancelled; reverse it instead.", null, receipt, day.ToString("yyyy-MM-dd"));
    public static OperationError ShiftClosed(string receipt) => new("topUps.shiftClosed", "The shift of receipt {0} is closed: it can no longer be cancelled, only reversed.", null, receipt);
    public static OperationError MovedOn(string receipt, decimal still, decimal amount, string where) => new("topUps.moneyMovedOn", "Only {1} of the {2} of receipt {0} is still where it went; the rest is now on {3}: bring it back first.", null, receipt, still, amount, where);
    public static OperationError EntryNotFound(long entry) => new("topUps.entryNotFound", "There is no ledger entry {0}.", null, entry);
    public static OperationError EntryNotReversible(long entry, string taskType) => new("topUps.entryNotReversible", "Entry {0} is a {1}, not a top-up or receipt: it is corrected by its own task (a cheque by bouncing, a fee by its refund).", null, entry, taskType);
    public static OperationError EntryIsCorrection(long entry, string receipt) => new("topUps.entryIsCorrection", "Entry {0} is itself the correction of receipt {1}.", null, entry, receipt);
    public static OperationError StatusInvalid() => new("topUps.statusInvalid", "The status is Posted, Cancelled or Reversed.", "status");
    public static OperationError ReasonTooLong(int max) => new("topUps.tooLong", "At most {0} characters.", "reason", max);
}
