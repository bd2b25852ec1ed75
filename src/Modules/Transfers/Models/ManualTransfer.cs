using Admin.Kernel.Security;

namespace Admin.Modules.Transfers.Models;

/// <summary>Which kind of account a transfer takes from or gives to.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TransferParty>))]
public enum TransferParty
{
    /// <summary>A customer account (客户账户).</summary>
    Customer,
    /// <summary>A card account (卡账户).</summary>
    Card,
}

/// <summary>
/// A manual transfer (手工转账) as head office made it: from one customer or card account to another, the amount, the reason,
/// who made it and who authorised it, and the ledger entry. Never changed afterwards: a wrong transfer is undone by another.
/// </summary>
public sealed class ManualTransfer : IOutletOwned
{
    /// <summary>Longest reason.</summary>
    public const int MaxReason = 120;

    public Guid Id { get; set; }

    /// <summary>Head office's outlet, where the transfer was made (its numbers count per outlet).</summary>
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public long Number { get; set; }

    public TransferParty FromKind { get; set; }
    public Guid FromOwnerId { get; set; }
    public Guid FromOutletId { get; set; }

    /// <summary>The customer code or the card number.</summary>
    public string FromCode { get; set; } = "";
    public Guid? FromCustomerId { get; set; }
    public string? FromCustomerCode { get; set; }

    public TransferParty ToKind { get; set; }
    public Guid ToOwnerId { get; set; }
    public Guid ToOutletId { get; set; }
    public string ToCode { get; set; } = "";
    public Guid? ToCustomerId { get; set; }
    public string? ToCustomerCode { get; set; }

    public decimal Amount { get; set; }
    public string Reason { get; set; } = "";
    public DateTime At { get; set; }
    public Guid OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    public string? ReviewerLogin { get; set; }
    public long LedgerEntryId { get; set; }

    /// <summary>The transfer's number as people call it: <c>10000000-MT000001</c>.</summary>
    public string Reference => $"{OutletCode}-MT{Number:000000}";
}
