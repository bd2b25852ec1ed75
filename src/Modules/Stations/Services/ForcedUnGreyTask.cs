using System.Globalization;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Outlets.Contracts;
using Admin.Modules.Stations.Models;

namespace Admin.Modules.Stations.Services;

/// <summary>A forced un-grey: the internal card, the interrupted purchase its grey record names, why head office forces it, the review.</summary>
public sealed record ForcedUnGreyInput(string? Card, string? TerminalId, long? Sequence, DateTime? GreyAtUtc, string? Reason, ReviewCredentials? Review);

/// <summary>
/// Forced un-grey of an internal card (内部卡强制解灰 3.27): head office releases the network's own card without waiting for the grey
/// settlement window, always reviewed by a second head-office operator (review point <c>Stations.ForcedUnGrey</c>, never switched off),
/// with a reason. When the terminal's grey record has arrived the purse is debited once from it, as at the counter; without one the
/// card is released without a debit. Anything but an internal card is refused (422 <c>unGrey.notInternal</c>).
/// </summary>
public sealed class ForcedUnGreyTask(UnGreyTask unGrey, CounterTask counter, ICurrentOperator current, IOutletDirectory outlets, TimeProvider clock)
{
    public const string TaskType = "Stations.ForcedUnGrey";

    public async Task<OperationResult<UnGrey>> RunAsync(ForcedUnGreyInput input, CancellationToken ct)
    {
        if (current.OutletId is not { } headOffice || await outlets.FindAsync(headOffice, ct) is not { IsHeadOffice: true })
        {
            return OperationResult<UnGrey>.Conflict(StationsErrors.HeadOfficeOnly());
        }

        var (errors, card, terminal) = await unGrey.FindAsync(input.Card, input.TerminalId, input.Sequence, ct);
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length == 0 || reason.Length > UnGrey.MaxReason || reason.Any(char.IsControl))
        {
            errors.Add(StationsErrors.ReasonRequired(UnGrey.MaxReason));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var greyAt = input.GreyAtUtc is { } typed ? DateTime.SpecifyKind(typed, DateTimeKind.Utc) : (DateTime?)null;
        if (greyAt > now.AddMinutes(5))
        {
            errors.Add(StationsErrors.GreyInFuture());
        }

        if (errors.Count > 0)
        {
            return OperationResult<UnGrey>.Invalid([.. errors]);
        }

        if (card!.Kind != "Internal")
        {
            return OperationResult<UnGrey>.Fail(FailureKind.Unprocessable, StationsErrors.NotInternal(card.Number));
        }

        var sequence = input.Sequence!.Value;
        var (refused, record) = await unGrey.RecordAsync(card, terminal!, sequence, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (record is null && greyAt is null)
        {
            return OperationResult<UnGrey>.Invalid(StationsErrors.GreyTimeRequired());
        }

        var at = record?.At ?? greyAt!.Value;
        var summary = CanonicalJson.Object(s => s.Text("card", card.Number).Text("terminal", terminal!.TerminalId)
            .Text("sequence", sequence.ToString(CultureInfo.InvariantCulture)).Text("greyAt", at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            .Text("record", record is null ? "none" : "grey").Text("reason", reason));
        var reasons = new[] { new ReviewReason(StationsReviewPoints.ForcedUnGrey, "head office forces the un-grey of internal card {0}: {1}", card.Number, reason) };
        var review = await counter.ReviewAsync(new ReviewRequest(TaskType, headOffice, reasons, summary, input.Review),
            new ReviewText("the forced un-grey of internal card {0}", card.Number), ct);
        if (!review.Succeeded)
        {
            return OperationResult<UnGrey>.From(review);
        }

        return record is null
            ? await unGrey.ReleaseAsync(card, terminal!.TerminalId, sequence, at, reason, review.Value, ct)
            : await unGrey.SettleAsync(card, terminal!, record, reason, review.Value, ct);
    }
}
