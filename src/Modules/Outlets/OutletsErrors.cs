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
    public static OperationError ParentRequired() => new("outlet.parentRequired", "Choose the parent: a branch belongs to head office, an outlet to a branch or head office.", "parent");
    public static OperationError ParentUnknown(string code) => new("outlet.parentUnknown", "There is no outlet {0} to be the parent.", "parent", code);
    public static OperationError ParentWrongType() => new("outlet.parentWrongType", "A branch belongs to head office; an outlet belongs to a branch or head office.", "parent");
    public static OperationError SecondHeadOffice() => new("outlet.secondHeadOffice", "There is already a head office.", "type");
    public static OperationError HeadOfficeHasNoParent() => new("outlet.headOfficeHasNoParent", "Head office has no parent.", "parent");
    public static OperationError ReasonRequired() => new("outlet.reasonRequired", "Give the reason for the change.", "reason");
    public static OperationError AlreadyInStatus(OutletStatus status) => new("outlet.alreadyInStatus", "The outlet is already {0}.", "status", status.ToString());
    public static OperationError HeadOfficeStaysActive() => new("outlet.headOfficeStaysActive", "Head office cannot be suspended or closed.", "status");
    public static OperationError NotFound(string code) => new("outlet.notFound", "There is no outlet {0}.", null, code);
    public static OperationError PhoneInvalid() => new("outlet.phoneInvalid", "A phone number holds digits, spaces, + and - only.", "phone");
}
