using Admin.Kernel.Results;

namespace Admin.Modules.Operators;

/// <summary>The Operators module's messages, in one place (translated through <see cref="OperatorsTexts"/>).</summary>
internal static class OperatorsErrors
{
    public static OperationError BadCredentials() => new("signIn.failed", "Password authentication failed.");
    public static OperationError Locked() => new("signIn.locked", "The account is locked after too many wrong passwords. Call head office to unlock it.");
    public static OperationError LockedFor(string localUntil) => new("signIn.locked", "The account is locked after too many wrong passwords. Try again after {0} (local time) or call head office.", null, localUntil);
    public static OperationError Disabled() => new("signIn.disabled", "This operator is disabled. Call head office.");
    public static OperationError OutletNotActive() => new("signIn.outletNotActive", "This outlet is suspended or closed; its operators cannot sign in.");
    public static OperationError OutletCodeInvalid() => new("signIn.outletCodeInvalid", "An outlet code is exactly 8 digits.", "outletCode");
    /// <summary>"Enter the login name." etc.: the whole sentence is one translatable text.</summary>
    public static OperationError Required(string field, string label) => new("field.required", $"Enter the {label}.", field);
    public static OperationError PasswordsDiffer() => new("password.mismatch", "The two new passwords differ.", "confirmPassword");
    public static OperationError OldPasswordWrong() => new("password.oldWrong", "The old password is wrong.", "oldPassword");
    /// <summary>Longer than the policy allows, or (by default) than any password may be: refused before hashing megabyte inputs.</summary>
    public static OperationError PasswordTooLong(string field, int max = 128) => new("password.tooLong", "The password must be at most {0} characters.", field, max);

    // The password policy (PasswordPolicy)
    public static OperationError PasswordTooShort(string field, int min) => new("password.tooShort", "The password must be at least {0} characters.", field, min);
    public static OperationError PasswordControlCharacters(string field) => new("password.controlCharacters", "The password must not contain control characters.", field);
    public static OperationError PasswordLettersAndDigits(string field) => new("password.lettersAndDigits", "The password must contain both letters and digits.", field);
    public static OperationError PasswordContainsLoginName(string field) => new("password.containsLoginName", "The password must not be the login name.", field);
    public static OperationError PasswordCommon(string field) => new("password.common", "This password is too common; choose another.", field);
    public static OperationError PasswordReused(string field, int history) => new("password.reused", "The password must differ from your last {0} passwords.", field, history);

    public static OperationError SamePassword() => new("password.unchanged", "The new password must differ from the old one.", "newPassword");

    // Clients (OpenID Connect clients registered by head office)
    public static OperationError ClientNotFound() => new("client.notFound", "No such client.");
    public static OperationError ClientIdTaken(string id) => new("client.idTaken", "A client with the id {0} exists already.", "clientId", id);
    public static OperationError ClientIdInvalid() => new("client.idInvalid", "A client id is 3 to 32 of lower-case letters, digits, '.', '_' and '-'.", "clientId");
    public static OperationError ClientNameInvalid() => new("client.nameInvalid", "Enter a name of at most 100 characters.", "displayName");
    public static OperationError ClientKindInvalid() => new("client.kindInvalid", "Choose System or Interactive.", "kind");
    public static OperationError ClientScopeUnknown(string scope) => new("client.scopeUnknown", "{0} is not a permission of the console.", "scopes", scope);
    public static OperationError ClientScopesRequired() => new("client.scopesRequired", "Grant a system client at least one scope.", "scopes");
    public static OperationError ClientScopesForSystems() => new("client.scopesForSystems", "Scopes are granted to system clients only: an interactive client acts with the signed-in operator's permissions.", "scopes");
    public static OperationError ClientRedirectUriInvalid() => new("client.redirectUriInvalid", "Redirect URIs are up to 10 absolute URIs without a fragment.", "redirectUris");
    public static OperationError ClientRedirectUriRequired() => new("client.redirectUriRequired", "An interactive client needs at least one redirect URI.", "redirectUris");
    public static OperationError ClientRedirectUrisForInteractive() => new("client.redirectUrisForInteractive", "Only interactive clients have redirect URIs.", "redirectUris");
    public static OperationError ClientStale() => new("concurrency.stale", "The client was changed meanwhile. Reload it and apply your change again.");
    // Passkeys
    public static OperationError PasskeyNameInvalid() => new("passkey.nameInvalid", "Name the passkey (at most 50 characters), e.g. the device it is on.", "name");
    public static OperationError PasskeyNotCreated() => new("passkey.notCreated", "The passkey was not registered: the browser's answer was missing or did not match. Try again.", "credential");
    public static OperationError PasskeyNotFound() => new("passkey.notFound", "No such passkey.");
    public static OperationError PasskeyNotAccepted() => new("passkey.notAccepted", "The passkey was not accepted. Try again, or sign in again from the start.", "credential");
    public static OperationError PasskeysForAdministrators() => new("passkey.forAdministrators", "Passkeys are for operators who administer the console; counter operators sign in with their password.");
    public static OperationError PasskeyRequired() => new("signIn.passkeyRequired", "Your role requires a passkey as well as the password: sign in on the console's sign-in page (or through a client with the authorization code flow).");
    public static OperationError PasskeySignInExpired() => new("passkey.signInExpired", "Sign in again: the password step is over five minutes old, was not done, or your account changed meanwhile.");
    public static OperationError ClientHasNoSecret() => new("client.noSecret", "An interactive client has no secret: only system clients get one.");
    public static OperationError ClientAlreadyInStatus(string status) => new("client.alreadyInStatus", "The client is {0} already.", null, status);
    public static OperationError NotFound() => new("operator.notFound", "There is no such operator.");
    public static OperationError LoginNameInvalid(string field = "loginName") => new("operator.loginNameInvalid", "A login name has 3 to 32 letters, digits, '.', '_' or '-'.", field);
    public static OperationError LoginNameTaken(string name) => new("operator.loginNameTaken", "The login name {0} is already used at this outlet.", "loginName", name);

