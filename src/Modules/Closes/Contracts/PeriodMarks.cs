namespace Admin.Modules.Closes.Contracts;

/// <summary>A closed day or month that head office opened again: what every report of the period shows ("reopened on … by … reason").</summary>
public sealed record PeriodMark(Guid OutletId, string OutletCode, string Kind, DateOnly From, DateOnly To, DateTime ReopenedAt, string ReopenedBy, string? Reviewer, string Reason);

/// <summary>The reopenings reports show (the Reports module's period reports).</summary>
public interface IPeriodMarks
{
    /// <summary>Reopenings of days or months overlapping [<paramref name="from"/>, <paramref name="to"/>] (of one outlet when given), oldest first.</summary>
    Task<IReadOnlyList<PeriodMark>> ReopeningsAsync(Guid? outletId, DateOnly from, DateOnly to, CancellationToken ct = default);
}
