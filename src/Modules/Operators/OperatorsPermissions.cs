using Admin.Kernel.Permissions;

namespace Admin.Modules.Operators;

/// <summary>Who may do what with operators and roles.</summary>
public sealed class OperatorsPermissions : IPermissionProvider
{
    public const string View = "Operators.View";
    public const string Manage = "Operators.Manage";
    public const string ManagePasswords = "Operators.ManagePasswords";
    public const string ManageRoles = "Operators.ManageRoles";
    public const string ManageClients = "Operators.ManageClients";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "View operators, roles and effective permissions"),
        new(Manage, "Create and change operators, change login IDs, grant permissions (操作员信息维护, 更改登录ID, 操作员权限维护)"),
        new(ManagePasswords, "Reset passwords, unlock, disable and enable operators (操作员密码管理)"),
        new(ManageRoles, "Create, change and delete roles (操作员角色维护)"),
        new(ManageClients, "Register, change and disable OpenID Connect clients (systems and interactive clients) and their scopes"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View, Manage, ManagePasswords, ManageRoles, ManageClients]),
        new(DefaultRoles.Auditor, [View]),
    ];
}
