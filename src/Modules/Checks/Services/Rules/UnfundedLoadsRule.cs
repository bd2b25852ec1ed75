using Admin.Kernel.Settings;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Checks.Services.Rules;

/// <summary>
/// Loads (圈存) without matching top-ups: a load takes money from the card account to the purse; the card account should have
/// received at least that much (top-up, pre-allocation, transfer, replacement) within the days looked back (a setting). A load
/// is a card-account debit whose entry credits the purse in transit.
/// </summary>
internal sealed class UnfundedLoadsRule(ILedgerChecks ledger, SystemSettings settings) : ICheckRule
{
    public string Code => "Checks.UnfundedLoads";
    public string Name => "Loads without matching top-ups";

    public async Task<IReadOnlyList<CheckFindingDraft>> RunAsync(CheckSpan span, CancellationToken ct)
    {
        var lookback = TimeSpan.FromDays(await settings.GetIntAsync(ChecksSettings.LoadLookbackDays, ct));
        var inTransit = (await ledger.LinesAsync(AccountKind.PurseInTransit, span.StartUtc, span.EndUtc, ct: ct)).Where(l => l.Amount < 0).Select(l => l.EntryId).ToHashSet();
        var cardLines = await ledger.LinesAsync(AccountKind.Card, span.StartUtc - lookback, span.EndUtc, ct: ct);
        var loads = cardLines.Where(l => l.Amount > 0 && l.At >= span.StartUtc && inTransit.Contains(l.EntryId)).ToList();
        var findings = new List<CheckFindingDraft>();
        foreach (var load in loads)
        {
            // Money in: credits of the card account by tasks other than the load's own voids (an unload's return counts: it came from the purse).
            var received = -cardLines.Where(l => l.OwnerId == load.OwnerId && l.Amount < 0 && l.At <= load.At && l.At >= load.At - lookback).Sum(l => l.Amount);
            var loaded = cardLines.Where(l => l.OwnerId == load.OwnerId && l.Amount > 0 && l.At <= load.At && l.At >= load.At - lookback && inTransit.Contains(l.EntryId)).Sum(l => l.Amount);
            if (received < loaded)
            {
                findings.Add(new CheckFindingDraft(load.EntryOutletId, span.DayOf(load.At), load.OperatorLogin,
                    "Load (entry {0}) of {1}: the card account received {2} in the days before, {3} was loaded",
                    [load.EntryId.ToString(System.Globalization.CultureInfo.InvariantCulture), RuleText.Amount(load.Amount), RuleText.Amount(received), RuleText.Amount(loaded)],
                    load.Amount, []));
            }
        }

        return findings;
    }
}
