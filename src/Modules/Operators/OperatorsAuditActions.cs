using Admin.Kernel.Audit;

namespace Admin.Modules.Operators;

/// <summary>The audit actions this module records, named in both languages (the audit trail shows the name, not the code).</summary>
internal sealed class OperatorsAuditActions : ModuleAuditActions
{
    protected override string? Module => OperatorsModule.ModuleId;

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("SignIn", "Signed in", "登录"),
        ("SignOut", "Signed out", "退出登录"),
        ("SignIn.Failed", "Sign-in failed", "登录失败"),
        ("SignIn.Refused", "Sign-in refused", "拒绝登录"),
        ("PasswordChange.Failed", "Password change failed", "修改密码失败"),
        ("PasswordChange.Refused", "Password change refused", "拒绝修改密码"),
        ("Review.Failed", "Reviewer password wrong", "复核人密码错误"),
        ("Review.Refused", "Reviewer refused", "拒绝复核人"),
        ("Operator.Create", "Operator created", "操作员已创建"),
        ("Operator.Update", "Operator changed", "修改操作员"),
        ("Operator.ChangeLoginName", "Login name changed", "修改登录名"),
        ("Operator.Disable", "Operator disabled", "操作员已停用"),
        ("Operator.Enable", "Operator enabled", "启用操作员"),
        ("Operator.Lock", "Operator locked", "锁定操作员"),
        ("Operator.Unlock", "Operator unlocked", "解锁操作员"),
        ("Password.Change", "Own password changed", "本人修改密码"),
        ("Password.Reset", "Password reset", "密码已重置"),
        ("Permission.Grant", "Permission granted", "授予权限"),
        ("Permission.Revoke", "Permission revoked", "收回权限"),
        ("Role.Create", "Role created", "新建角色"),
        ("Role.Update", "Role changed", "修改角色"),
        ("Role.Delete", "Role deleted", "删除角色"),
        ("Client.Register", "Client registered", "客户端已登记"),
        ("Client.Update", "Client changed", "修改客户端"),
        ("Client.Disable", "Client disabled", "停用客户端"),
        ("Client.Enable", "Client enabled", "启用客户端"),
        ("Client.NewSecret", "Client secret replaced", "更换客户端密钥"),
        ("Passkey.Add", "Passkey registered", "登记通行密钥"),
        ("Passkey.Remove", "Passkey removed", "删除通行密钥"),
        ("SignIn.PasskeyFailed", "Passkey check failed", "通行密钥验证失败"),
        ("SignIn.PasswordAccepted", "Password accepted, passkey step pending", "密码正确，待验证通行密钥"),
    ];

    protected override IEnumerable<(string English, string Chinese)> RecordTexts =>
    [
        ("Operator", "操作员"),
        ("Role", "角色"),
        ("Account locked", "账户已锁定"),
        ("Outlet not active", "网点未营业"),
        ("Password changed by the operator", "操作员本人修改了密码"),
        ("Temporary password issued; sessions and tokens ended", "已发放临时密码；会话和令牌已失效"),
        ("Sessions and tokens ended", "会话和令牌已失效"),
        ("Client", "客户端"),
        ("Passkey", "通行密钥"),
        ("Tokens ended", "令牌已失效"),
        ("The old secret no longer works; its tokens ended", "旧密钥已失效，其令牌已失效"),
        (Services.OperatorPasskeys.SignedInWithPasskey, "凭密码和通行密钥"),
        (Services.OperatorPasskeys.SignedInWithNewPasskey, "凭密码，并在本次登录时登记了第一个通行密钥"),
        (Services.SignInService.PasskeyRequiredSummary, "密码正确，但需要通行密钥，而此登录方式无法提供"),
    ];
}
