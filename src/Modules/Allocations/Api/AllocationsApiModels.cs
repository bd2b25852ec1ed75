using Admin.Modules.Allocations.Models;

namespace Admin.Modules.Allocations.Api;

/// <summary>A card and the amount to put on it.</summary>
public sealed record AllocationCardRequest(string? Card, decimal? Amount);

/// <summary>
/// A pre-allocation: <c>customer</c> (code or id) or the presented <c>primaryCard</c>; <c>cards</c> with amounts, or
/// <c>template</c> (id or name) with <c>total</c> (needed for a template of shares; for one of amounts, empty or their sum).
/// </summary>
public sealed record AllocationRequest(string? Customer, string? PrimaryCard, List<AllocationCardRequest?>? Cards, string? Template, decimal? Total);

/// <summary>One card of a pre-allocation: number, amount, the card account's balance now.</summary>
public sealed record AllocationLineDto(string Card, decimal Amount, decimal? Balance);

/// <summary>A pre-allocation as written.</summary>
public sealed record AllocationDto(
    Guid Id, string Outlet, string Customer, string CustomerName, string? PrimaryCard, Guid? Template, string? TemplateName, decimal Total, long LedgerEntry,
    DateTime At, string? Operator, IReadOnlyList<AllocationLineDto> Cards)
{
    internal static AllocationDto From(Allocation a, IReadOnlyDictionary<Guid, decimal>? balances = null) =>
        new(a.Id, a.OutletCode, a.CustomerCode, a.CustomerName, a.PrimaryCardNumber, a.TemplateId, a.TemplateName, a.Total, a.LedgerEntryId, a.At, a.OperatorLogin,
            a.Lines.OrderBy(l => l.LineNo).Select(l => new AllocationLineDto(l.CardNumber, l.Amount, balances?.GetValueOrDefault(l.CardId))).ToList());
}

/// <summary>A template line: card and amount (Amount mode) or share (Share mode).</summary>
public sealed record TemplateLineRequest(string? Card, decimal? Value);

/// <summary>A template: <c>name</c>, <c>mode</c> Amount (default) or Share, <c>lines</c>; <c>version</c> when changing one.</summary>
public sealed record TemplateRequest(string? Name, string? Mode, List<TemplateLineRequest?>? Lines, string? Version);

/// <summary>A template line as kept.</summary>
public sealed record TemplateLineDto(string Card, decimal Value);

/// <summary>A customer's pre-allocation template.</summary>
public sealed record TemplateDto(Guid Id, Guid Customer, string Name, TemplateMode Mode, decimal? Total, IReadOnlyList<TemplateLineDto> Lines, DateTime ChangedAt, string? ChangedBy, string Version)
{
    internal static TemplateDto From(AllocationTemplate t) =>
        new(t.Id, t.CustomerId, t.Name, t.Mode, t.Mode == TemplateMode.Amount ? t.Lines.Sum(l => l.Value) : null,
            t.Lines.OrderBy(l => l.LineNo).Select(l => new TemplateLineDto(l.CardNumber, l.Value)).ToList(), t.ChangedAt, t.ChangedBy, Admin.Kernel.Data.Versions.Format(t.Version));
}

/// <summary>Start a load or unload: the card (as read) and the amount.</summary>
public sealed record PurseTransferRequest(string? Card, decimal? Amount);

/// <summary>The card's balances: card account, purse as last known, in transit.</summary>
public sealed record CardBalancesDto(decimal Card, decimal Purse, decimal InTransit);

/// <summary>A load or unload and where it stands.</summary>
public sealed record PurseTransferDto(
    Guid Id, PurseTransferKind Kind, PurseTransferStatus Status, string Card, decimal Amount, string Outlet, DateTime StartedAt, DateTime ExpiresAt,
    DateTime? SettledAt, VoidReason? VoidReason, long StartEntry, long? SettleEntry, string? Operator, string? SettledBy, CardBalancesDto Balances)
{
    internal static PurseTransferDto From(PurseTransfer t, (decimal Card, decimal Purse, decimal InTransit) b) =>
        new(t.Id, t.Kind, t.Status, t.CardNumber, t.Amount, t.OutletCode, t.StartedAt, t.ExpiresAt, t.SettledAt, t.VoidReason, t.StartEntryId, t.SettleEntryId,
            t.OperatorLogin, t.SettledBy, new CardBalancesDto(b.Card, b.Purse, b.InTransit));
}