    // Operators (操作员信息维护, 更改登录ID, 操作员密码管理)
    public static OperationError OutletUnknown(string code) => new("operator.outletUnknown", "There is no outlet {0}.", "outletCode", code);
    public static OperationError OutletClosed(string code) => new("operator.outletClosed", "The outlet {0} is closed; it takes no new operators.", "outletCode", code);
    public static OperationError DisplayNameInvalid() => new("operator.displayNameInvalid", "Enter the operator's name (at most 50 characters).", "displayName");
    public static OperationError EmployeeNumberTooLong() => new("operator.employeeNumberTooLong", "At most {0} characters.", "employeeNumber", 32);
    public static OperationError PhoneInvalid() => new("operator.phoneInvalid", "A phone number holds digits, spaces, + and - only.", "phone");
    public static OperationError RoleNameLength() => new("role.nameInvalid", "A role name has 1 to 64 characters.", "name");
    public static OperationError RecipePermissionsUnknown(string names) => new("role.permissionUnknown", "Unknown permissions: {0}.", "permissions", names);
    public static OperationError DemoPasswordMissing() => new("recipe.demoPasswordMissing", "Set Setup:DemoPassword (for example the environment variable Setup__DemoPassword) to the demo operators' first password.", "Setup:DemoPassword");
    public static OperationError RoleUnknown(string name, string field = "roles") => new("operator.roleUnknown", "There is no role {0}.", field, name);
    public static OperationError OutletFilterInvalid() => new("operator.outletFilterInvalid", "An outlet code is exactly 8 digits.", "outlet");
    public static OperationError SearchTooLong() => new("operator.searchTooLong", "At most {0} characters.", "search", 64);
    public static OperationError LoginNameUnchanged() => new("operator.loginNameUnchanged", "The new login name is the same as the current one.", "loginName");
    public static OperationError StatusInvalid() => new("operator.statusInvalid", "The status is Active or Disabled.", "status");
    public static OperationError StatusFilterInvalid() => new("operator.statusFilterInvalid", "The status filter is Active, Disabled, Locked or MustChangePassword.", "status");
    public static OperationError AlreadyInStatus(string status) => new("operator.alreadyInStatus", "The operator is already {0}.", "status", status);
    public static OperationError NotLocked() => new("operator.notLocked", "The operator is not locked and has no failed attempts to clear.");
    public static OperationError CannotDisableSelf() => new("operator.self", "You cannot disable your own account.");
    public static OperationError LastAdministrator() => new("operator.lastAdministrator", "This is the last active operator with the Administrator role; head office would be locked out.");
    public static OperationError OutranksCaller(string permissions) => new("operator.outranksCaller", "You cannot manage this operator: they hold permissions you do not hold ({0}).", null, permissions);

    // Permissions (操作员权限维护) and escalation
    public static OperationError PermissionUnknown(string name, string field = "permission") => new("permission.unknown", "There is no permission {0} among the enabled modules.", field, name);
    public static OperationError PermissionNotHeld(string name) => new("permission.notHeld", "You cannot grant {0}: you do not hold it yourself.", "permission", name);
    public static OperationError PermissionAlreadyDirect(string name) => new("permission.alreadyGranted", "{0} is already granted directly to this operator.", "permission", name);
    public static OperationError PermissionNotDirect(string name) => new("permission.notDirect", "{0} is not granted directly to this operator (it may come from a role; change the roles instead).", "permission", name);
    public static OperationError RoleNotHeld(string role, string permissions) => new("role.notHeld", "You cannot assign the role {0}: it carries permissions you do not hold ({1}).", "roles", role, permissions);

    // Roles (操作员角色维护)
    public static OperationError RoleNotFound() => new("role.notFound", "There is no such role.");
    public static OperationError RoleNameInvalid() => new("role.nameInvalid", "A role name has 1 to 64 characters and none of / \\ ? # % or control characters.", "name");
    public static OperationError RoleNameTaken(string name) => new("role.nameTaken", "There is already a role named {0}.", "name", name);
    public static OperationError RoleDescriptionTooLong() => new("role.descriptionTooLong", "At most {0} characters.", "description", 200);
    public static OperationError RolePermissionsNotHeld(string permissions) => new("role.permissionNotHeld", "You cannot give a role permissions you do not hold yourself: {0}.", "permissions", permissions);
    public static OperationError RoleProtected() => new("role.protected", "The Administrator role cannot be deleted.");
    public static OperationError RoleProtectedPermissions(string permissions) => new("role.protectedPermission", "The Administrator role must keep these permissions, so that head office cannot be locked out: {0}.", "permissions", permissions);
    public static OperationError SystemRoleRename() => new("role.systemRename", "A role created by the setup cannot be renamed (recipes find it by name).", "name");
    public static OperationError RoleInUse(string name, int operators) => new("role.inUse", "The role {0} is held by {1} operator(s). Take it away from them first, then delete it.", null, name, operators);
}
