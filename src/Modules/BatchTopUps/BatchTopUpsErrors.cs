using Admin.Kernel.Results;

namespace Admin.Modules.BatchTopUps;

/// <summary>The module's messages, in one place (translated through <see cref="BatchTopUpsTexts"/>).</summary>
internal static class BatchTopUpsErrors
{
    public static OperationError OutletOnly() => new("batchTopUp.outletOnly", "Batch top-up lists are made at an outlet; sign in at the outlet.");
    public static OperationError CustomerRequired() => new("batchTopUp.customerRequired", "Choose the company customer.", "customer");
    public static OperationError CustomerNotFound() => new("batchTopUp.customerNotFound", "There is no such customer.", "customer");
    public static OperationError CustomerNotCompany(string code) => new("batchTopUp.customerNotCompany", "The customer {0} is not a company: batch lists are for company customers.", "customer", code);
    public static OperationError CustomerNotActive(string code) => new("batchTopUp.customerNotActive", "The customer {0} is not active.", "customer", code);
    public static OperationError LinesRequired() => new("batchTopUp.linesRequired", "Enter at least one card and amount.", "lines");
    public static OperationError TooManyLines(int max) => new("batchTopUp.tooManyLines", "A list has at most {0} lines.", "lines", max);
    public static OperationError CsvInvalid(int line) => new("batchTopUp.csvInvalid", "The CSV text cannot be read at line {0} (a quote is not closed).", "csv", line);
    public static OperationError CsvColumns(int line) => new("batchTopUp.csvColumns", "Line {0}: a line has a card number and an amount, separated by a comma.", "csv", line);
    public static OperationError CardRequired(string field, int line) => new("batchTopUp.cardRequired", "Line {0}: enter the card number.", field, line);
    public static OperationError CardUnknown(string field, int line, string number) => new("batchTopUp.cardUnknown", "Line {0}: there is no card {1}.", field, line, number);
    public static OperationError CardNotCustomers(string field, int line, string number) => new("batchTopUp.cardNotCustomers", "Line {0}: the card {1} is not the customer's.", field, line, number);
    public static OperationError CardNotActive(string field, int line, string number, string status) => new("batchTopUp.cardNotActive", "Line {0}: the card {1} is {2}, not in use.", field, line, number, status);
    public static OperationError AmountInvalid(string field, int line) => new("batchTopUp.amountInvalid", "Line {0}: the amount is more than zero, with at most two decimals.", field, line);
    public static OperationError AmountTooLarge(string field, int line) => new("batchTopUp.amountTooLarge", "Line {0}: the amount is too large.", field, line);
    public static OperationError CardTwice(string field, int line, string number, int first) => new("batchTopUp.cardTwice", "Line {0}: the card {1} is already on line {2}.", field, line, number, first);
    public static OperationError CapExceeded(string field, int line, string number, decimal after, decimal cap) => new("batchTopUp.capExceeded", "Line {0}: the card {1} would hold {2}, above its product's cap of {3}.", field, line, number, after, cap);
    public static OperationError NoteTooLong(int max) => new("batchTopUp.noteTooLong", "At most {0} characters.", "note", max);
    public static OperationError NotFound() => new("batchTopUp.notFound", "There is no such batch top-up list.");
    public static OperationError NotWithdrawable(string status) => new("batchTopUp.notWithdrawable", "The list is {0}: only a submitted list can be withdrawn.", "status", status);
    public static OperationError WithdrawByMaker() => new("batchTopUp.withdrawByMaker", "Only the operator who submitted the list can withdraw it.", "status");
    public static OperationError NotVoidable(string status) => new("batchTopUp.notVoidable", "The list is {0}: only a submitted or withdrawn list can be voided.", "status", status);
    /// <summary>The code a list's failed job leaves on it.</summary>
    public const string JobFailedCode = "batchTopUp.jobFailed";
    public static OperationError NotRerunnable(string status) => new("batchTopUp.notRerunnable", "The list is {0}: only a list whose job failed is run again.", "status", status);
    public static OperationError NotReviewable(string status) => new("batchTopUp.notReviewable", "The list is {0}: only a submitted list can be reviewed.", "status", status);
    public static OperationError CheckerIsMaker() => new("review.checkerIsMaker", "The operator who submitted the list cannot review it.", "review.loginName");
    public static OperationError Tampered(string hash, string now) => new("batchTopUp.tampered", "The list's lines were changed after submission (content hash {0}, now {1}): it cannot be executed. Void it.", "status", hash, now);
    public static OperationError CardChanged(int line, string number, string status) => new("batchTopUp.cardChanged", "Line {0}: the card {1} is {2} now, not in use: the list cannot be executed.", "status", line, number, status);
}
