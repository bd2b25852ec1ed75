using Admin.Modules.Closes.Models;
using Admin.Modules.Closes.Services;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Closes.Api;

/// <summary>The reviewer's credentials, sent when the first answer was 428 <c>review.required</c>.</summary>
public sealed record ClosesReviewBody(string? LoginName, string? Password);

/// <summary>
/// A shift close: <c>counted</c> per payment method (<c>Cash</c>, <c>Cheque</c>, <c>BankCard</c>, <c>Transfer</c>; a missing one
/// counts as none), optionally the cash by <c>denominations</c> (<c>{"100": 3, "0.5": 2}</c>; without <c>counted.Cash</c> they
/// give it), a <c>note</c>, and <c>review</c> when a difference beyond the tolerance asked for one.
/// </summary>
public sealed record ShiftCloseRequest(Dictionary<string, decimal?>? Counted, Dictionary<string, int?>? Denominations, string? Note, ClosesReviewBody? Review);

/// <summary>One payment method of a shift close.</summary>
public sealed record ShiftCloseLineDto(string Method, decimal Expected, decimal Counted, decimal Difference);

/// <summary>A shift close as kept: what the ledger expected, what was counted, the difference (over positive), who reviewed it, its entry.</summary>
public sealed record ShiftCloseDto(
    Guid Id, string Number, string Outlet, string Operator, DateOnly Day, DateTime ClosedAt, DateTime? OpenedAt, int Tasks, decimal Expected, decimal Counted,
    decimal Difference, decimal Tolerance, string? Reviewer, string? Denominations, string? Note, long? LedgerEntry, IReadOnlyList<ShiftCloseLineDto> Lines)
{
    internal static ShiftCloseDto From(ShiftClose s) =>
        new(s.Id, s.Number, s.OutletCode, s.OperatorLogin, s.Day, s.ClosedAt, s.OpenedAt, s.Tasks, s.Expected, s.Counted, s.Difference, s.Tolerance, s.ReviewerLogin,
            s.Denominations, s.Note, s.EntryId, s.Lines.Select(l => new ShiftCloseLineDto(l.PaymentMethod, l.Expected, l.Counted, l.Difference)).ToList());
}

/// <summary>The caller's till since their last shift close: whether a task was posted, how many, the first; never the expected amounts (the count is blind).</summary>
public sealed record CurrentShiftDto(bool Open, int Tasks, DateTime? FirstAt, DateTime? LastClosedAt)
{
    internal static CurrentShiftDto From(TillShift s) => new(s.IsOpen, s.Entries, s.FirstAt, s.Since);
}

/// <summary>A daily close: <c>day</c> (today when missing; an earlier day not yet closed), the bank deposit <c>slipNumber</c> and its <c>amount</c> (cash handed to the bank, 0 when none).</summary>
public sealed record DayCloseRequest(DateOnly? Day, string? SlipNumber, decimal? Amount);

/// <summary>A daily close: the handover and the seal (SHA-256 hash with the entries, lines and authorisation records it covers).</summary>
public sealed record DayCloseDto(
    Guid Id, string Outlet, DateOnly Day, DateTime ClosedAt, string ClosedBy, string? SlipNumber, decimal HandoverAmount, long? HandoverEntry, string Hash,
    int Entries, int Lines, int Authorisations)
{
    internal static DayCloseDto From(DayClose d) =>
        new(d.Id, d.OutletCode, d.Day, d.ClosedAt, d.ClosedBy, d.SlipNumber, d.HandoverAmount, d.HandoverEntryId, d.Hash, d.Entries, d.Lines, d.Authorisations);
}

/// <summary>The day report.</summary>
public sealed record DayReportDto(
    string Outlet, DateOnly Day, DayCloseDto? Close, IReadOnlyList<MethodTakingsDto> ByMethod, IReadOnlyList<TaskTakings> ByTask, int CardIssues,
    IReadOnlyList<KindMovement> Kinds, int ReviewsGranted, int ReviewsRefused, IReadOnlyList<ShiftCloseDto> Shifts, decimal Differences)
{
    /// <summary>Reopenings of this day or its month by head office.</summary>
    public IReadOnlyList<ReopeningDto> Reopenings { get; init; } = [];

    internal static DayReportDto From(DayReport r) =>
        new(r.OutletCode, r.Day, r.Close is null ? null : DayCloseDto.From(r.Close), r.ByMethod.Select(m => new MethodTakingsDto(m.Method, m.In, m.Out, m.Net)).ToList(),
            r.ByTask, r.CardIssues, r.Kinds, r.ReviewsGranted, r.ReviewsRefused, r.Shifts.Select(ShiftCloseDto.From).ToList(), r.Differences)
        {
            Reopenings = r.Reopenings.Select(ReopeningDto.Of).ToList(),
        };
}

