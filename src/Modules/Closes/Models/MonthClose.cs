using Admin.Kernel.Security;

namespace Admin.Modules.Closes.Models;

/// <summary>
/// An outlet's monthly close (网点月结): every day of the month closed, sealed by the SHA-256 over the days' seals in day
/// order. While it stands no day of the month can be reopened (the month is reopened first, by head office with review).
/// </summary>
public sealed class MonthClose : IOutletOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";

    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; set; }
    public DateTime ClosedAt { get; set; }
    public Guid? ClosedById { get; set; }
    public string ClosedBy { get; set; } = "";
    public string Hash { get; set; } = "";
    public int Days { get; set; }

    /// <summary>The month's days, first to last.</summary>
    public static IEnumerable<DateOnly> DaysOf(DateOnly month) =>
        Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays);
}

/// <summary>Whether a reopening opened a day or a month.</summary>
public enum PeriodKind
{
    Day,
    Month,
}

/// <summary>
/// A closed day or month opened again by head office (reviewed, with a reason). It keeps the close it undid (its seal, when
/// and by whom), so the history of seals survives re-closing; every report of the period shows it.
/// </summary>
public sealed class PeriodReopening : IOutletOwned
{
    public const int MaxReason = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public PeriodKind Kind { get; set; }

    /// <summary>The day, or the month's first day.</summary>
    public DateOnly Period { get; set; }
    public DateTime ReopenedAt { get; set; }
    public Guid? ReopenedById { get; set; }
    public string ReopenedBy { get; set; } = "";
    public string? ReviewerLogin { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>The close undone: its id, seal, when and by whom.</summary>
    public Guid OldCloseId { get; set; }
    public string OldHash { get; set; } = "";
    public DateTime OldClosedAt { get; set; }
    public string OldClosedBy { get; set; } = "";

    /// <summary>The last day of the period.</summary>
    public DateOnly PeriodEnd => Kind == PeriodKind.Day ? Period : Period.AddDays(DateTime.DaysInMonth(Period.Year, Period.Month) - 1);
}
