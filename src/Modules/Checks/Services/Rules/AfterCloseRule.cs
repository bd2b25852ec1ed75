using Admin.Modules.Checks.Contracts;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Checks.Services.Rules;

/// <summary>Tasks dated after the shift or the day that holds them was closed (refused by the ledger, so reported if found).</summary>
internal sealed class AfterCloseRule(ILedgerChecks ledger) : ICheckRule
{
    public string Code => "Checks.AfterClose";
    public string Name => "Tasks dated after their shift or day was closed";

    public async Task<IReadOnlyList<CheckFindingDraft>> RunAsync(CheckSpan span, CancellationToken ct) =>
        (await ledger.EntriesAfterCloseAsync(span.StartUtc, span.EndUtc, ct))
        .Select(e => new CheckFindingDraft(e.OutletId, span.DayOf(e.At), e.OperatorLogin,
            e.Close == "Day" ? "Entry {0} ({1} {2}) is dated after its day was closed" : "Entry {0} ({1} {2}) is dated after its shift was closed",
            [e.EntryId.ToString(System.Globalization.CultureInfo.InvariantCulture), e.TaskType, e.Reference ?? e.TaskId], null, []))
        .ToList();
}
