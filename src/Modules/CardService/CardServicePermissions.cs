using Admin.Kernel.Permissions;

namespace Admin.Modules.CardService;

/// <summary>One permission per card-service task; outlet operators serve the cards of their own outlet.</summary>
public sealed class CardServicePermissions : IPermissionProvider
{
    public const string View = "CardService.View";
    public const string EditData = "CardService.EditData";
    public const string ReportLoss = "CardService.ReportLoss";
    public const string CancelLoss = "CardService.CancelLoss";
    public const string ReportBad = "CardService.ReportBad";
    public const string Replace = "CardService.Replace";
    public const string Reactivate = "CardService.Reactivate";
    public const string ViewBlockList = "CardService.ViewBlockList";
    public const string Restrictions = "CardService.Restrictions";
    public const string ChangePin = "CardService.ChangePin";
    public const string UnlockPin = "CardService.UnlockPin";
    public const string ResetPin = "CardService.ResetPin";
    public const string Upgrade = "CardService.Upgrade";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "Card service: find cards and customers (also by the presented card), see balances and the card's ledger lines"),
        new(EditData, "Change a card's holder, vehicle plate and notes"),
        new(ReportLoss, "Report a registered card lost (挂失)"),
        new(CancelLoss, "Cancel a loss report (止挂)"),
        new(ReportBad, "Report a card bad (坏卡)"),
        new(Replace, "Replace a lost, bad or expired card with a new card from one's drawer (补卡), and move its purse balance when due"),
        new(Reactivate, "Reactivate an expired card (失效卡)"),
        new(ViewBlockList, "Read the block list terminals keep"),
        new(ChangePin, "Change a card's PIN with the old PIN"),
        new(UnlockPin, "Unlock a card's PIN locked after too many wrong PINs"),
        new(ResetPin, "Reset a card's PIN (the customer's ID document checked; reviewed)"),
        new(Upgrade, "Upgrade a secondary card to a single-user card or an anonymous card to a registered card, keeping its number (3.21/3.22)"),
        new(Restrictions, "Set a card's restrictions (限制信息) and copy or move them to another card of the customer"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [View, ViewBlockList]),
        new(DefaultRoles.Auditor, [View, ViewBlockList]),
        new(DefaultRoles.OutletOperator, [View, EditData, ReportLoss, CancelLoss, ReportBad, Replace, Reactivate, Restrictions, ChangePin, UnlockPin, ResetPin, Upgrade]),
        new(DefaultRoles.Reviewer, [View]),
    ];
}
