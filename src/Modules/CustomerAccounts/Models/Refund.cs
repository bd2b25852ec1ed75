using Admin.Kernel.Security;

namespace Admin.Modules.CustomerAccounts.Models;

/// <summary>What a refund is. Stored and sent by name.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<RefundKind>))]
public enum RefundKind
{
    /// <summary>清户退款: what remains when a customer is closed.</summary>
    Closing,
    /// <summary>特殊退款: any amount, always reviewed.</summary>
    Special,
    /// <summary>小额退款: up to the small-refund limit, without review.</summary>
    Small,
    /// <summary>退押金: the deposit held for a closed card.</summary>
    Deposit,
}

/// <summary>Where a refund stands. Stored and sent by name.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<RefundStatus>))]
public enum RefundStatus
{
    /// <summary>Owed to the customer (in RefundsPayable) until the bank transfer is paid.</summary>
    Payable,
    /// <summary>Paid out (cash at the counter, or the transfer made).</summary>
    Paid,
}

/// <summary>
/// A refund: money leaving a customer's account, a card's account or a card's deposit. Cash is paid at once (from the
/// operator's till); a transfer stays <see cref="RefundStatus.Payable"/> in the RefundsPayable account, with the bank
/// details it is paid to, until an operator records it paid. Never edited but for that one step.
/// </summary>
public sealed class Refund : IOutletOwned
{
    public const int MaxBank = 100;
    public const int MaxAccount = 40;
    public const int MaxReason = 200;
    public const int MaxReasonCode = 40;

    public Guid Id { get; set; }
    public RefundKind Kind { get; set; }
    public RefundStatus Status { get; set; }
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public long Number { get; set; }
    /// <summary>The customer (null for an anonymous card).</summary>
    public Guid? CustomerId { get; set; }
    public string? CustomerCode { get; set; }
    public string? CustomerName { get; set; }
    /// <summary>The card refunded from (a card refund or a deposit return), else null.</summary>
    public Guid? CardId { get; set; }
    public string? CardNumber { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Cash or Transfer.</summary>
    public string Method { get; set; } = "";
    public string? BankName { get; set; }
    public string? BankAccount { get; set; }
    public string? AccountName { get; set; }
    /// <summary>The reason: a code of head office's refund reasons (字典数据 <c>RefundReasons</c>); null for a refund made before reasons were a dictionary.</summary>
    public string? ReasonCode { get; set; }
    /// <summary>The operator's note on the reason (free text); a refund made before reasons were a dictionary has its whole reason here.</summary>
    public string? Reason { get; set; }
    public DateTime At { get; set; }
    public Guid OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    public string? ReviewerLogin { get; set; }
    public long? EntryId { get; set; }
    public DateTime? PaidAt { get; set; }
    public string? PaidBy { get; set; }
    public long? PayEntryId { get; set; }
    /// <summary>Closing only: the cards closed in the task and what came back from them, as JSON.</summary>
    public string? Details { get; set; }

    public string Receipt => $"{OutletCode}-R{Number:D6}";

    /// <summary>The ledger's owner of the payable: the customer, or the card of an anonymous card.</summary>
    public Guid PayableOwner => CustomerId ?? CardId ?? Guid.Empty;
}
