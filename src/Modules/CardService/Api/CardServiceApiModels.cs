using Admin.Kernel.Data;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Models;
using Admin.Modules.CardService.Services;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.CardService.Api;

/// <summary>The customer's ID document as presented at the counter (loss report, its cancellation).</summary>
public sealed record IdentityRequest(string? IdNumber);

/// <summary>A replacement: the new card from the operator's drawer, and the ID document of a registered card's customer.</summary>
public sealed record ReplaceRequest(string? NewCard, string? IdNumber, string? PaymentMethod = null);

/// <summary>An upgrade (3.21/3.22): the customer the card goes to (a code, or a new one), the single-user product, the present customer's ID number (a secondary card), the payment method.</summary>
public sealed record UpgradeRequest(string? Customer, NewCustomer? NewCustomer, string? Product, string? IdNumber, string? PaymentMethod);

public sealed record UpgradeDto(
    Guid Id, string Card, string FromKind, string FromProduct, string? FormerCustomer, string Kind, string Product, string Customer, string CustomerName, bool CustomerRegistered,
    decimal ReturnedToCustomer, decimal CardAccount, decimal Purse, decimal Deposit, decimal ServiceFee, string? PaymentMethod, long? EntryId, DateTime At)
{
    public static UpgradeDto From(UpgradeOutcome o) => new(o.Id, o.Card, o.FromKind, o.FromProduct, o.FormerCustomer, o.Kind, o.Product, o.Customer, o.CustomerName,
        o.CustomerRegistered, o.ReturnedToCustomer, o.CardAccount, o.Purse, o.Deposit, o.ServiceFee, o.PaymentMethod, o.EntryId, o.At);
}

/// <summary>Card data (3.10) with the version read.</summary>
public sealed record CardDataRequest(string? HolderName, string? VehiclePlate, string? Notes, string? Version);

public sealed record CardMoneyDto(decimal CardAccount, decimal Purse, decimal Deposit, decimal InTransit);

public sealed record LossReportDto(Guid Id, string Card, LossReportStatus Status, DateTime ReportedAt, string? ReportedBy, DateTime? ClosedAt, string? ClosedBy, DateTime ReplaceableFrom)
{
    public static LossReportDto From(LossReport r, int waitHours) => new(r.Id, r.CardNumber, r.Status, r.ReportedAt, r.ReportedBy, r.ClosedAt, r.ClosedBy, r.ReplaceableFrom(waitHours));
}

public sealed record ReplacementDto(
    Guid Id, string OldCard, string NewCard, ReplacementReason Reason, DateTime At, string? OperatorLogin, decimal CardAccount, decimal Deposit, long? EntryId,
    DateTime PurseDueAt, decimal? Purse, DateTime? PurseMovedAt, long? PurseEntryId, decimal Fee, string? PaymentMethod, string Version)
{
    public static ReplacementDto From(Replacement r) => new(r.Id, r.OldNumber, r.NewNumber, r.Reason, r.At, r.OperatorLogin, r.CardAmount, r.DepositAmount, r.EntryId,
        r.PurseDueAt, r.PurseAmount, r.PurseMovedAt, r.PurseEntryId, r.Fee, r.FeePaymentMethod, Versions.Format(r.Version));
}

public sealed record CardServiceCardDto(
    string Number, string Product, string Kind, string Status, string? CustomerCode, string? CustomerName, string? HolderName, string? VehiclePlate, string? Notes,
    string OutletCode, DateTime IssuedAt, DateTime? ExpiresAt, bool Expired, CardMoneyDto Balances, LossReportDto? LossReport, ReplacementDto? Replacement, string Version)
{
    public static CardServiceCardDto From(CardSummary s, int waitHours) => new(
        s.Card.Number, s.Card.ProductCode, s.Card.Kind, s.Card.Status, s.CustomerCode, s.CustomerName, s.Card.HolderName, s.Card.VehiclePlate, s.Card.Notes,
        s.Card.OutletCode, s.Card.IssuedAt, s.Card.ExpiresAt, s.Expired, new CardMoneyDto(s.Money.CardAccount, s.Money.Purse, s.Money.Deposit, s.Money.InTransit),
        s.LossReport is null ? null : LossReportDto.From(s.LossReport, waitHours), s.Replacement is null ? null : ReplacementDto.From(s.Replacement), s.Card.Version);
}

public sealed record StatusOutcomeDto(string Card, string Status, LossReportDto? LossReport, DateTime? ExpiresAt);

public sealed record CardDataDto(string Number, string? HolderName, string? VehiclePlate, string? Notes, string Version)
{
    public static CardDataDto From(CardInfo c) => new(c.Number, c.HolderName, c.VehiclePlate, c.Notes, c.Version);
}

public sealed record CardLineDto(long Id, long EntryId, AccountKind Account, decimal Change, DateTime At, string TaskType, string TaskId, string Memo, string? Reference, string? OperatorLogin, long? CorrectsEntryId)
{
    public static CardLineDto From(OwnerLine l) => new(l.LineId, l.EntryId, l.Kind, l.Change, l.At, l.TaskType, l.TaskId, l.Memo, l.Reference, l.OperatorLogin, l.CorrectsEntryId);
}

public sealed record CardLinesDto(IReadOnlyList<CardLineDto> Items, string? Next);

public sealed record PresentedCustomerDto(Guid Id, string Code, string Type, string Name, string? Phone, string Status, string Card);

public sealed record BlockListDto(long Version, bool More, IReadOnlyList<BlockListChange> Changes);

/// <summary>Restrictions (限制信息): product codes (none: all), amounts per purchase and per day, purchases per day, allowed hours <c>HH:mm</c>, the version read.</summary>
public sealed record RestrictionsRequest(List<string?>? Products, decimal? PerPurchase, decimal? PerDay, int? PurchasesPerDay, string? From, string? Until, string? Version);

/// <summary>Copy (or move) the restrictions to <c>target</c>, a card of the same customer.</summary>
public sealed record CopyRestrictionsRequest(string? Target, bool? Move);

public sealed record OilProductDto(string Code, string NameEn, string NameZh);

/// <summary>A PIN change: the old PIN and the new one twice (never answered back).</summary>
public sealed record PinChangeRequest(string? OldPin, string? NewPin, string? ConfirmPin);

/// <summary>A reviewer's credentials for a reviewed task (the first answer was 428 <c>review.required</c>).</summary>
public sealed record ReviewerRequest(string? LoginName, string? Password);

/// <summary>A PIN reset: the customer's ID number, the new PIN twice, and the reviewer once asked (428).</summary>
public sealed record PinResetRequest(string? IdNumber, string? NewPin, string? ConfirmPin, ReviewerRequest? Review);
