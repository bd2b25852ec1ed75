using Admin.Kernel.Results;

namespace Admin.Modules.Cheques;

/// <summary>The Cheques module's messages (translated through <see cref="ChequesTexts"/>).</summary>
internal static class ChequesErrors
{
    public static OperationError NotFound() => new("cheque.notFound", "There is no such cheque.");
    public static OperationError NumberRequired() => new("cheque.numberRequired", "Enter the cheque number.", "number");
    public static OperationError NumberInvalid(int max) => new("cheque.numberInvalid", "A cheque number is 1 to {0} letters or digits.", "number", max);
    public static OperationError DrawerRequired() => new("cheque.drawerRequired", "Enter the drawer's name.", "drawerName");
    public static OperationError BankRequired() => new("cheque.bankRequired", "Enter the drawer's bank.", "drawerBank");
    public static OperationError TooLong(string field, int max) => new("cheque.tooLong", "At most {0} characters.", field, max);
    public static OperationError AmountRequired() => new("cheque.amountRequired", "Enter the amount.", "amount");
    public static OperationError AmountNotPositive() => new("cheque.amountNotPositive", "The amount of a cheque is more than zero.", "amount");
    public static OperationError AmountTooPrecise() => new("cheque.amountTooPrecise", "Amounts have at most two decimals (fen).", "amount");
    public static OperationError AmountTooLarge() => new("cheque.amountTooLarge", "The amount is too large.", "amount");
    public static OperationError DateRequired() => new("cheque.dateRequired", "Enter the cheque's date as yyyy-MM-dd.", "chequeDate");
    public static OperationError DateInvalid(string field) => new("cheque.dateInvalid", "Enter the date as yyyy-MM-dd.", field);
    public static OperationError DateInFuture() => new("cheque.dateInFuture", "The cheque is dated in the future; it cannot be presented before its date.", "chequeDate");
    public static OperationError PresentmentPassed(int days, DateOnly last) => new("cheque.presentmentPassed", "The cheque is past its presentment period of {0} days (last day {1}).", "chequeDate", days, last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    public static OperationError Duplicate(string receipt) => new("cheque.duplicate", "This cheque (same drawer bank and number) was already received, receipt {0}, and has not bounced.", "number", receipt);
    public static OperationError DuplicateRace() => new("cheque.duplicate", "This cheque (same drawer bank and number) was already received, receipt {0}, and has not bounced.", "number", "?");
    public static OperationError PaymentMethodDisabled() => new("cheque.paymentMethodDisabled", "Cheques are not accepted: the payment method Cheque is disabled.", "paymentMethod");
    public static OperationError CustomerRequired() => new("cheque.customerRequired", "Choose the customer.", "customer");
    public static OperationError CustomerNotFound() => new("cheque.customerNotFound", "There is no such customer.", "customer");
    public static OperationError CustomerNotActive(string code) => new("cheque.customerNotActive", "Customer {0} is not active.", "customer", code);
    public static OperationError OutletOnly() => new("cheque.outletOnly", "Cheques are received at an outlet's counter; sign in at the outlet.");
    public static OperationError NotClearable(string status) => new("cheque.notClearable", "Only a received cheque can clear; this one is {0}.", "status", status);
    public static OperationError AlreadyBounced() => new("cheque.alreadyBounced", "The cheque has bounced; a bounce is final.", "status");
    public static OperationError Changed(string status) => new("cheque.changed", "Someone else changed this cheque meanwhile; it is now {0}. Look at it again.", "status", status);
    public static OperationError ReasonRequired() => new("cheque.reasonRequired", "Choose the reason of the bounce.", "reason");
    public static OperationError ReasonTextRequired() => new("cheque.reasonTextRequired", "Describe the reason when it is Other.", "note");
    public static OperationError DateAfterToday(string field) => new("cheque.dateAfterToday", "The date cannot be after today.", field);
    public static OperationError DateBefore(string field, DateOnly notBefore) => new("cheque.dateTooEarly", "The date cannot be before {0}.", field, notBefore.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    public static OperationError StatusInvalid() => new("cheque.statusInvalid", "The status is Received, Cleared or Bounced.", "status");
}
