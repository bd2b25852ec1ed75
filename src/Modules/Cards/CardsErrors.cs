using Admin.Kernel.Results;

namespace Admin.Modules.Cards;

/// <summary>The Cards module's messages, in one place (translated through <see cref="CardsTexts"/>).</summary>
internal static class CardsErrors
{
    // Products.
    public static OperationError CodeRequired() => new("cardProduct.codeRequired", "Enter the product code.", "code");
    public static OperationError CodeInvalid(int max) => new("cardProduct.codeInvalid", "A product code has at most {0} capital letters, digits, - and _.", "code", max);
    public static OperationError NameRequired(string field) => new("cardProduct.nameRequired", "Enter the product's name in this language.", field);
    public static OperationError TooLong(string field, int max) => new("cards.tooLong", "At most {0} characters.", field, max);
    public static OperationError ControlCharacters(string field) => new("cards.controlCharacters", "Remove the control characters (tabs, line breaks) from this field.", field);
    public static OperationError KindInvalid() => new("cardProduct.kindInvalid", "The kind is SingleUser, Primary, Secondary, Anonymous or Internal.", "kind");
    public static OperationError CheckDigitInvalid() => new("cardProduct.checkDigitInvalid", "The check digit rule is Luhn or None.", "checkDigit");
    public static OperationError NumberLengthInvalid(int min, int max) => new("cardProduct.numberLengthInvalid", "A card number has {0} to {1} digits with this check digit rule.", "numberLength", min, max);
    public static OperationError PrefixInvalid() => new("cardProduct.prefixInvalid", "The prefix is one or more digits and does not start with 0.", "prefix");
    public static OperationError PrefixTooLong(int max) => new("cardProduct.prefixTooLong", "The prefix leaves too few digits for numbers: at most {0} digits for this length.", "prefix", max);
    public static OperationError AmountRequired(string field) => new("cardProduct.amountRequired", "Enter the amount in CNY.", field);
    public static OperationError AmountInvalid(string field, decimal max) => new("cardProduct.amountInvalid", "Enter an amount above 0 and at most {0}, with at most two decimals.", field, max);
    public static OperationError ValidityInvalid(int max) => new("cardProduct.validityInvalid", "Validity is 1 to {0} months, or empty when cards do not expire.", "validityMonths", max);
    public static OperationError AnonymousValidity(int min) => new("cardProduct.anonymousValidity", "Anonymous cards are valid at least {0} months (the prepaid-card rules).", "validityMonths", min);
    public static OperationError FaceValuesRequired() => new("cardProduct.faceValuesRequired", "An anonymous product needs at least one face value.", "faceValues");
    public static OperationError FaceValuesTooMany(int max) => new("cardProduct.faceValuesTooMany", "At most {0} face values.", "faceValues", max);
    public static OperationError FaceValueInvalid(decimal value) => new("cardProduct.faceValueInvalid", "The face value {0} is not an amount above 0 with at most two decimals.", "faceValues", value);
    public static OperationError FaceValueAboveCap(decimal value, decimal cap) => new("cardProduct.faceValueAboveCap", "The face value {0} is above the balance cap {1}.", "faceValues", value, cap);
    public static OperationError FaceValuesOnlyAnonymous() => new("cardProduct.faceValuesOnlyAnonymous", "Only anonymous products have face values; leave them empty.", "faceValues");
    public static OperationError NumberingFixed() => new("cardProduct.numberingFixed", "Number ranges of this product are registered: its number length, prefix and check digit can no longer change.", "numberLength");
    public static OperationError ProductNotFound() => new("cardProduct.notFound", "There is no such card product.");
    public static OperationError ProductDuplicate(string code) => new("cardProduct.duplicate", "A card product with the code {0} already exists.", "code", code);
    public static OperationError ProductRequired() => new("cardStock.productRequired", "Choose a card product.", "product");
    public static OperationError ProductUnknown() => new("cardStock.productUnknown", "There is no card product with this code.", "product");
    public static OperationError ProductInactive() => new("cardStock.productInactive", "This card product is no longer in use.", "product");

    // Card numbers.
    public static OperationError NumberRequired(string field) => new("cardNumber.required", "Enter the card number.", field);
    public static OperationError NumberNotDigits(string field) => new("cardNumber.notDigits", "A card number holds digits only.", field);
    public static OperationError NumberWrongLength(string field, int expected, int found) => new("cardNumber.wrongLength", "A card number of this product has {0} digits; this one has {1}.", field, expected, found);
    public static OperationError NumberWrongPrefix(string field, string prefix) => new("cardNumber.wrongPrefix", "Card numbers of this product start with {0}.", field, prefix);
    public static OperationError NumberCheckDigit(string field) => new("cardNumber.checkDigit", "The check digit does not match: a digit is mistyped.", field);

