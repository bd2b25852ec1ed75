using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Settings;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Issuing.Models;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Issuing.Services;

/// <summary>Where a batch of secondary cards stands against the customer's limit M.</summary>
/// <param name="Held">Secondary cards the customer holds now.</param>
/// <param name="Limit">M, the setting.</param>
/// <param name="Count">Cards in this batch.</param>
public sealed record SecondaryLimit(int Held, int Limit, int Count)
{
    /// <summary>N: how many of the batch go beyond the limit (0 when the batch stays within it).</summary>
    public int BeyondLimit => Math.Min(Count, Math.Max(0, Held + Count - Limit));

    /// <summary>The batch's card (from 1) that is the customer's card M+1, when the batch crosses the limit; else null.</summary>
    public int? FirstBeyond => BeyondLimit == 0 ? null : Math.Max(1, Limit - Held + 1);
}

/// <summary>
/// Secondary cards (发副卡, manual 2.3/2.4/2.7/2.8), a counter task: by customer code or by the presented primary card, several in
/// one go. One review covers the batch: the first card's fees when they differ from the schedule (the others pay the schedule,
/// their service fee cannot change), and the secondary-card limit M — below it no review until card M+1; a batch that crosses
/// it (or starts at it) names N, the cards beyond the limit, and one review covers all N.
/// </summary>
public sealed class SecondaryIssuing(IssueChecks checks, ICustomerDirectory directory, ICards cards, IssueTitles titles, CounterTask task, IssueWriter writer, SystemSettings settings)
{
    public async Task<OperationResult<IssueRecord>> IssueAsync(SecondaryInput input, CancellationToken ct = default)
    {
        var place = await checks.OutletAsync(ct);
        if (!place.Succeeded)
        {
            return OperationResult<IssueRecord>.From(place);
        }

        var (outlet, operatorId) = place.Value;
        var errors = new List<OperationError>();
        var refusals = new List<OperationError>();
        var (customer, primary) = await PrimaryAsync(input, errors, ct);
        var (product, productError) = await checks.ProductAsync(input.Product, "SECONDARY", "Secondary", ct);
        if (productError is not null)
        {
            errors.Add(productError);
        }

        var typed = input.Cards ?? [];
        if (typed.Count == 0)
        {
            errors.Add(IssuingErrors.CardsRequired());
        }
        else if (typed.Count > IssueChecks.MaxCards)
        {
            errors.Add(IssuingErrors.TooManyCards(IssueChecks.MaxCards));
            typed = [.. typed.Take(IssueChecks.MaxCards)];
        }

        var numbers = product is null ? [] : await checks.CheckNumbersAsync(product, typed.Select(c => c?.Number).ToList(), i => $"cards[{i}].number", errors, ct);
        var prices = await checks.FeesAsync(ct);
        var planned = new List<PlannedCard>();
        for (var i = 0; i < typed.Count; i++)
        {
            var card = typed[i] ?? new CardInput(null);
            IssueChecks.CheckHolder(card, $"cards[{i}]", errors);
            IReadOnlyList<PricedFee> fees;
            if (i == 0)
            {
                var first = input.Fees ?? new FeeInput();
                fees = IssueChecks.Price(prices, card.ServiceFee is null ? first : first with { ServiceFee = card.ServiceFee }, "fees", errors);
            }
            else
            {
                // The batch is reviewed once, on its first card: the others pay the schedule, their service fee fixed.
                fees = IssueChecks.Price(prices, null, $"cards[{i}]", errors);
                var schedule = prices.TryGetValue(FeeCodes.Service, out var service) ? service.Amount : 0m;
                if (card.ServiceFee is { } asked && asked != schedule)
                {
                    errors.Add(IssuingErrors.ServiceFeeFixed($"cards[{i}].serviceFee", schedule));
                }
            }

            planned.Add(new PlannedCard(i < numbers.Count ? numbers[i] : "", $"cards[{i}].number", card.HolderName, card.VehiclePlate, card.Notes, fees));
        }

        var (method, methodError, methodFailure) = await checks.PaymentMethodAsync(input.PaymentMethod, ct);
        (methodFailure == FailureKind.Unprocessable ? refusals : errors).AddRange(methodError is null ? [] : [methodError]);
        var titleId = await CardIssuing.CheckTitleAsync(titles, input.InvoiceTitle, input.ServiceInvoice, customer, errors, ct);
        var total = planned.Sum(p => p.Total);
        if (product is not null && customer is not null && IssueChecks.CashRefusal(product, customer.Type == "Company", method, total) is { } cash)
        {
            refusals.Add(cash);
        }
        if (IssueReasons.Refusal<IssueRecord>(errors, refusals) is { } refused)
        {
            return refused;
        }

        var m = await settings.GetIntAsync(IssuingSettings.SecondaryCardLimit, ct);
        for (var attempt = 1; ; attempt++)
        {
            var limit = new SecondaryLimit(await cards.CountSecondaryCardsAsync(customer!.Id, ct), m, planned.Count);
            var result = await ReviewAndWriteAsync(input, outlet, operatorId, customer, primary!, product!, method!, titleId, planned, limit, total, ct);

            // A parallel batch of the same customer committed between the count and this task's lock: without a review
            // given, count again (the batch now passes, or asks for the review that names the right N); a review already
            // given authorised another N, so it is refused and asked again.
            if (attempt < 3 && input.Review is null && result.Errors.Any(e => e.Code == LimitMovedCode))
            {
                continue;
            }

            return result;
        }
    }

