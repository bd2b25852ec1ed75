using Admin.Kernel.Results;

namespace Admin.Modules.Printing;

/// <summary>The Printing module's messages, in one place (translated through <see cref="PrintingTexts"/>).</summary>
internal static class PrintingErrors
{
    public static OperationError FontMissing() => new("printing.fontMissing", "The Chinese font (Noto Sans SC) is missing on the server, so nothing can be printed; the administrator must rebuild or install it.");
    public static OperationError TaskTypeUnknown() => new("printing.taskTypeUnknown", "There is no such task type to print (its module may be disabled).");
    public static OperationError KindUnknown() => new("printing.kindUnknown", "There is no such voucher kind (its module may be disabled).", "kind");
    public static OperationError TaskNotFound() => new("printing.taskNotFound", "There is no such counter task.");
    public static OperationError LayoutNotFound() => new("printing.layoutNotFound", "There is no such voucher layout.");
    public static OperationError VersionNotFound() => new("printing.versionNotFound", "This layout has no such version.");
    public static OperationError NoLayout() => new("printing.noLayout", "No active voucher layout exists for this kind; head office must create one first.");
    public static OperationError HeadOfficeOnly() => new("printing.headOfficeOnly", "Only head office designs voucher layouts.");
    public static OperationError OutletOnly() => new("printing.outletOnly", "Printer calibration belongs to an outlet; sign in as an operator of that outlet.");
    public static OperationError CodeInvalid(int max) => new("printing.codeInvalid", "The code is 1 to {0} letters, digits, - or _.", "code", max);
    public static OperationError CodeTaken(string code) => new("printing.codeTaken", "A layout with the code {0} already exists.", "code", code);
    public static OperationError NameRequired(int max) => new("printing.nameRequired", "Enter a name of at most {0} characters.", "name", max);
    public static OperationError PaperSize(string field, decimal min, decimal max) => new("printing.paperSize", "The paper measures {0} to {1} mm, in steps of 0.1 mm.", field, min, max);
    public static OperationError TooManyFields(int max) => new("printing.tooManyFields", "A layout has at most {0} fields.", "fields", max);
    public static OperationError FieldValue(string field) => new("printing.fieldValue", "Choose one of the values this kind of voucher prints.", field);
    public static OperationError FieldOutside(string field) => new("printing.fieldOutside", "The field must lie on the paper (x and y from 0, in steps of 0.1 mm).", field);
    public static OperationError FieldWidth(string field) => new("printing.fieldWidth", "A field is at least 2 mm wide, in steps of 0.1 mm.", field);
    public static OperationError FontSize(string field) => new("printing.fontSize", "The font size is 5 to 36 pt.", field);
    public static OperationError Align(string field) => new("printing.align", "The alignment is Left, Center or Right.", field);
    public static OperationError Offset(string field, decimal max) => new("printing.offset", "An offset is at most {0} mm either way, in steps of 0.1 mm.", field, max);
    public static OperationError ImageInvalid(int maxMb) => new("printing.imageInvalid", "The scanned stationery is a PNG or JPEG image of at most {0} MB.", "image", maxMb);
    public static OperationError CopySource() => new("printing.copySource", "Copy the fields of an existing layout of the same kind.", "copyFrom");
    public static OperationError CopyWithFields() => new("printing.copyWithFields", "Send either the fields or the layout to copy them from, not both.", "fields");
    public static OperationError CopiedFieldsOutside(string field, string code, decimal width, decimal height) =>
        new("printing.copiedFieldsOutside", "The fields copied from {0} need paper of at least {1} × {2} mm.", field, code, width, height);
    // The kernel's message (translated by the kernel's texts), for a first calibration that lost a race.
    public static OperationError Stale(string current) => new("concurrency.stale", "Someone else changed this record after you opened it (current version {0}). Review the current values and apply your change again.", "version", current);
    public static OperationError PrintedMeanwhile() => new("printing.printedMeanwhile", "This voucher was printed by someone else a moment ago; printing it again is a reprint.");
}