    // Cards.
    public static OperationError CardNotFound() => new("card.notFound", "There is no such card.");
    public static OperationError UpgradeProduct(string number, string product) =>
        new("card.upgradeProduct", "The card {0} cannot become a card of the product {1}: an upgrade goes to a single-user product in use whose number length and check digit the number meets.", "product", number, product);
    public static OperationError CardStatusChanged(string number, string status) => new("card.statusChanged", "The card {0} is {1} now: another task changed it. Look again.", null, number, status);
    public static OperationError CardStatusInvalid() => new("card.statusInvalid", "The status is Issued, Lost, Bad, Invalid, Replaced or Closed.", "status");
    public static OperationError NumberLengthAny(int min, int max) => new("cardNumber.wrongLength", "A card number has {0} to {1} digits.", "number", min, max);
    public static OperationError CardNumberIssued(string number, string field) => new("card.numberIssued", "The card {0} is already issued.", field, number);
    public static OperationError IssuedMeanwhile(string number) => new("card.issuedMeanwhile", "Another task issued or moved the card {0} at the same moment; nothing was written. Look again and retry.", null, number);
    public static OperationError CardCustomerRequired() => new("card.customerRequired", "A registered card needs its customer.", "customer");
    public static OperationError AnonymousHasNoCustomer() => new("card.anonymousHasNoCustomer", "An anonymous card has no customer.", "customer");
    public static OperationError PrimaryOnlyForSecondary() => new("card.primaryOnlyForSecondary", "A secondary card needs its primary card; other cards have none.", "primaryCard");
    public static OperationError CardFaceValueInvalid() => new("card.faceValueInvalid", "An anonymous card is sold at one of its product's face values; other cards have none.", "faceValue");

    // Stock.
    public static OperationError RangeReversed() => new("cardStock.rangeReversed", "The last number comes before the first.", "last");
    public static OperationError RangeTooLarge(long max) => new("cardStock.rangeTooLarge", "A range holds at most {0} cards; register it in parts.", "last", max);
    public static OperationError RangeOverlaps(string first, string last) => new("cardStock.rangeOverlaps", "The range overlaps the registered range {0} – {1}.", "first", first, last);
    public static OperationError RangeRace() => new("cardStock.rangeRace", "Another range was registered at the same moment; nothing was registered. Look again and retry.", "first");
    public static OperationError NumbersRequired() => new("cardStock.numbersRequired", "Enter at least one card number or range.", "numbers");
    public static OperationError NumbersTooMany(int max) => new("cardStock.numbersTooMany", "At most {0} numbers or ranges at once.", "numbers", max);
    public static OperationError NumbersRepeated(string number) => new("cardStock.numbersRepeated", "The card {0} is listed twice.", "numbers", number);
    public static OperationError NotRegistered(string number) => new("cardStock.notRegistered", "The card {0} is not in any registered range of this product.", "numbers", number);
    public static OperationError NotInPlace(string number, Models.StockPlace place) => new("cardStock.notInPlace", place switch
    {
        Models.StockPlace.HeadOffice => "The card {0} is not in head office's stock.",
        Models.StockPlace.InTransit => "The card {0} is not in transit to this outlet.",
        Models.StockPlace.Outlet => "The card {0} is not in this outlet's stock.",
        Models.StockPlace.Operator => "The card {0} is not in your drawer.",
        _ => "The card {0} is not where this task takes it from.",
    }, "numbers", number);
    public static OperationError MovedMeanwhile() => new("cardStock.movedMeanwhile", "Another task moved some of these cards at the same moment; nothing was moved. Look again and retry.");
    public static OperationError QuantityInvalid(int max) => new("cardStock.quantityInvalid", "The quantity is a whole number from 1 to {0}.", "quantity", max);
    public static OperationError NoteInvalid(int max) => new("cardStock.noteInvalid", "The note has at most {0} characters and no control characters.", "note", max);
    public static OperationError RequestNotFound() => new("cardStock.requestNotFound", "There is no such card request.");
    public static OperationError RequestRequired() => new("cardStock.requestRequired", "Choose the request this shipment fills.", "request");
    public static OperationError RequestNotOpen() => new("cardStock.requestNotOpen", "This request is already filled or cancelled.");
    public static OperationError ShipsMoreThanRequested(int outstanding, long count) => new("cardStock.shipsMoreThanRequested", "The request still wants {0} cards; this shipment holds {1}.", "numbers", outstanding, count);
    public static OperationError ShipsOtherProduct() => new("cardStock.shipsOtherProduct", "The request is for another card product.", "product");
    public static OperationError OutletStaffOnly() => new("cardStock.outletStaffOnly", "Only staff of an outlet (not head office) do this with the outlet's stock.");
    public static OperationError OutletNotFound() => new("cardStock.outletNotFound", "There is no such outlet.", "outlet");
    public static OperationError ReturnTargetInvalid() => new("cardStock.returnTargetInvalid", "Return to Outlet (from your drawer) or to HeadOffice (from the outlet).", "to");
    public static OperationError ExchangeSameCard() => new("cardStock.exchangeSameCard", "The replacement is the defective card itself.", "replacement");
}
