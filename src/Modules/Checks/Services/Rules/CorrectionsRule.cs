using Admin.Kernel.Settings;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.TopUps.Contracts;

namespace Admin.Modules.Checks.Services.Rules;

/// <summary>Cancels and reversals of receipts by one operator in one day at or above a count or an amount (settings).</summary>
internal sealed class CorrectionsRule(ITopUpFacts topUps, SystemSettings settings) : ICheckRule
{
    public string Code => "Checks.Corrections";
    public string Name => "Cancels and reversals per operator and day";

    public async Task<IReadOnlyList<CheckFindingDraft>> RunAsync(CheckSpan span, CancellationToken ct)
    {
        var count = await settings.GetIntAsync(ChecksSettings.CorrectionCount, ct);
        var amount = await settings.GetMoneyAsync(ChecksSettings.CorrectionAmount, ct);
        var corrected = await topUps.CorrectedAsync(span.StartUtc, span.EndUtc, ct: ct);
        return corrected
            .GroupBy(c => (c.CorrectedById, c.OutletId, Day: span.DayOf(c.CorrectedAt!.Value)))
            .Where(g => g.Count() >= count || (amount > 0 && g.Sum(c => c.Amount) >= amount))
            .Select(g => new CheckFindingDraft(g.Key.OutletId, g.Key.Day, g.First().CorrectedBy,
                "{0} cancelled or reversed {1} receipts in one day, {2} in all",
                [g.First().CorrectedBy ?? "", RuleText.Count(g.Count()), RuleText.Amount(g.Sum(c => c.Amount))], g.Sum(c => c.Amount),
                g.Select(c => RuleText.Receipt(c.Id, c.Receipt)).ToList()))
            .ToList();
    }
}
