using Admin.Kernel.Security;

namespace Admin.Modules.CustomerAccounts.Models;

/// <summary>Where an arrival stands. Stored and sent by name.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ArrivalStatus>))]
public enum ArrivalStatus
{
    /// <summary>Received, not yet known whose: the money waits in Suspense.</summary>
    Unmatched,
    /// <summary>Credited to the customer's account (once).</summary>
    Matched,
}

/// <summary>
/// A bank transfer received for a customer (客户到账), recorded by head office or an outlet. Recording puts the money in the
/// recorder's Suspense; matching moves it to the customer's account, once (the status changes only from Unmatched to
/// Matched, by a conditional update inside the task's transaction).
/// </summary>
public sealed class Arrival : IOutletOwned
{
    public const int MaxReference = 40;
    public const int MaxPayer = 100;
    public const int MaxNote = 200;

    public Guid Id { get; set; }
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public long Number { get; set; }
    public decimal Amount { get; set; }
    /// <summary>The bank's reference of the transfer, upper case without spaces (unique: one transfer is recorded once).</summary>
    public string BankReference { get; set; } = "";
    public string Payer { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public string? Note { get; set; }
    public ArrivalStatus Status { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid RecordedById { get; set; }
    public string? RecordedBy { get; set; }
    public long RecordEntryId { get; set; }
    public Guid? CustomerId { get; set; }
    public string? CustomerCode { get; set; }
    public string? CustomerName { get; set; }
    public DateTime? MatchedAt { get; set; }
    public string? MatchedBy { get; set; }
    public long? MatchEntryId { get; set; }

    public string Reference => $"{OutletCode}-A{Number:D6}";
}
