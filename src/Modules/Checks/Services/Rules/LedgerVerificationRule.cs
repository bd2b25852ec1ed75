using Admin.Modules.Checks.Contracts;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Checks.Services.Rules;

/// <summary>Ledger verification failures (the Ledger's own verification, over the whole ledger, dated the span's last day).</summary>
internal sealed class LedgerVerificationRule(ILedgerChecks ledger, TimeProvider clock) : ICheckRule
{
    public string Code => "Checks.LedgerVerification";
    public string Name => "Ledger verification failures";

    public async Task<IReadOnlyList<CheckFindingDraft>> RunAsync(CheckSpan span, CancellationToken ct)
    {
        var findings = await ledger.VerifyAsync(ct);
        var day = span.DayOf(clock.GetUtcNow().UtcDateTime);
        return findings.Select(f => new CheckFindingDraft(Guid.Empty, day < span.To ? day : span.To, null, f.Message, f.Args, null,
            f.AccountId is { } id ? [RuleText.Account(id)] : [])).ToList();
    }
}
