using Admin.Modules.Checks.Models;
using Admin.Modules.Checks.Services;

namespace Admin.Modules.Checks.Api;

/// <summary>A check over local days <c>from</c>..<c>to</c> (yyyy-MM-dd, at most 92 days), for one outlet (code) or the network.</summary>
public sealed record CheckRunRequest(string? From, string? To, string? Outlet);

/// <summary>A link from a finding to a record.</summary>
public sealed record CheckLinkDto(string Label, string Url);

/// <summary>One finding: the rule, the outlet and day, the operator, the message (in the caller's language), the amount, the links.</summary>
public sealed record CheckFindingDto(string Rule, string? Outlet, string Day, string? Operator, string Message, decimal? Amount, IReadOnlyList<CheckLinkDto> Links);

/// <summary>A run: its span and state, and (one run) its findings.</summary>
public sealed record CheckRunDto(
    Guid Id, string Trigger, string Status, string From, string To, string? Outlet, string? RequestedBy, DateTime RequestedAt, DateTime? FinishedAt, int Findings,
    string? Message, string Job, IReadOnlyList<CheckFindingDto>? Items)
{
    public static CheckRunDto Of(CheckRun r, IReadOnlyList<CheckFindingDto>? items = null) => new(
        r.Id, r.Trigger.ToString(), r.Status.ToString(), Day(r.From), Day(r.To), r.OutletCode, r.RequestedBy, r.RequestedAt, r.FinishedAt, r.Findings, r.Message, r.JobKey, items);

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A page of runs.</summary>
public sealed record CheckRunPageDto(IReadOnlyList<CheckRunDto> Items, string? Next);

/// <summary>A reminder to close: the outlet, <c>ShiftOpen</c> or <c>DayOpen</c>, the day, the operator of a shift, since when.</summary>
public sealed record CloseReminderDto(string Outlet, string Kind, string Day, string? Operator, DateTime Since, DateTime FlaggedAt)
{
    public static CloseReminderDto From(CloseReminder r) => new(r.OutletCode, r.Kind, CheckRunDto.Day(r.Day), r.Operator, r.Since, r.FlaggedAt);
}

internal static class FindingDtos
{
    public static CheckFindingDto From(FindingView v, Func<string, IReadOnlyList<string>, string> translate) => new(
        v.Finding.Rule, v.Finding.OutletCode.Length == 0 ? null : v.Finding.OutletCode, CheckRunDto.Day(v.Finding.Day), v.Finding.Operator,
        translate(v.Finding.Message, v.Args), v.Finding.Amount, v.Links.Select(l => new CheckLinkDto(l.Label, l.Url)).ToList());
}