/// <summary>What a payment method's tills took in and paid out.</summary>
public sealed record MethodTakingsDto(string Method, decimal In, decimal Out, decimal Net);

/// <summary>Today at the caller's outlet before its close: the open shifts (operators' logins) and the report so far.</summary>
public sealed record DayStatusDto(DateOnly Day, bool Closed, IReadOnlyList<string> OpenShifts, decimal HeldForHandover, DayReportDto Report);

/// <summary>One closed day checked again.</summary>
public sealed record DayVerificationDto(Guid Id, string Outlet, DateOnly Day, bool Intact, string StoredHash, string CurrentHash)
{
    internal static DayVerificationDto From(DayVerification v) => new(v.Close.Id, v.Close.OutletCode, v.Close.Day, v.Intact, v.Close.Hash, v.Now);
}

/// <summary>Closed days checked again: intact when every one's hash is what its close stored; the changed days in <c>findings</c>.</summary>
public sealed record VerifyDaysDto(bool Intact, int Days, IReadOnlyList<DayVerificationDto> Findings);

/// <summary>The lists' paging.</summary>
public sealed class ClosesListParameters
{
    public string? After { get; set; }
    public int? Limit { get; set; }
}

/// <summary>The verification's filters: an outlet code, a span of days (both included).</summary>
public sealed class VerifyParameters
{
    public string? Outlet { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>A monthly close: the month as <c>yyyy-MM</c>.</summary>
public sealed record MonthCloseRequest(string? Month);

/// <summary>A monthly close: the month, when and by whom, the seal over its days' seals.</summary>
public sealed record MonthCloseDto(Guid Id, string Outlet, string Month, DateTime ClosedAt, string ClosedBy, int Days, string Hash)
{
    internal static MonthCloseDto From(MonthClose m) => new(m.Id, m.OutletCode, m.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), m.ClosedAt, m.ClosedBy, m.Days, m.Hash);
}

/// <summary>A reopening of a closed day or month: the period, when, by whom, the reviewer, the reason, and the seal it undid.</summary>
public sealed record ReopeningDto(
    Guid Id, string Outlet, string Kind, DateOnly From, DateOnly To, DateTime ReopenedAt, string ReopenedBy, string? Reviewer, string Reason, string OldHash, DateTime OldClosedAt, string OldClosedBy)
{
    internal static ReopeningDto Of(PeriodReopening r) =>
        new(r.Id, r.OutletCode, r.Kind.ToString(), r.Period, r.PeriodEnd, r.ReopenedAt, r.ReopenedBy, r.ReviewerLogin, r.Reason, r.OldHash, r.OldClosedAt, r.OldClosedBy);
}

/// <summary>The month report: the close (if any), takings, the days' closes, the days still open, the reopenings.</summary>
public sealed record MonthReportDto(
    string Outlet, string Month, MonthCloseDto? Close, IReadOnlyList<MethodTakingsDto> ByMethod, IReadOnlyList<TaskTakings> ByTask, IReadOnlyList<KindMovement> Kinds,
    IReadOnlyList<DayCloseDto> Days, IReadOnlyList<DateOnly> OpenDays, IReadOnlyList<ReopeningDto> Reopenings)
{
    internal static MonthReportDto From(MonthReport r) =>
        new(r.OutletCode, r.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), r.Close is null ? null : MonthCloseDto.From(r.Close),
            r.ByMethod.Select(m => new MethodTakingsDto(m.Method, m.In, m.Out, m.Net)).ToList(), r.ByTask, r.Kinds, r.Days.Select(DayCloseDto.From).ToList(), r.OpenDays,
            r.Reopenings.Select(ReopeningDto.Of).ToList());
}

/// <summary>
/// A reopening: the <c>outlet</c>'s code, <c>kind</c> (<c>Day</c> or <c>Month</c>), <c>period</c> (<c>yyyy-MM-dd</c> or <c>yyyy-MM</c>),
/// the <c>reason</c>, and <c>review</c> (a second head-office operator) when the first answer was 428.
/// </summary>
public sealed record ReopenRequest(string? Outlet, string? Kind, string? Period, string? Reason, ClosesReviewBody? Review);

/// <summary>Which month: <c>yyyy-MM</c> (last month when missing).</summary>
public sealed class MonthParameters
{
    public string? Month { get; set; }
}
