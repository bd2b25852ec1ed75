using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.Ledger.Models;

/// <summary>A balanced entry: lines that sum to zero, written once (a correction is a new entry naming this one).</summary>
public sealed class LedgerEntry : IOutletOwned, IAppendOnly
{
    public long Id { get; set; }
    public string TaskType { get; set; } = "";
    public string TaskId { get; set; } = "";
    public Guid OutletId { get; set; }
    public Guid? OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    public DateTime At { get; set; }
    public string Memo { get; set; } = "";

    /// <summary>The task's document as a person names it (a receipt number), if any.</summary>
    public string? Reference { get; set; }
    public long? CorrectsEntryId { get; set; }
    public List<LedgerLine> Lines { get; set; } = [];
}

/// <summary>One line of an entry: an account and an amount in fen, debit positive and credit negative.</summary>
public sealed class LedgerLine : IAppendOnly
{
    public long Id { get; set; }
    public long EntryId { get; set; }
    public int LineNo { get; set; }
    public long AccountId { get; set; }
    public long Amount { get; set; }
}

/// <summary>Amounts: CNY with at most two decimals at the contract, whole fen (分) in the tables (exact sums on both databases).</summary>
public static class Fen
{
    /// <summary>Largest amount of one line (ten thousand billion CNY), far below the range of a 64-bit sum.</summary>
    public const decimal MaxAmount = 10_000_000_000_000m;

    /// <summary>The amount in fen, or null when it has more than two decimals or is out of range.</summary>
    public static long? Of(decimal amount) =>
        decimal.Round(amount, 2) != amount || Math.Abs(amount) > MaxAmount ? null : (long)(amount * 100m);

    /// <summary>Fen back to CNY.</summary>
    public static decimal ToCny(long fen) => fen / 100m;
}
