using Admin.Kernel.Settings;

namespace Admin.Modules.CustomerAccounts;

/// <summary>The refund limits head office may change.</summary>
internal sealed class CustomerAccountsSettings : ISettingsProvider
{
    /// <summary>A refund up to this amount may be paid out in cash; above it, only by bank transfer.</summary>
    public const string CashRefundLimit = "CustomerAccounts.CashRefundLimit";

    /// <summary>A refund up to this amount is a small refund (小额退款), made without review.</summary>
    public const string SmallRefundLimit = "CustomerAccounts.SmallRefundLimit";

    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(CashRefundLimit, "Refunds up to this amount may be paid in cash; larger ones are paid by bank transfer", SettingType.Money, "1000.00", 0, 1000000, Name: "Cash refund limit"),
        new(SmallRefundLimit, "Refunds up to this amount are small refunds, made without a review", SettingType.Money, "100.00", 0, 100000, Name: "Small refund limit"),
    ];
}
