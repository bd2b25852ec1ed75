using Admin.Kernel.Results;

namespace Admin.Modules.Allocations;

/// <summary>The allocation tasks' messages, in one place (translated through <see cref="AllocationsTexts"/>).</summary>
internal static class AllocationsErrors
{
    public static OperationError OutletOnly() => new("allocations.outletOnly", "Money is moved onto cards at an outlet's counter.");
    public static OperationError CustomerRequired() => new("allocations.customerRequired", "Enter the customer's code or present the primary card.", "customer");
    public static OperationError CustomerNotFound() => new("allocations.customerNotFound", "There is no such customer.", "customer");
    public static OperationError CustomerNotActive(string code) => new("allocations.customerNotActive", "The customer {0} is not active.", "customer", code);
    public static OperationError PrimaryNotFound() => new("allocations.primaryNotFound", "There is no such primary card.", "primaryCard");
    public static OperationError PrimaryOfOtherCustomer() => new("allocations.primaryOfOtherCustomer", "The primary card belongs to another customer.", "primaryCard");
    public static OperationError CardsRequired() => new("allocations.cardsRequired", "Enter at least one card and its amount.", "cards");
    public static OperationError TooManyCards(int max) => new("allocations.tooManyCards", "At most {0} cards in one task.", "cards", max);
    public static OperationError CardRequired(string field) => new("allocations.cardRequired", "Enter the card number or present the card.", field);
    public static OperationError CardNotFound(string field) => new("allocations.cardNotFound", "There is no such card.", field);
    public static OperationError CardTwice(string field, string number) => new("allocations.cardTwice", "The card {0} is listed twice.", field, number);
    public static OperationError CardOfOtherCustomer(string field, string number, string customer) => new("allocations.cardOfOtherCustomer", "The card {0} is not a card of customer {1}.", field, number, customer);
    public static OperationError CardKind(string field, string number) => new("allocations.cardKind", "The card {0} is a primary card: pre-allocate to the secondary cards (or the single-user card).", field, number);
    public static OperationError CardNotUsable(string field, string number, string status) => new("allocations.cardNotUsable", "The card {0} is {1}: money goes only onto a card in use.", field, number, status);
    public static OperationError AmountRequired(string field) => new("allocations.amountRequired", "Enter the amount.", field);
    public static OperationError AmountInvalid(string field) => new("allocations.amountInvalid", "The amount is more than 0.00, with at most two decimals.", field);
    public static OperationError AmountTooLarge(string field, decimal max) => new("allocations.amountTooLarge", "At most {0} at once.", field, max);
    public static OperationError AboveCap(string field, string number, decimal held, decimal amount, decimal cap) =>
        new("allocations.aboveCap", "The card {0} holds {1}: {2} more would take it above its cap of {3}.", field, number, held, amount, cap);
    public static OperationError TemplateNotFound() => new("allocations.templateNotFound", "There is no such pre-allocation template.", "template");
    public static OperationError TemplateAndCards() => new("allocations.templateAndCards", "Apply a template or list the cards, not both.", "template");
    public static OperationError TemplateTotalRequired() => new("allocations.templateTotalRequired", "A template of shares needs the total to split.", "total");
    public static OperationError TemplateTotalDiffers(decimal sum) => new("allocations.templateTotalDiffers", "The template's amounts add up to {0}; leave the total empty or apply another template.", "total", sum);
    public static OperationError TemplateNameRequired() => new("allocations.templateNameRequired", "Enter the template's name.", "name");
    public static OperationError TemplateNameTooLong(int max) => new("allocations.templateNameTooLong", "At most {0} characters.", "name", max);
    public static OperationError TemplateNameTaken(string name) => new("allocations.templateNameTaken", "The customer already has a template called {0}.", "name", name);
    public static OperationError TemplateModeInvalid() => new("allocations.templateModeInvalid", "The mode is Amount or Share.", "mode");
    public static OperationError ShareInvalid(string field) => new("allocations.shareInvalid", "The share is more than 0, with at most two decimals.", field);
    public static OperationError AllocationNotFound() => new("allocations.notFound", "There is no such pre-allocation.");
    public static OperationError TransferNotFound() => new("allocations.transferNotFound", "There is no such load or unload.");
    public static OperationError TransferPending(string number) => new("allocations.transferPending", "The card {0} has a load or unload waiting for the reader: complete or void it first.", "card", number);
    public static OperationError TransferSettled(string status) => new("allocations.transferSettled", "It is already {0}.", null, status);
    public static OperationError TransferTimedOut(int seconds) => new("allocations.transferTimedOut", "It was voided: the reader did not answer within {0} seconds.", null, seconds);
}
