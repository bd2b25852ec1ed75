using Admin.Kernel.Results;
using Admin.Modules.Outlets.Models;

namespace Admin.Modules.Outlets;

/// <summary>The Outlets module's messages, in one place (translated through <see cref="OutletsTexts"/>).</summary>
internal static class OutletsErrors
{
    public static OperationError CodeInvalid(string field = "code") => new("outlet.codeInvalid", "An outlet code is exactly 8 digits.", field);
    public static OperationError CodeTaken(string code) => new("outlet.codeTaken", "The outlet code {0} is already used (codes are never reused).", "code", code);
    public static OperationError NameRequired() => new("outlet.nameRequired", "Enter the outlet's name.", "name");
    public static OperationError TooLong(string field, int max) => new("outlet.tooLong", "At most {0} characters.", field, max);
    public static OperationError TypeRequired() => new("outlet.typeRequired", "Choose the outlet type.", "type");
    public static OperationError TypeInvalid() => new("outlet.typeInvalid", "The type is HeadOffice, Branch or Outlet.", "type");
    public static OperationError StatusInvalid(string field = "status") => new("outlet.statusInvalid", "The status is Active, Suspended or Closed.", field);
    public static OperationError DateInvalid(string field) => new("outlet.dateInvalid", "Enter the date as yyyy-MM-dd.", field);
    public static OperationError ParentRequired() => new("outlet.parentRequired", "Choose the parent: a branch belongs to head office, an outlet to a branch or head office.", "parent");
    public static OperationError ParentUnknown(string code) => new("outlet.parentUnknown", "There is no outlet {0} to be the parent.", "parent", code);
    public static OperationError ParentWrongType() => new("outlet.parentWrongType", "A branch belongs to head office; an outlet belongs to a branch or head office.", "parent");
    public static OperationError ParentClosed(string code) => new("outlet.parentClosed", "The parent {0} is closed; choose an open one.", "parent", code);
    public static OperationError SecondHeadOffice() => new("outlet.secondHeadOffice", "There is already a head office.", "type");
    public static OperationError HeadOfficeHasNoParent() => new("outlet.headOfficeHasNoParent", "Head office has no parent.", "parent");
    public static OperationError HeadOfficeStaysHeadOffice() => new("outlet.headOfficeStaysHeadOffice", "Head office keeps its type.", "type");
    public static OperationError BranchHasOutlets() => new("outlet.branchHasOutlets", "Outlets belong to this branch; move them to another branch before making it an outlet.", "type");
    public static OperationError ReasonRequired() => new("outlet.reasonRequired", "Give the reason for the change.", "reason");

    public static OperationError AlreadyInStatus(OutletStatus status) => status switch
    {
        OutletStatus.Active => new("outlet.alreadyInStatus", "The outlet is already active.", "status"),
        OutletStatus.Suspended => new("outlet.alreadyInStatus", "The outlet is already suspended.", "status"),
        _ => new("outlet.alreadyInStatus", "The outlet is already closed.", "status"),
    };

    public static OperationError HeadOfficeStaysActive() => new("outlet.headOfficeStaysActive", "Head office cannot be suspended or closed.", "status");
    public static OperationError ClosedOnlyReopens() => new("outlet.closedOnlyReopens", "A closed outlet can only be reopened.", "status");
    public static OperationError BranchHasOpenOutlets() => new("outlet.branchHasOpenOutlets", "Outlets under this branch are not closed yet; close them first.", "status");
    public static OperationError NotFound(string code) => new("outlet.notFound", "There is no outlet {0}.", null, code);
    public static OperationError PhoneInvalid() => new("outlet.phoneInvalid", "A phone number holds digits, spaces, + and - only.", "phone");
    public static OperationError HeadOfficeOnly() => new("outlet.headOfficeOnly", "Only head office creates and imports outlets.");
    public static OperationError CodeRaced() => new("outlet.codeRaced", "Someone else used one of these outlet codes at the same moment; nothing was saved. Try again.", "code");

    public static OperationError ImportRefused(int problems) => new("outlet.importInvalid", "Nothing was imported: the file has {0} problems, listed by row.", "file", problems);
    public static OperationError ImportEmpty() => new("outlet.importEmpty", "The file holds no outlets: the first line names the columns, each further line is one outlet.", "file");
    public static OperationError ImportTooLarge(int maxRows) => new("outlet.importTooLarge", "The file holds more than {0} outlets; split it.", "file", maxRows);
    public static OperationError ImportFileTooLarge(int maxKilobytes) => new("outlet.importFileTooLarge", "The file is larger than {0} KB; split it.", "file", maxKilobytes);
    public static OperationError ImportNoFile() => new("outlet.importNoFile", "Choose a CSV file to import.", "file");
    public static OperationError ImportNotText() => new("outlet.importNotText", "The file is not a CSV text file (UTF-8 or GB18030).", "file");
    public static OperationError ImportUnclosedQuote() => new("outlet.importUnclosedQuote", "A quoted field that starts on this row is never closed.", "row");
    public static OperationError ImportUnknownColumn(string column) => new("outlet.importUnknownColumn", "Unknown column {0}.", "header", column);
    public static OperationError ImportDuplicateColumn(string column) => new("outlet.importDuplicateColumn", "The column {0} appears twice.", "header", column);
    public static OperationError ImportMissingColumn(string column) => new("outlet.importMissingColumn", "The column {0} is missing.", "header", column);
    public static OperationError ImportFieldCount(int found, int expected) => new("outlet.importFieldCount", "This row has {0} fields; the header has {1}.", "row", found, expected);
    public static OperationError ImportDuplicateCode(string code, int firstRow) => new("outlet.importDuplicateCode", "The code {0} is already in row {1} of this file.", "code", code, firstRow);
    public static OperationError ImportParentLater(string code, int row) => new("outlet.importParentLater", "The parent {0} comes later in the file (row {1}); list parents before their outlets.", "parent", code, row);
    public static OperationError ImportUnsupportedMediaType() => new("outlet.importMediaType", "Send the CSV as text/csv or as a multipart/form-data file named file.", "file");
}
