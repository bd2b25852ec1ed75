using Admin.Kernel.Results;

namespace Admin.Modules.InvoiceTitles;

/// <summary>The InvoiceTitles module's messages, in one place (translated through <see cref="InvoiceTitlesTexts"/>).</summary>
internal static class InvoiceTitlesErrors
{
    public static OperationError TypeRequired() => new("invoiceTitle.typeRequired", "Choose the title type.", "type");
    public static OperationError TypeInvalid() => new("invoiceTitle.typeInvalid", "The title type is Company, Individual or Institution.", "type");
    public static OperationError NameRequired() => new("invoiceTitle.nameRequired", "Enter the buyer's name (the title itself).", "buyerName");
    public static OperationError TooLong(string field, int max) => new("invoiceTitle.tooLong", "At most {0} characters.", field, max);
    public static OperationError ControlCharacters(string field) => new("invoiceTitle.controlCharacters", "Remove the control characters (tabs, line breaks) from this field.", field);
    public static OperationError IndividualHasNoTaxpayerNumber() => new("invoiceTitle.individualTaxpayerNumber", "An individual's title carries no taxpayer number; leave it empty or choose Company.", "taxpayerNumber");
    public static OperationError TaxpayerNumberRequired() => new("invoiceTitle.taxpayerNumberRequired", "A company's title needs its 18-character unified social credit code.", "taxpayerNumber");
    public static OperationError CreditCodeLength(int length) => new("invoiceTitle.creditCodeLength", "The unified social credit code has 18 characters; this one has {0}.", "taxpayerNumber", length);
    public static OperationError CreditCodeCharacters(string bad) => new("invoiceTitle.creditCodeCharacters", "The unified social credit code holds digits and capital letters except I, O, Z, S and V; remove or correct: {0}.", "taxpayerNumber", bad);
    public static OperationError CreditCodeAuthority(char c) => new("invoiceTitle.creditCodeAuthority", "The first character (registration authority) cannot be {0}; it is one of 1–9, A, N or Y.", "taxpayerNumber", c.ToString());
    public static OperationError CreditCodeType(char type, char authority) => new("invoiceTitle.creditCodeType", "The second character (institution type) cannot be {0} for registration authority {1}.", "taxpayerNumber", type.ToString(), authority.ToString());
    public static OperationError CreditCodeDivision() => new("invoiceTitle.creditCodeDivision", "Characters 3 to 8 (the administrative division code) are digits.", "taxpayerNumber");
    public static OperationError CreditCodeCheck(char expected, char found) => new("invoiceTitle.creditCodeCheck", "The check character (the 18th) does not match: a character is mistyped (the code as typed would end in {0}, not {1}).", "taxpayerNumber", expected.ToString(), found.ToString());
    public static OperationError PhoneInvalid() => new("invoiceTitle.phoneInvalid", "A phone number holds digits, spaces, + and - only.", "phone");
    public static OperationError BankAccountInvalid(int max) => new("invoiceTitle.bankAccountInvalid", "A bank account number is digits only, at most {0}.", "bankAccount", max);
    public static OperationError EmailInvalid() => new("invoiceTitle.emailInvalid", "Enter an email address such as name@example.com.", "email");
    public static OperationError DuplicateTaxpayerNumber(string number) => new("invoiceTitle.duplicateTaxpayerNumber", "This customer already has a title with the taxpayer number {0}.", "taxpayerNumber", number);
    public static OperationError NotOfCustomer() => new("invoiceTitle.notOfCustomer", "Choose one of this customer's active invoice titles.", "invoiceTitle");
    public static OperationError NotFound() => new("invoiceTitle.notFound", "There is no such invoice title.");
    public static OperationError CustomerNotFound() => new("invoiceTitle.customerNotFound", "There is no such customer.");
    public static OperationError NewDefaultRequired() => new("invoiceTitle.newDefaultRequired", "This is the customer's default title: choose which title becomes the default before removing it.", "newDefault");
    public static OperationError NewDefaultInvalid() => new("invoiceTitle.newDefaultInvalid", "Choose another active title of this customer as the new default.", "newDefault");
    public static OperationError Archived() => new("invoiceTitle.archived", "This title is archived (it was printed on a receipt) and can no longer change.");
    public static OperationError TemplateNotFound() => new("invoiceTitle.templateNotFound", "There is no such invoice title template.");
    public static OperationError TemplateRetired() => new("invoiceTitle.templateRetired", "This template is retired; it cannot be applied.");
    public static OperationError TemplateNeedsTaxpayerNumber() => new("invoiceTitle.templateIndividual", "A template is a company's or institution's verified title; an individual title cannot be a template.", "type");
    public static OperationError TemplateDuplicate(string number) => new("invoiceTitle.templateDuplicate", "A template with the taxpayer number {0} already exists.", "taxpayerNumber", number);
    public static OperationError OwnerRequired() => new("invoiceTitle.ownerRequired", "Name the template's owner (who at head office answers for it).", "owner");
    public static OperationError StatusInvalid() => new("invoiceTitle.statusInvalid", "The status is Active or Retired.", "status");
    public static OperationError NotLinked() => new("invoiceTitle.notLinked", "This title is not linked to a template.");
    public static OperationError ImportRefused(int problems) => new("invoiceTitle.importInvalid", "Nothing was imported: the file has {0} problems, listed by row.", "file", problems);
    public static OperationError ImportEmpty() => new("invoiceTitle.importEmpty", "The file holds no templates: the first line names the columns, each further line is one template.", "file");
    public static OperationError ImportTooLarge(int maxRows) => new("invoiceTitle.importTooLarge", "The file holds more than {0} templates; split it.", "file", maxRows);
    public static OperationError ImportNoFile() => new("invoiceTitle.importNoFile", "Choose a CSV file to import.", "file");
    public static OperationError ImportMediaType() => new("invoiceTitle.importMediaType", "Send the CSV as text/csv.", "file");
    public static OperationError ImportNotText() => new("invoiceTitle.importNotText", "The file is not a CSV text file (UTF-8).", "file");
    public static OperationError ImportMissingColumn(string column) => new("invoiceTitle.importMissingColumn", "The column {0} is missing.", "header", column);
    public static OperationError ImportUnknownColumn(string column) => new("invoiceTitle.importUnknownColumn", "Unknown column {0}.", "header", column);
    public static OperationError ImportFieldCount(int found, int expected) => new("invoiceTitle.importFieldCount", "This row has {0} fields; the header has {1}.", "row", found, expected);
    public static OperationError ImportDuplicateInFile(string number, int row) => new("invoiceTitle.importDuplicateInFile", "The taxpayer number {0} is already in row {1} of this file.", "taxpayerNumber", number, row);
    public static OperationError ConcurrentChange() =>
        new("invoiceTitle.concurrentChange", "Another operator changed this customer's titles at the same moment; nothing was saved. Reload and try again.");
}
