using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Counter.Services;

/// <summary>One line of a collection as typed: the fee code, the quantity, the amount collected for the line.</summary>
public sealed record FeeLineInput(string? Fee, int? Quantity, decimal? Collected);

/// <summary>
/// A fee collection as typed: the customer (code or id), the lines, the payment method, and the reviewer's credentials
/// when a review was asked for.
/// </summary>
public sealed record FeeCollectionInput(string? Customer, IReadOnlyList<FeeLineInput>? Items, string? PaymentMethod, ReviewCredentials? Review = null, string? InvoiceTitle = null);

/// <summary>A checked line with the schedule's amount at the time.</summary>
public sealed record PricedLine(int LineNo, string Code, string NameEn, string NameZh, int Quantity, decimal Unit, decimal Schedule, decimal Collected)
{
    /// <summary>True when the amount collected differs from the schedule (reduced, waived or more).</summary>
    public bool Overridden => Collected != Schedule;

    /// <summary>The fee item's setting: does a collected amount different from the schedule need review?</summary>
    public bool ReviewWhenChanged { get; init; } = true;
}

/// <summary>A checked collection, ready to be reviewed and written.</summary>
public sealed record PricedCollection(Guid CustomerId, string CustomerCode, string CustomerName, string PaymentMethod, IReadOnlyList<PricedLine> Lines)
{
    /// <summary>The payment method's name in both languages (the code until it is known).</summary>
    public LocalName? PaymentMethodName { get; init; }

    public decimal Total => Lines.Sum(l => l.Collected);

    public decimal ScheduleTotal => Lines.Sum(l => l.Schedule);
}

/// <summary>
/// Fee collection, a counter task. Checks the input against today's schedule, asks the review gate when a collected
/// amount differs from the schedule (one review for the whole batch, <see cref="CounterReviewPoints.FeeOverride"/>), then
/// writes the collection, its receipt number (per outlet, no gaps, no duplicates), its ledger entry
/// (<see cref="FeeCollectionPosting"/>), its audit record and the granted authorisation in one transaction
/// (<see cref="TaskTransaction"/>, which also claims the request's idempotency key).
/// </summary>
public sealed class FeeCollections(
    AdminDbContext db, ICurrentOperator current, IOutletDirectory outlets, FeePricing pricing, CounterTask task,
    IEnumerable<Contracts.IInvoiceTitleSource> titleSources, FeeCollectionWriter writer)
{
    /// <summary>The gate's task type for a fee collection.</summary>
    public const string TaskType = "Counter.FeeCollection";

    /// <summary>Checks, reviews when needed, and writes a collection.</summary>
    public async Task<OperationResult<FeeCollection>> CollectAsync(FeeCollectionInput input, CancellationToken ct = default)
    {
        if (current.OutletId is not { } outletId || await outlets.FindAsync(outletId, ct) is not { } outlet)
        {
            return OperationResult<FeeCollection>.Fail(FailureKind.Forbidden, CounterErrors.HeadOfficeCollects());
        }

        var priced = await pricing.PriceAsync(input, ct);
        if (!priced.Succeeded)
        {
            return OperationResult<FeeCollection>.From(priced);
        }

        var collection = priced.Value!;
        Guid? titleId = null;
        if (!string.IsNullOrWhiteSpace(input.InvoiceTitle))
        {
            if (!Guid.TryParse(input.InvoiceTitle.Trim(), out var parsedTitle))
            {
                return OperationResult<FeeCollection>.Invalid(CounterErrors.InvoiceTitleInvalid());
            }

            titleId = parsedTitle;
        }

        if (titleId is not null && !await IsChoiceAsync(collection.CustomerId, titleId.Value, ct))
        {
            return OperationResult<FeeCollection>.Invalid(CounterErrors.InvoiceTitleInvalid());
        }

        var summary = CanonicalSummary(collection);
        var review = await task.ReviewAsync(new ReviewRequest(TaskType, outletId, Reasons(collection), summary, input.Review), Subject(collection), ct);
        if (!review.Succeeded)
        {
            return OperationResult<FeeCollection>.From(review);
        }

        var grant = review.Value;

        Contracts.InvoiceTitleCopy? title = null;
        foreach (var source in titleSources)
        {
            var taken = await source.TakeAsync(collection.CustomerId, titleId, ct);
            if (!taken.Succeeded)
            {
                db.ChangeTracker.Clear();
                return OperationResult<FeeCollection>.From(taken);
            }

            title ??= taken.Value;
        }

        return await writer.WriteAsync(outlet, collection, summary, grant, title, ct);
    }

    private async Task<bool> IsChoiceAsync(Guid customerId, Guid titleId, CancellationToken ct)
    {
        foreach (var source in titleSources)
        {
            if ((await source.ChoicesAsync(customerId, ct)).Any(t => t.TitleId == titleId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why the review point fires: one reason per line whose collected amount differs from the schedule.</summary>
    public static IReadOnlyList<ReviewReason> Reasons(PricedCollection collection) =>
        collection.Lines.Where(l => l.Overridden && l.ReviewWhenChanged)
            .Select(l => new ReviewReason(CounterReviewPoints.FeeOverride, "collected {0}, schedule {1}: {2}", Money.Format(l.Collected), Money.Format(l.Schedule), new LocalName(l.NameEn.ToLowerInvariant(), l.NameZh)))
            .ToList();

    /// <summary>What the reviewer authorises, as the review dialog says it.</summary>
    public static ReviewText Subject(PricedCollection c) =>
        new("the collection of {0} from {1} ({2}), paid by {3}", Money.Format(c.Total), c.CustomerName, c.CustomerCode, c.PaymentMethodName ?? (object)c.PaymentMethod);

    /// <summary>
    /// The canonical summary the review authorises: a JSON object with sorted keys (customer, items with schedule and
    /// collected amounts, paymentMethod, total), amounts as fixed two-decimal strings. The same request always gives the
    /// same text; any other amount gives another.
    /// </summary>
    public static string CanonicalSummary(PricedCollection c) => CanonicalJson.Object(summary => summary
        .Text("customer", c.CustomerCode)
        .List("items", c.Lines, (item, l) => item
            .Amount("collected", l.Collected).Text("fee", l.Code).Number("quantity", l.Quantity).Amount("schedule", l.Schedule).Amount("unit", l.Unit))
        .Text("paymentMethod", c.PaymentMethod)
        .Amount("total", c.Total));
}
