using Admin.Kernel.Results;

namespace Admin.Modules.CardService;

/// <summary>The card-service tasks' messages, in one place (translated through <see cref="CardServiceTexts"/>).</summary>
internal static class CardServiceErrors
{
    public static OperationError OutletOnly() => new("cardService.outletOnly", "Card service is done at an outlet's counter.");
    public static OperationError CardRequired(string field = "card") => new("cardService.cardRequired", "Enter the card number or present the card.", field);
    public static OperationError CardNotFound(string field = "card") => new("cardService.cardNotFound", "There is no such card.", field);
    public static OperationError AnonymousNoLossReport(string number) =>
        new("cardService.anonymousNoLossReport", "The card {0} is an anonymous card: anonymous cards cannot be reported lost (the prepaid-card rules). A damaged one is reported bad.", "card", number);
    public static OperationError NotInUse(string number, string status) => new("cardService.notInUse", "The card {0} is {1}: only a card in use can be reported lost or bad.", "card", number, status);
    public static OperationError NotLost(string number, string status) => new("cardService.notLost", "The card {0} is {1}, not reported lost.", "card", number, status);
    public static OperationError IdNumberRequired() => new("cardService.idNumberRequired", "Enter the number of the ID document the customer presents.", "idNumber");
    public static OperationError IdNumberMismatch() => new("cardService.idNumberMismatch", "The ID number does not match the customer's ID document.", "idNumber");
    public static OperationError WaitingPeriod(string number, string reportedAt, string from, int hours) =>
        new("cardService.waitingPeriod", "The card {0} was reported lost at {1}: it can be replaced from {2} (a waiting period of {3} hours).", "card", number, reportedAt, from, hours);
    public static OperationError NotReplaceable(string number, string status) =>
        new("cardService.notReplaceable", "The card {0} is {1}: a lost card (after the waiting period), a bad card or an expired card is replaced.", "card", number, status);
    public static OperationError PurseInTransit(string number) => new("cardService.purseInTransit", "A load or unload of the card {0} is waiting for the reader: complete or void it first.", "card", number);
    public static OperationError NewCardRequired() => new("cardService.newCardRequired", "Enter or read the number of the new card from your drawer.", "newCard");
    public static OperationError PaymentMethodRequired(decimal fee) =>
        new("cardService.paymentMethodRequired", "The new card costs the card fee of {0}: choose how the customer pays it.", "paymentMethod", Admin.Kernel.Money.Money.Display(fee));
    public static OperationError PaymentMethodInvalid(string method) => new("cardService.paymentMethodInvalid", "The payment method {0} is not one the counter takes.", "paymentMethod", method);
    public static OperationError NewCardIsOld() => new("cardService.newCardIsOld", "The new card is the old card itself.", "newCard");
    public static OperationError NotReactivatable(string number, string status) => new("cardService.notReactivatable", "The card {0} is {1}: only an expired card in use or an invalid card is reactivated.", "card", number, status);
    public static OperationError NotExpired(string number) => new("cardService.notExpired", "The card {0} has not expired: it needs no reactivation.", "card", number);
    public static OperationError ReplacementNotFound() => new("cardService.replacementNotFound", "There is no such replacement.");
    public static OperationError PurseNotDue(string from) => new("cardService.purseNotDue", "The old card's purse balance moves from {0}, after the window in which its terminal records may still arrive.", null, from);
    public static OperationError PurseMoved() => new("cardService.purseMoved", "The old card's purse balance has already moved.");
    public static OperationError PrimaryRequired() => new("cardService.primaryRequired", "Enter or read the customer's primary card.", "primaryCard");
    public static OperationError PrimaryNotFound() => new("cardService.primaryNotFound", "There is no such primary card.", "primaryCard");
    public static OperationError NotPrimary(string number) => new("cardService.notPrimary", "The card {0} does not stand for a customer: present the primary card (or the single-user card).", "primaryCard", number);
    public static OperationError LimitInvalid(int max) => new("cardService.limitInvalid", "The limit is a whole number from 1 to {0}.", "limit", max);
    public static OperationError SinceInvalid() => new("cardService.sinceInvalid", "The version to read from is 0 or more.", "since");
    public static OperationError ProductUnknown(string code) => new("cardService.productUnknown", "There is no oil product {0}.", "products", code);
    public static OperationError ProductInactive(object name) => new("cardService.productInactive", "The oil product {0} has been deactivated by head office; untick it.", "products", name);
    public static OperationError AmountInvalid(string field, decimal max) => new("cardService.amountInvalid", "Enter an amount above 0.00 and at most {0}, with at most two decimals, or leave it empty.", field, max);
    public static OperationError PerPurchaseAboveDay() => new("cardService.perPurchaseAboveDay", "The amount per purchase is more than the amount per day.", "perPurchase");
    public static OperationError PurchasesInvalid(int max) => new("cardService.purchasesInvalid", "Purchases per day are a whole number from 1 to {0}, or empty.", "purchasesPerDay", max);
    public static OperationError HourInvalid(string field) => new("cardService.hourInvalid", "Enter the time as HH:mm (00:00 to 23:59).", field);
    public static OperationError HoursIncomplete() => new("cardService.hoursIncomplete", "Enter both the start and the end of the allowed hours, or neither.", "until");
    public static OperationError HoursEmpty() => new("cardService.hoursEmpty", "The allowed hours start and end at the same time: leave both empty for any time.", "until");
    public static OperationError TargetRequired() => new("cardService.targetRequired", "Enter or read the card the restrictions go to.", "target");
    public static OperationError TargetNotFound() => new("cardService.targetNotFound", "There is no such card.", "target");
    public static OperationError TargetSame() => new("cardService.targetSame", "The restrictions are already on this card.", "target");
    public static OperationError TargetOtherCustomer(string number) => new("cardService.targetOtherCustomer", "The card {0} is not a card of the same customer.", "target", number);
    public static OperationError TargetNotInUse(string number, string status) => new("cardService.targetNotInUse", "The card {0} is {1}: restrictions go to a card in use.", "target", number, status);
    public static OperationError NoRestrictions(string number) => new("cardService.noRestrictions", "The card {0} has no restrictions to copy or move.", "card", number);
    public static OperationError PinFormat(string field) => new("cardService.pinFormat", "A PIN is 6 digits.", field);
    public static OperationError PinOneDigit(string field) => new("cardService.pinTooSimple", "The PIN is one digit repeated: choose a PIN that is harder to guess.", field);
    public static OperationError PinBirthDate(string field) => new("cardService.pinBirthDate", "The PIN is the holder's birth date: choose a PIN that is harder to guess.", field);
    public static OperationError PinMismatch() => new("cardService.pinMismatch", "The two new PINs differ.", "confirmPin");
    public static OperationError PinWrong() => new("cardService.pinWrong", "The old PIN is wrong.", "oldPin");
    public static OperationError PinNotSet(string number) => new("cardService.pinNotSet", "The card {0} has no PIN yet: reset it with the customer's ID document.", "card", number);
    public static OperationError PinLocked(string number) => new("cardService.pinLocked", "The PIN of card {0} is locked after too many wrong PINs: unlock it first.", "card", number);
    public static OperationError PinNotLocked(string number) => new("cardService.pinNotLocked", "The PIN of card {0} is not locked.", "card", number);
    public static OperationError AnonymousNoPinReset(string number) => new("cardService.anonymousNoPinReset", "The card {0} is an anonymous card: without an ID document its PIN cannot be reset or unlocked.", "card", number);
    public static OperationError NotUpgradable(string number, string kind) =>
        new("cardService.notUpgradable", "The card {0} is {1}: a secondary card is upgraded to a single-user card, an anonymous card to a registered card; no other card is.", "card", number, KindName(kind));
    public static OperationError UpgradeNotInUse(string number, string status) => new("cardService.upgradeNotInUse", "The card {0} is {1}: only a card in use is upgraded.", "card", number, status);
    public static OperationError UpgradeCustomerRequired() =>
        new("cardService.upgradeCustomerRequired", "Enter the code of the customer the card goes to, or register a new customer with name and ID document.", "customer");
    public static OperationError UpgradeCustomerTwice() => new("cardService.upgradeCustomerTwice", "Give an existing customer or a new one, not both.", "customer");
    public static OperationError UpgradeCustomerNotFound() => new("cardService.upgradeCustomerNotFound", "There is no such customer.", "customer");
    public static OperationError UpgradeCustomerNotActive(string code) => new("cardService.upgradeCustomerNotActive", "The customer {0} is not active (suspended or closed): a card goes to an active customer.", "customer", code);
    public static OperationError UpgradeCustomerOtherOutlet(string code) => new("cardService.upgradeCustomerOtherOutlet", "The customer {0} is another outlet's than the card's.", "customer", code);
    public static OperationError RealNameMissing(string code) =>
        new("cardService.realNameMissing", "The customer {0} has no name or ID document recorded: a registered card needs its holder's real name and ID document (the prepaid-card rules). Complete the customer's data first.", "customer", code);
    public static OperationError UpgradeCustomerHasCards(string code) =>
        new("cardService.customerHasCards", "The customer {0} already holds a card in use: a single-user card is its customer's only card.", "customer", code);
    public static OperationError UpgradeProductUnknown(string code) => new("cardService.upgradeProductUnknown", "There is no card product {0}.", "product", code);
    public static OperationError UpgradeProductNotFit(string code, string number) =>
        new("cardService.upgradeProductNotFit", "The product {0} is not a single-user product in use whose number length and check digit the card {1} meets.", "product", code, number);
    public static OperationError UpgradePurseNotEmpty(string number, decimal purse, string customer) =>
        new("cardService.upgradePurseNotEmpty", "The purse of card {0} holds {1}, money of the customer {2}: unload it to the card account first.", "card", number, Admin.Kernel.Money.Money.Display(purse), customer);
    public static OperationError UpgradeOverCap(string number, decimal money, decimal cap, string product) =>
        new("cardService.upgradeOverCap", "The card {0} holds {1}, more than the {2} a card of the product {3} may hold.", "card", number, Admin.Kernel.Money.Money.Display(money), Admin.Kernel.Money.Money.Display(cap), product);
    public static OperationError UpgradeFeeMethodRequired(decimal total) =>
        new("cardService.upgradeFeeMethodRequired", "The upgrade costs {0} (the deposit still due and the service fee, from the fee schedule): choose how the customer pays it.", "paymentMethod", Admin.Kernel.Money.Money.Display(total));
    public static OperationError UpgradeCashRefused(decimal total, decimal limit) =>
        new("cardService.cashRefused", "{0} at once is paid by bank transfer, not cash, from {1} on (the prepaid-card rules).", "paymentMethod", Admin.Kernel.Money.Money.Display(total), Admin.Kernel.Money.Money.Display(limit));

    /// <summary>A card kind by name, in the reader's language.</summary>
    private static Admin.Kernel.Localization.LocalName KindName(string kind) => kind switch
    {
        "SingleUser" => new("a single-user card", "单用户卡"),
        "Primary" => new("a primary card", "主卡"),
        "Secondary" => new("a secondary card", "副卡"),
        "Anonymous" => new("an anonymous card", "不记名卡"),
        "Internal" => new("an internal card", "内部卡"),
        _ => new(kind, kind),
    };

    public static OperationError CustomerNotFound() => new("cardService.customerNotFound", "There is no such customer.", "primaryCard");
}
