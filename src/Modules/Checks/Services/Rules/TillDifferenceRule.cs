using Admin.Kernel.Settings;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.Closes.Contracts;

namespace Admin.Modules.Checks.Services.Rules;

/// <summary>Shift closes whose till differed from the ledger beyond a setting.</summary>
internal sealed class TillDifferenceRule(ICloseFacts closes, SystemSettings settings) : ICheckRule
{
    public string Code => "Checks.TillDifference";
    public string Name => "Till differences at shift close";

    public async Task<IReadOnlyList<CheckFindingDraft>> RunAsync(CheckSpan span, CancellationToken ct)
    {
        var beyond = await settings.GetMoneyAsync(ChecksSettings.TillDifference, ct);
        return (await closes.ShiftDifferencesAsync(span.StartUtc, span.EndUtc, ct))
            .Where(s => Math.Abs(s.Difference) > beyond)
            .Select(s => new CheckFindingDraft(s.OutletId, s.Day, s.OperatorLogin, "Shift close {0} by {1}: till difference {2}",
                [s.Number, s.OperatorLogin, RuleText.Amount(s.Difference)], s.Difference, [new CheckLink($"shift close {s.Number}", $"/closes/shifts/{s.Id}")]))
            .ToList();
    }
}
