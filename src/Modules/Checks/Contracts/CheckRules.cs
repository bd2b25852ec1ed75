namespace Admin.Modules.Checks.Contracts;

/// <summary>The span a check covers: local days <see cref="From"/>..<see cref="To"/> and the same span in UTC, [start, end).</summary>
public sealed record CheckSpan(DateOnly From, DateOnly To, DateTime StartUtc, DateTime EndUtc, TimeSpan Offset)
{
    /// <summary>The local day of an instant.</summary>
    public DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(utc + Offset);
}

/// <summary>A link from a finding to the record it is about (a receipt, a shift close, an account): English label, app-relative URL.</summary>
public sealed record CheckLink(string Label, string Url);

/// <summary>
/// What a rule found: the outlet and local day it concerns, the operator if one, an English message template with its
/// arguments (translated when shown), the amount involved, and links to the records (the drill-down).
/// </summary>
public sealed record CheckFindingDraft(Guid OutletId, DateOnly Day, string? Operator, string Message, IReadOnlyList<string> Args, decimal? Amount, IReadOnlyList<CheckLink> Links);

/// <summary>
/// One rule of the abnormal-entry check (异常流水检查). The Checks module runs every registered rule over a span at each daily
/// close and on demand, and stores what they find. A module that keeps records worth checking (the terminal records of the
/// stations: gaps and duplicates in a terminal's sequence) registers a rule of its own:
/// <c>services.AddScoped&lt;ICheckRule, TerminalRecordGaps&gt;()</c>, reading its own tables; Checks needs no change.
/// </summary>
public interface ICheckRule
{
    /// <summary>Stable code, <c>"&lt;ModuleId&gt;.&lt;Name&gt;"</c>, e.g. <c>Checks.SplitTopUps</c>.</summary>
    string Code { get; }

    /// <summary>English name, translated when shown.</summary>
    string Name { get; }

    /// <summary>What the rule finds over the span (every outlet; the runner keeps the outlet asked for).</summary>
    Task<IReadOnlyList<CheckFindingDraft>> RunAsync(CheckSpan span, CancellationToken ct);
}
