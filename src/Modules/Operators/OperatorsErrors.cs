using Admin.Kernel.Results;

namespace Admin.Modules.Operators;

/// <summary>The Operators module's messages, in one place (translated through <see cref="OperatorsTexts"/>).</summary>
internal static class OperatorsErrors
{
    public static OperationError BadCredentials() => new("signIn.failed", "Password authentication failed.");
    public static OperationError Locked() => new("signIn.locked", "The account is locked after too many wrong passwords. Call head office to unlock it.");
    public static OperationError LockedFor(DateTime until) => new("signIn.locked", "The account is locked after too many wrong passwords. Try again after {0:yyyy-MM-dd HH:mm} UTC or call head office.", null, until);
    public static OperationError Disabled() => new("signIn.disabled", "This operator is disabled. Call head office.");
    public static OperationError OutletNotActive() => new("signIn.outletNotActive", "This outlet is suspended or closed; its operators cannot sign in.");
    public static OperationError PasswordChangeRequired() => new("password.changeRequired", "You must set a new password before doing anything else.");
    public static OperationError OutletCodeInvalid() => new("signIn.outletCodeInvalid", "An outlet code is exactly 8 digits.", "outletCode");
    public static OperationError Required(string field, string label) => new("field.required", "Enter the {0}.", field, label);
    public static OperationError PasswordsDiffer() => new("password.mismatch", "The two new passwords differ.", "confirmPassword");
    public static OperationError SamePassword() => new("password.unchanged", "The new password must differ from the old one.", "newPassword");
    public static OperationError RefreshInvalid() => new("token.invalid", "The refresh token is invalid or expired. Sign in again.");
    public static OperationError NotFound() => new("operator.notFound", "There is no such operator.");
    public static OperationError LoginNameInvalid(string field = "loginName") => new("operator.loginNameInvalid", "A login name has 3 to 32 letters, digits, '.', '_' or '-'.", field);
    public static OperationError LoginNameTaken(string name) => new("operator.loginNameTaken", "The login name {0} is already used at this outlet.", "loginName", name);
}
