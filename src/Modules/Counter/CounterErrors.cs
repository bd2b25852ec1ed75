using Admin.Kernel.Results;

namespace Admin.Modules.Counter;

/// <summary>The Counter module's messages, in one place (translated through <see cref="CounterTexts"/>).</summary>
internal static class CounterErrors
{
    // Customers.
    public static OperationError InvoiceTitleInvalid() => new("feeCollection.invoiceTitleInvalid", "Choose one of this customer's invoice titles, or none for the default.", "invoiceTitle");
    public static OperationError CustomerNotFound() => new("customer.notFound", "There is no such customer.");
    public static OperationError CustomerTypeRequired() => new("customer.typeRequired", "Choose Individual or Company.", "type");
    public static OperationError NameRequired() => new("customer.nameRequired", "Enter the customer's name.", "name");
    public static OperationError TooLong(string field, int max) => new("customer.tooLong", "At most {0} characters.", field, max);
    public static OperationError IdTypeRequired() => new("customer.idTypeRequired", "Choose the ID document type.", "idType");
    public static OperationError IdNumberRequired() => new("customer.idNumberRequired", "Enter the ID document number.", "idNumber");
    public static OperationError ResidentIdLength() => new("customer.residentIdLength", "A resident ID number has 18 characters.", "idNumber");
    public static OperationError ResidentIdCharacters() => new("customer.residentIdCharacters", "A resident ID number is 17 digits followed by a digit or X.", "idNumber");
    public static OperationError ResidentIdBirthDate() => new("customer.residentIdBirthDate", "Characters 7 to 14 of a resident ID number are the birth date (yyyyMMdd); this one is not a date.", "idNumber");
    public static OperationError ResidentIdCheck(char expected) => new("customer.residentIdCheck", "The last character of this resident ID number should be {0}: check the number for a typing error.", "idNumber", expected.ToString());
    public static OperationError PhoneInvalid() => new("customer.phoneInvalid", "A phone number holds digits, spaces, + and - only.", "phone");
    public static OperationError OutletUnknown(string code) => new("customer.outletUnknown", "There is no outlet {0}.", "outlet", code);
    public static OperationError OutletRequired() => new("customer.outletRequired", "Choose the customer's outlet of record.", "outlet");
    public static OperationError OtherOutlet() => new("customer.otherOutlet", "You may register customers of your own outlet only.", "outlet");
    public static OperationError StatusInvalid() => new("customer.statusInvalid", "The customer status is Active, Suspended or Closed.", "status");
    public static OperationError CustomerNotActive(string code) => new("customer.notActive", "Customer {0} is not active.", "customer", code);

    // Money.

    // Fee schedule and payment methods.
    public static OperationError FeeCodeInvalid() => new("fee.codeInvalid", "A fee code is 1 to 20 letters, digits, - or _.", "code");
    public static OperationError FeeCodeTaken(string code) => new("fee.codeTaken", "The fee code {0} is already used.", "code", code);
    public static OperationError FeeNameRequired(string field) => new("fee.nameRequired", "Enter the fee's name in English and in Chinese.", field);
    public static OperationError FeeNotFound(string code) => new("fee.notFound", "There is no fee item {0}.", "code", code);
    public static OperationError EffectiveFromInvalid() => new("fee.effectiveFromInvalid", "Enter the date from which the amount applies as yyyy-MM-dd.", "effectiveFrom");
    public static OperationError EffectiveFromPast() => new("fee.effectiveFromPast", "A new amount applies from today or later; past collections keep the amount they were made with.", "effectiveFrom");
    public static OperationError HeadOfficeOnly() => new("fee.headOfficeOnly", "Only head office maintains the fee schedule and payment methods.");
    public static OperationError PaymentMethodNotFound(string code) => new("paymentMethod.notFound", "There is no payment method {0}.", "code", code);

    // Fee collection.
    public static OperationError CollectionNotFound() => new("feeCollection.notFound", "There is no such fee collection.");
    public static OperationError CustomerRequired() => new("feeCollection.customerRequired", "Choose the customer.", "customer");
    public static OperationError ItemsRequired() => new("feeCollection.itemsRequired", "Add at least one fee item.", "items");
    public static OperationError TooManyItems(int max) => new("feeCollection.tooManyItems", "At most {0} fee items in one collection.", "items", max);
    public static OperationError ItemUnknown(string field, string code) => new("feeCollection.itemUnknown", "There is no fee item {0} in the schedule today.", field, code);
    public static OperationError ItemRequired(string field) => new("feeCollection.itemRequired", "Choose the fee item.", field);
    public static OperationError ItemTwice(string field, string code) => new("feeCollection.itemTwice", "The fee item {0} is listed twice; enter the quantity once.", field, code);
    public static OperationError QuantityInvalid(string field) => new("feeCollection.quantityInvalid", "The quantity is a whole number from 1 to 999.", field);
    public static OperationError PaymentMethodRequired() => new("feeCollection.paymentMethodRequired", "Choose how the customer pays.", "paymentMethod");
    public static OperationError PaymentMethodDisabled(string code) => new("feeCollection.paymentMethodDisabled", "The payment method {0} is not accepted.", "paymentMethod", code);
    public static OperationError HeadOfficeCollects() => new("feeCollection.outletOnly", "Fees are collected at an outlet's counter; sign in at the outlet.");

    // Day journal.
    public static OperationError JournalDateInvalid() => new("journal.dateInvalid", "Enter the day as yyyy-MM-dd.", "date");
    public static OperationError JournalOperatorInvalid() => new("journal.operatorInvalid", "The operator is an operator's id.", "operator");
    public static OperationError JournalOperatorNotFound() => new("journal.operatorNotFound", "There is no such operator.");
    public static OperationError JournalOutletNotFound() => new("journal.outletNotFound", "There is no such outlet.");
    public static OperationError JournalOtherOperator() => new("journal.otherOperator", "Another operator's journal, or the whole outlet's, needs the permission to view the outlet's journal.");
}
