using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Issuing.Models;

namespace Admin.Modules.Issuing.Services;

/// <summary>
/// Anonymous cards sold in quantity (不记名卡, manual 2.9), under the 2012 prepaid-card rules kept on the product: each card at
/// one of the product's face values (never above its cap); from the real-name threshold the buyer's name and ID document are
/// recorded; from the cash limit (company or individual) cash is refused; never a credit card. The face value goes onto the
/// card's account in the same transaction as the cards, the stock move and the audit record.
/// </summary>
public sealed class AnonymousSales(IssueChecks checks, IssueWriter writer)
{
    public async Task<OperationResult<IssueRecord>> SellAsync(AnonymousInput input, CancellationToken ct = default)
    {
        var place = await checks.OutletAsync(ct);
        if (!place.Succeeded)
        {
            return OperationResult<IssueRecord>.From(place);
        }

        var (outlet, operatorId) = place.Value;
        var errors = new List<OperationError>();
        var refusals = new List<OperationError>();
        var (product, productError) = await checks.ProductAsync(input.Product, "ANONYMOUS", "Anonymous", ct);
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
        var planned = new List<PlannedCard>();
        for (var i = 0; i < typed.Count; i++)
        {
            var field = $"cards[{i}].faceValue";
            var face = typed[i]?.FaceValue;
            if (face is null)
            {
                errors.Add(IssuingErrors.FaceValueRequired(field));
            }
            else if (Money.Check(face, field) is { } bad)
            {
                errors.Add(bad);
            }
            else if (product is not null && face > product.BalanceCap)
            {
                refusals.Add(IssuingErrors.FaceValueAboveCap(field, face.Value, product.BalanceCap));
            }
            else if (product is not null && !product.FaceValues.Contains(face.Value))
            {
                errors.Add(IssuingErrors.FaceValueNotOffered(field, face.Value));
            }

            planned.Add(new PlannedCard(i < numbers.Count ? numbers[i] : "", $"cards[{i}].number", null, null, null, [], face ?? 0m));
        }

        var company = false;
        if (!string.IsNullOrWhiteSpace(input.BuyerType))
        {
            if (input.BuyerType.Trim().Equals("Company", StringComparison.OrdinalIgnoreCase))
            {
                company = true;
            }
            else if (!input.BuyerType.Trim().Equals("Individual", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(IssuingErrors.BuyerTypeInvalid());
            }
        }

        var total = planned.Sum(p => p.Total);
        var (method, methodError, methodFailure) = await checks.PaymentMethodAsync(input.PaymentMethod, ct);
        (methodFailure == FailureKind.Unprocessable ? refusals : errors).AddRange(methodError is null ? [] : [methodError]);
        var buyerName = Clean(input.BuyerName);
        var buyerIdType = Clean(input.BuyerIdType);
        var buyerId = Clean(input.BuyerIdNumber)?.ToUpperInvariant();
        if (product is not null)
        {
            if (IssueChecks.CashRefusal(product, company, method, total) is { } cash)
            {
                refusals.Add(cash);
            }

            if (product.RealNameThreshold is not { } threshold || total >= threshold)
            {
                var shown = product.RealNameThreshold ?? 0m;
                if (buyerName is null)
                {
                    errors.Add(IssuingErrors.BuyerNameRequired(shown));
                }

                if (buyerIdType is null || buyerId is null)
                {
                    errors.Add(IssuingErrors.BuyerIdRequired(shown));
                }
            }
        }

        if (buyerName?.Length > 100 || buyerIdType?.Length > 30 || buyerId?.Length > 30)
        {
            errors.Add(IssuingErrors.TooLong(buyerName?.Length > 100 ? "buyerName" : "buyerIdNumber", buyerName?.Length > 100 ? 100 : 30));
        }

        if (IssueReasons.Refusal<IssueRecord>(errors, refusals) is { } refused)
        {
            return refused;
        }

        var summary = CanonicalJson.Object(s => s
            .Text("buyer", buyerName).Text("buyerId", buyerId)
            .List("cards", planned, (c, p) => c.Amount("faceValue", p.FaceValue ?? 0m).Text("number", p.Number))
            .Text("paymentMethod", method).Text("product", product!.Code).Amount("total", total));
        var plan = new IssuePlan(IssueKind.Anonymous, outlet, operatorId, checks.LoginName, checks.Now, method!, null, null, product!, null, planned, summary)
        {
            ServiceInvoice = false, BuyerName = buyerName, BuyerIdType = buyerIdType, BuyerIdNumber = buyerId,
        };
        return await writer.WriteAsync(plan, null, ct);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
