using Admin.Modules.Cards.Contracts;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Checks.Services.Rules;

/// <summary>Deposits (押金) taken off a card whose card was not returned (neither closed nor replaced).</summary>
internal sealed class DepositWithoutCardRule(ILedgerChecks ledger, INetworkCards cards) : ICheckRule
{
    public string Code => "Checks.DepositWithoutCard";
    public string Name => "Deposits returned without a returned card";

    public async Task<IReadOnlyList<CheckFindingDraft>> RunAsync(CheckSpan span, CancellationToken ct)
    {
        var findings = new List<CheckFindingDraft>();
        foreach (var line in (await ledger.LinesAsync(AccountKind.Deposit, span.StartUtc, span.EndUtc, ct: ct)).Where(l => l.Amount > 0))
        {
            var card = await cards.FindAsync(line.OwnerId, ct);
            if (card is null || card.Status is "Closed" or "Replaced")
            {
                continue;
            }

            findings.Add(new CheckFindingDraft(line.EntryOutletId, span.DayOf(line.At), line.OperatorLogin, "Deposit of {0} taken off card {1} ({2}) by {3}, but the card is {4}",
                [RuleText.Amount(line.Amount), card.Number, line.TaskType, line.Reference ?? line.TaskId, card.Status], line.Amount, [RuleText.Card(card.Number)]));
        }

        return findings;
    }
}
