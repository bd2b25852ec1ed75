using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Cheques.ViewModels;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cheques.Services;

/// <summary>
/// Why a cheque task needs a review and what exactly the review authorises: the receipt's limit and repeat-bouncer
/// points, every bounce, their canonical summaries and the sentences the review dialog shows.
/// </summary>
public sealed class ChequeReviews(AdminDbContext db, IReviewPoints points, IOutletDirectory outlets, ICurrentOperator current)
{
    /// <summary>The review's task type of a receipt.</summary>
    public const string ReceiveTask = "Cheques.Receive";

    /// <summary>The review's task type of a bounce.</summary>
    public const string BounceTask = "Cheques.Bounce";

    /// <summary>
    /// The amount above which receiving a cheque at the caller's outlet needs a review: the limit of the outlet's type when
    /// head office set one, else the network-wide amount (default 50,000.00).
    /// </summary>
    public async Task<decimal> LimitAsync(CancellationToken ct = default)
    {
        var type = current.OutletId is { } outletId ? (await outlets.FindAsync(outletId, ct))?.Type : null;
        if (type is not null && ChequesReviewPoints.LimitOutletTypes.Contains(type)
            && ParseLimit(await points.GetParameterAsync(ChequesReviewPoints.AboveLimit, ChequesReviewPoints.LimitParameterOf(type), ct)) is { } own)
        {
            return own;
        }

        return ParseLimit(await points.GetParameterAsync(ChequesReviewPoints.AboveLimit, ChequesReviewPoints.LimitParameter, ct)) ?? 50000m;
    }

    /// <summary>Why receiving <paramref name="cheque"/> from the customer needs a review (none: an empty list).</summary>
    public async Task<IReadOnlyList<ReviewReason>> ReceiptReasonsAsync(Cheque cheque, Guid customerId, DateOnly today, CancellationToken ct)
    {
        var reasons = new List<ReviewReason>();
        var limit = await LimitAsync(ct);
        if (cheque.Amount > limit)
        {
            reasons.Add(new ReviewReason(ChequesReviewPoints.AboveLimit, "cheque of {0}, above {1}", Money.Format(cheque.Amount), Money.Format(limit)));
        }

        var count = int.TryParse(await points.GetParameterAsync(ChequesReviewPoints.RepeatBouncer, "count", ct), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 2;
        var since = today.AddMonths(-12);
        var bounced = await db.Set<Cheque>().AsNoTracking().CountAsync(c => c.CustomerId == customerId && c.Status == ChequeStatus.Bounced && c.BouncedOn >= since, ct);
        if (count > 0 && bounced >= count)
        {
            reasons.Add(new ReviewReason(ChequesReviewPoints.RepeatBouncer, "the customer has {0} bounced cheques in the last 12 months", bounced));
        }

        return reasons;
    }

    /// <summary>Why a bounce needs a review (always): the cheque as it was before the bounce.</summary>
    public static IReadOnlyList<ReviewReason> BounceReasons(Cheque cheque) =>
        [new ReviewReason(ChequesReviewPoints.Bounce, "bounce of cheque {0} of {1} ({2})", cheque.Number, Money.Format(cheque.Amount), cheque.Status.ToString().ToLowerInvariant())];

    /// <summary>The canonical summary a receipt's review authorises (sorted keys, fixed two-decimal amounts).</summary>
    public static string ReceiptSummary(Cheque c, string customer) => CanonicalJson.Object(s => s
        .Amount("amount", c.Amount).Text("bank", c.BankKey).Date("chequeDate", c.ChequeDate).Text("customer", customer)
        .Text("drawer", c.DrawerName).Text("number", c.Number));

    /// <summary>The canonical summary a bounce's review authorises.</summary>
    public static string BounceSummary(Cheque c, ChequeStatus from) => CanonicalJson.Object(s => s
        .Amount("amount", c.Amount).Date("bouncedOn", c.BouncedOn).Text("cheque", c.Id.ToString()).Text("from", from.ToString())
        .Text("note", c.BounceNote).Text("reason", c.BounceReason?.ToString()));

    /// <summary>What a receipt's reviewer authorises, as the review dialog says it.</summary>
    public static ReviewText ReceiptSubject(Cheque c, string customerName, string customerCode) =>
        new("the receipt of cheque {0} of {1} from {2} ({3}), drawn by {4} on {5}", c.Number, Money.Display(c.Amount), customerName, customerCode, c.DrawerName, c.DrawerBank);

    /// <summary>What a bounce's reviewer authorises, as the review dialog says it (the reason by its dictionary name, in both languages).</summary>
    public static ReviewText BounceSubject(Cheque c, Admin.Kernel.Localization.LocalName? reason) =>
        new("the bounce of cheque {0} ({1}) of {2} from {3} ({4}), reason: {5}", c.Number, c.Receipt, Money.Display(c.Amount), c.CustomerName, c.CustomerCode,
            reason ?? (object)new ReviewText(c.BounceReason?.ToString() ?? "Other"));

    private static decimal? ParseLimit(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var l) && l >= 0 ? l : null;
}
