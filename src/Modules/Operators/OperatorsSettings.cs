using Admin.Kernel.Settings;

namespace Admin.Modules.Operators;

/// <summary>The login rules' system settings (系统编码), with the trade's defaults.</summary>
internal sealed class OperatorsSettings : ISettingsProvider
{
    public const string MaxFailedAttempts = "Operators.MaxFailedAttempts";
    public const string LockoutMinutes = "Operators.LockoutMinutes";
    public const string PasswordMinLength = "Operators.PasswordMinLength";
    public const string PasswordMaxLength = "Operators.PasswordMaxLength";
    public const string PasswordHistory = "Operators.PasswordHistory";
    public const string PasswordMaxAgeDays = "Operators.PasswordMaxAgeDays";
    public const string ModernPasswordRules = "Operators.ModernPasswordRules";
    public const string AdministratorsNeedPasskey = "Operators.AdministratorsNeedPasskey";
    public const string TokenPruneIntervalSeconds = "Operators.TokenPruneIntervalSeconds";
    public const string TokenPruneAgeDays = "Operators.TokenPruneAgeDays";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(MaxFailedAttempts, "Consecutive wrong passwords before the account is locked", SettingType.Integer, "3", 1, 20, Name: "Wrong passwords before a lock"),
        new(LockoutMinutes, "Minutes a lock lasts (0: until head office unlocks)", SettingType.Integer, "0", 0, 10080, Name: "Lock duration (minutes)"),
        new(PasswordMinLength, "Minimum password length", SettingType.Integer, "8", 8, 64, Name: "Minimum password length"),
        new(PasswordMaxLength, "Maximum password length", SettingType.Integer, "12", 8, 64, Name: "Maximum password length"),
        new(PasswordHistory, "Previous passwords that cannot be reused", SettingType.Integer, "5", 0, 24, Name: "Password history"),
        new(PasswordMaxAgeDays, "Days before a password expires (0: never)", SettingType.Integer, "90", 0, 3650, Name: "Password lifetime (days)"),
        new(ModernPasswordRules, "Modern rules (NIST SP 800-63B): no letter-and-digit rule, common passwords refused", SettingType.Boolean, "false", Name: "Modern password rules"),
        new(AdministratorsNeedPasskey, "Operators holding an administration permission sign in with password and passkey", SettingType.Boolean, "false",
            Name: "Passkey required for administrators"),
        new(TokenPruneIntervalSeconds, "How often the scheduled job deletes API tokens and authorizations that can no longer be used", SettingType.Integer, "3600", 60, 604800,
            Name: "Token pruning interval (seconds)"),
        new(TokenPruneAgeDays, "Days an expired, redeemed or revoked API token is kept before the scheduled job deletes it", SettingType.Integer, "14", 1, 365,
            Name: "Ended tokens kept (days)"),
    ];
}
