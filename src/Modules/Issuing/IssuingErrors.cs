using Admin.Kernel.Results;

namespace Admin.Modules.Issuing;

/// <summary>The issuing tasks' messages, in one place (translated through <see cref="IssuingTexts"/>).</summary>
internal static class IssuingErrors
{
    public static OperationError HeadOfficeIssues() => new("issuing.outletOnly", "Cards are issued at an outlet, from the operator's own drawer.");
    public static OperationError CustomerRequired() => new("issuing.customerRequired", "Choose the customer or register a new one.", "customer");
    public static OperationError CustomerTwice() => new("issuing.customerTwice", "Choose a customer or register a new one, not both.", "customer");
    public static OperationError CustomerNotFound() => new("issuing.customerNotFound", "There is no such customer.", "customer");
    public static OperationError CustomerNotActive(string code) => new("issuing.customerNotActive", "The customer {0} is not active.", "customer", code);
    public static OperationError CustomerHasCards(string code) => new("issuing.customerHasCards", "The customer {0} already has cards: issue secondary cards, or a replacement.", "customer", code);
    public static OperationError ProductUnknown(string code) => new("issuing.productUnknown", "There is no card product {0}.", "product", code);
    public static OperationError ProductKind(string code, string kind) => new("issuing.productKind", "The card product {0} does not make {1} cards.", "product", code, kind);
    public static OperationError ProductInactive(string code) => new("issuing.productInactive", "The card product {0} is no longer in use.", "product", code);
    public static OperationError CardsRequired() => new("issuing.cardsRequired", "Enter at least one card.", "cards");
    public static OperationError TooManyCards(int max) => new("issuing.tooManyCards", "At most {0} cards in one task.", "cards", max);
    public static OperationError CardTwice(string field, string number) => new("issuing.cardTwice", "The card {0} is listed twice.", field, number);
    public static OperationError TooLong(string field, int max) => new("issuing.tooLong", "At most {0} characters.", field, max);
    public static OperationError PaymentMethodRequired() => new("issuing.paymentMethodRequired", "Choose how the customer pays.", "paymentMethod");
    public static OperationError PaymentMethodDisabled(string code) => new("issuing.paymentMethodDisabled", "The payment method {0} is not accepted.", "paymentMethod", code);
    public static OperationError FeeNotOffered(string field, string code) => new("issuing.feeNotOffered", "The fee {0} is not in the fee schedule today; leave it empty.", field, code);
    public static OperationError ServiceFeeFixed(string field, decimal schedule) => new("issuing.serviceFeeFixed", "Only the first card's service fee can change; the others pay the schedule's {0}.", field, schedule);
    public static OperationError PrimaryRequired() => new("issuing.primaryRequired", "Enter the primary card's number or the customer's code.", "primaryCard");
    public static OperationError PrimaryNotFound() => new("issuing.primaryNotFound", "There is no such primary card.", "primaryCard");
    public static OperationError PrimaryNotUsable(string number, string status) => new("issuing.primaryNotUsable", "The primary card {0} is {1}: secondary cards are issued under a card in use.", "primaryCard", number, status);
    public static OperationError PrimaryOfOtherCustomer() => new("issuing.primaryOfOtherCustomer", "The primary card belongs to another customer.", "primaryCard");
    public static OperationError NoPrimaryCard(string code) => new("issuing.noPrimaryCard", "The customer {0} has no primary card in use: open a multi-user account first.", "customer", code);
    public static OperationError FaceValueRequired(string field) => new("issuing.faceValueRequired", "Choose the card's face value.", field);
    public static OperationError FaceValueAboveCap(string field, decimal value, decimal cap) => new("issuing.faceValueAboveCap", "The face value {0} is above the card's cap of {1}.", field, value, cap);
    public static OperationError FaceValueNotOffered(string field, decimal value) => new("issuing.faceValueNotOffered", "The face value {0} is not one of this product's face values.", field, value);
    public static OperationError CashRefused(decimal total, decimal limit) => new("issuing.cashRefused", "A purchase of {0} may not be paid in cash (the limit is below {1}): pay by bank transfer.", "paymentMethod", total, limit);
    public static OperationError SecondaryLimitMoved(int held, int limit) => new("issuing.secondaryLimitMoved", "Meanwhile the customer was issued other secondary cards and now holds {0} (the limit is {1}): the review must be asked again.", "cards", held, limit);
    public static OperationError CreditCardRefused() => new("issuing.creditCardRefused", "Prepaid cards may not be bought with a credit card.", "paymentMethod");
    public static OperationError BuyerNameRequired(decimal threshold) => new("issuing.buyerNameRequired", "From {0} at once, the buyer's real name is recorded.", "buyerName", threshold);
    public static OperationError BuyerIdRequired(decimal threshold) => new("issuing.buyerIdRequired", "From {0} at once, the buyer's ID document type and number are recorded.", "buyerIdNumber", threshold);
    public static OperationError BuyerTypeInvalid() => new("issuing.buyerTypeInvalid", "The buyer is Individual or Company.", "buyerType");
    public static OperationError InvoiceTitleInvalid() => new("issuing.invoiceTitleInvalid", "Choose one of the customer's invoice titles.", "invoiceTitle");
    public static OperationError InvoiceDeclined() => new("issuing.invoiceDeclined", "The customer declined the service-fee invoice: choose no invoice title.", "invoiceTitle");
    public static OperationError ReceiptNotFound() => new("issuing.receiptNotFound", "There is no such issuing receipt.");
}