    private const string LimitMovedCode = "issuing.secondaryLimitMoved";

    private async Task<OperationResult<IssueRecord>> ReviewAndWriteAsync(
        SecondaryInput input, OutletInfo outlet, Guid operatorId, CustomerInfo customer, CardInfo primary, CardProductInfo product, string method, Guid? titleId,
        List<PlannedCard> planned, SecondaryLimit limit, decimal total, CancellationToken ct)
    {
        var reasons = IssueReasons.Fees(planned[0].Fees).ToList();
        if (limit.FirstBeyond is { } firstBeyond)
        {
            reasons.Add(new ReviewReason(IssuingReviewPoints.SecondaryLimit, "the customer holds {0} secondary cards, the limit is {1}: {2} more beyond it, from card {3} of this batch",
                limit.Held, limit.Limit, limit.BeyondLimit, firstBeyond));
        }

        var summary = CanonicalJson.Object(s => s
            .Number("beyondLimit", limit.BeyondLimit)
            .List("cards", planned, (c, p) => IssueReasons.Fees(c.Text("number", p.Number), p.Fees))
            .Text("customer", customer.Code).Text("paymentMethod", method).Text("primaryCard", primary.Number).Text("product", product.Code)
            .Text("serviceInvoice", input.ServiceInvoice ? "yes" : "no").Amount("total", total));
        var review = await task.ReviewAsync(new ReviewRequest(IssueWriter.TaskType(IssueKind.Secondary), outlet.Id, reasons, summary, input.Review),
            new ReviewText("the issue of {0} secondary cards under primary card {1} to {2} ({3}): {4} paid by {5}", planned.Count, primary.Number, customer.Name, customer.Code,
                Money.Format(total), method), ct);
        if (!review.Succeeded)
        {
            return OperationResult<IssueRecord>.From(review);
        }

        var plan = new IssuePlan(IssueKind.Secondary, outlet, operatorId, checks.LoginName, checks.Now, method, customer, null, product, primary.Id, planned, summary)
        {
            ServiceInvoice = input.ServiceInvoice, InvoiceTitleId = titleId, DepositHeld = await checks.DepositHeldAsync(customer, ct),
            Guard = async token =>
            {
                // The count above was read before the transaction: take the customer's row, then count again under it.
                await writer.LockSecondaryAsync(customer.Id, token);
                var now = new SecondaryLimit(await cards.CountSecondaryCardsAsync(customer.Id, token), limit.Limit, limit.Count);
                return now.BeyondLimit > limit.BeyondLimit ? IssuingErrors.SecondaryLimitMoved(now.Held, limit.Limit) : null;
            },
        };
        return await writer.WriteAsync(plan, review.Value, ct);
    }

    private async Task<(CustomerInfo? Customer, CardInfo? Primary)> PrimaryAsync(SecondaryInput input, List<OperationError> errors, CancellationToken ct)
    {
        var key = input.Customer?.Trim();
        CustomerInfo? customer = null;
        if (!string.IsNullOrEmpty(key))
        {
            customer = Guid.TryParse(key, out var id) ? await directory.FindAsync(id, ct) : await directory.FindByCodeAsync(key, ct);
            if (customer is null)
            {
                errors.Add(IssuingErrors.CustomerNotFound());
                return (null, null);
            }
        }

        CardInfo? primary;
        if (!string.IsNullOrWhiteSpace(input.PrimaryCard))
        {
            primary = await cards.FindByNumberAsync(input.PrimaryCard, ct);
            if (primary is null || primary.Kind != "Primary")
            {
                errors.Add(IssuingErrors.PrimaryNotFound());
                return (null, null);
            }

            if (customer is not null && primary.CustomerId != customer.Id)
            {
                errors.Add(IssuingErrors.PrimaryOfOtherCustomer());
                return (null, null);
            }

            customer ??= primary.CustomerId is { } owner ? await directory.FindAsync(owner, ct) : null;
            if (customer is null)
            {
                errors.Add(IssuingErrors.PrimaryNotFound());
                return (null, null);
            }
        }
        else if (customer is not null)
        {
            var held = await cards.ListByCustomerAsync(customer.Id, ct);
            primary = held.FirstOrDefault(c => c.Kind == "Primary" && c.Status == "Issued") ?? held.FirstOrDefault(c => c.Kind == "Primary");
            if (primary is null)
            {
                errors.Add(IssuingErrors.NoPrimaryCard(customer.Code));
                return (null, null);
            }
        }
        else
        {
            errors.Add(IssuingErrors.PrimaryRequired());
            return (null, null);
        }

        if (primary.Status != "Issued")
        {
            errors.Add(IssuingErrors.PrimaryNotUsable(primary.Number, primary.Status));
            return (null, null);
        }

        if (customer.Status != "Active")
        {
            errors.Add(IssuingErrors.CustomerNotActive(customer.Code));
            return (null, null);
        }

        return (customer, primary);
    }
}
