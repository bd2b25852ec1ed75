using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.BatchTopUps.Models;

/// <summary>Where a batch top-up list stands (the state machine is in the module's README).</summary>
public enum BatchTopUpStatus
{
    /// <summary>Submitted by its maker, waiting for a colleague's review.</summary>
    Submitted,
    /// <summary>Taken back by its maker before review (取回); it is not executed.</summary>
    Withdrawn,
    /// <summary>Voided (作废); it is not executed.</summary>
    Voided,
    /// <summary>Reviewed; a job is executing it (big lists).</summary>
    Executing,
    /// <summary>Executed: every line posted, once.</summary>
    Executed,
    /// <summary>Its job ended in an error (not a refusal): the reason is on the list; it may be run again (the lines not yet posted).</summary>
    Failed,
}

/// <summary>The English label of a status (translated when shown; "Withdrawn" alone is another module's word).</summary>
public static class BatchTopUpLabels
{
    public static string Status(BatchTopUpStatus status) => status == BatchTopUpStatus.Withdrawn ? "Withdrawn by the maker" : status.ToString();
}

/// <summary>
/// A company customer's list of cards and amounts (批量充值清单), fixed at submission: <see cref="ContentHash"/> is the
/// SHA-256 of its canonical lines, checked again when it is reviewed.
/// </summary>
public sealed class BatchTopUpList : IVersioned, IOutletOwned
{
    public Guid Id { get; set; }

    /// <summary>The list's number, per outlet (e.g. <c>PL20000001-000012</c>).</summary>
    public string Number { get; set; } = "";

    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public Guid CustomerId { get; set; }
    public Guid CustomerOutletId { get; set; }
    public string CustomerCode { get; set; } = "";
    public string CustomerName { get; set; } = "";
    public int LineCount { get; set; }
    public decimal Total { get; set; }

    /// <summary>SHA-256 (hex) of the canonical lines (<see cref="HashOf"/>), fixed at submission.</summary>
    public string ContentHash { get; set; } = "";

    public string? Note { get; set; }
    public BatchTopUpStatus Status { get; set; }
    public Guid MakerId { get; set; }
    public string MakerLogin { get; set; } = "";
    public DateTime SubmittedAt { get; set; }
    public Guid? ReviewerId { get; set; }
    public string? ReviewerLogin { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public DateTime? ExecutedAt { get; set; }

    /// <summary>Who withdrew or voided it, and when.</summary>
    public string? ClosedBy { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>The last refused execution (e.g. <c>ledger.insufficientFunds</c>) and its words; the list stays submitted.</summary>
    public string? RefusalCode { get; set; }
    public string? RefusalMessage { get; set; }
    public DateTime? RefusedAt { get; set; }

    /// <summary>The first and last ledger entries of the execution.</summary>
    public long? FirstEntryId { get; set; }
    public long? LastEntryId { get; set; }

    public long Version { get; set; }

    public List<BatchTopUpLine> Lines { get; set; } = [];

    /// <summary>How many times a failed job was run again (each run is a job of its own).</summary>
    public int Reruns { get; set; }

    /// <summary>The job that executes a big list (its latest run).</summary>
    public string JobKey => KeyOf(Id, Reruns);

    /// <summary>The key of run <paramref name="reruns"/> of a list's job (the first run keeps the plain key).</summary>
    public static string KeyOf(Guid id, int reruns) => reruns == 0 ? $"BatchTopUps.Execute:{id:N}" : $"BatchTopUps.Execute:{id:N}:{reruns}";

    /// <summary>A list whose job failed may be run again.</summary>
    public bool CanRerun => Status == BatchTopUpStatus.Failed;

    /// <summary>The maker may take the list back while it waits for review.</summary>
    public bool CanWithdraw(Guid operatorId) => Status == BatchTopUpStatus.Submitted && MakerId == operatorId;

    /// <summary>A list not executed (nor executing) may be voided.</summary>
    public bool CanVoid => Status is BatchTopUpStatus.Submitted or BatchTopUpStatus.Withdrawn;

    /// <summary>Only a submitted list is reviewed.</summary>
    public bool CanReview => Status == BatchTopUpStatus.Submitted;

    /// <summary>
    /// The canonical content: the customer, then one line per card in line order, <c>lineNo|cardId|cardNumber|amount</c>
    /// (amount with two decimals, invariant), joined by newlines; its SHA-256 in lower-case hex.
    /// </summary>
    public static string HashOf(Guid customerId, IEnumerable<BatchTopUpLine> lines)
    {
        var text = new StringBuilder("customer|").Append(customerId.ToString("D")).Append('\n');
        foreach (var line in lines.OrderBy(l => l.LineNo))
        {
            text.Append(line.LineNo.ToString(CultureInfo.InvariantCulture)).Append('|').Append(line.CardId.ToString("D")).Append('|')
                .Append(line.CardNumber).Append('|').Append(line.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>One card and amount of a list.</summary>
public sealed class BatchTopUpLine
{
    public long Id { get; set; }
    public Guid ListId { get; set; }
    public int LineNo { get; set; }
    public Guid CardId { get; set; }
    public Guid CardOutletId { get; set; }
    public string CardNumber { get; set; } = "";
    public decimal Amount { get; set; }

    /// <summary>The ledger entry that posted this line, once posted: a run again posts only the lines without one.</summary>
    public long? EntryId { get; set; }
}
