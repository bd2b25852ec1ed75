using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Issuing.Models;

namespace Admin.Modules.Issuing.Services;

/// <summary>
/// Open an account and issue (开户发卡, manual 2.1/2.2/2.5/2.6), a counter task: the customer picked or registered in the
/// task, a single-user card or a multi-user customer's primary card from the operator's drawer, the fees from the schedule
/// (a collected amount different from it reviewed when the fee item says so), in one transaction.
/// </summary>
public sealed class CardIssuing(
    IssueChecks checks, ICustomerDirectory directory, ICustomerRegistry registry, ICards cards, IssueTitles titles, CounterTask task, IssueWriter writer)
{
    public async Task<OperationResult<IssueRecord>> IssueAsync(IssueInput input, CancellationToken ct = default)
    {
        var place = await checks.OutletAsync(ct);
        if (!place.Succeeded)
        {
            return OperationResult<IssueRecord>.From(place);
        }

        var (outlet, operatorId) = place.Value;
        var errors = new List<OperationError>();
        var refusals = new List<OperationError>();
        var customer = await CustomerAsync(input, errors, ct);
        if (customer is not null && (await cards.ListByCustomerAsync(customer.Id, ct)).Any(c => c.Status is not ("Replaced" or "Closed")))
        {
            return OperationResult<IssueRecord>.Conflict(IssuingErrors.CustomerHasCards(customer.Code));
        }

        var kind = input.MultiUser ? "Primary" : "SingleUser";
        var (product, productError) = await checks.ProductAsync(input.Product, input.MultiUser ? "PRIMARY" : "SINGLE", kind, ct);
        if (productError is not null)
        {
            errors.Add(productError);
        }

        var card = input.Card ?? new CardInput(null);
        IssueChecks.CheckHolder(card, "card", errors);
        var numbers = product is null ? [] : await checks.CheckNumbersAsync(product, [card.Number], _ => "card.number", errors, ct);
        var (method, methodError, methodFailure) = await checks.PaymentMethodAsync(input.PaymentMethod, ct);
        (methodFailure == FailureKind.Unprocessable ? refusals : errors).AddRange(methodError is null ? [] : [methodError]);
        var fees = IssueChecks.Price(await checks.FeesAsync(ct), input.Fees, "fees", errors);
        var titleId = await TitleAsync(input, customer, errors, ct);
        var total = fees.Sum(f => f.Collected);
        var company = (customer?.Type ?? input.NewCustomer?.Type?.Trim()) == "Company";
        if (product is not null && IssueChecks.CashRefusal(product, company, method, total) is { } cash)
        {
            refusals.Add(cash);
        }
        if (IssueReasons.Refusal<IssueRecord>(errors, refusals) is { } refused)
        {
            return refused;
        }

        var planned = new PlannedCard(numbers[0], "card.number", card.HolderName, card.VehiclePlate, card.Notes, fees);
        var who = customer?.Code ?? $"{input.NewCustomer!.Name?.Trim()} ({input.NewCustomer.IdNumber?.Trim()})";
        var summary = CanonicalJson.Object(s =>
        {
            s.Text("card", planned.Number).Text("customer", who).Text("paymentMethod", method).Text("product", product!.Code)
                .Text("serviceInvoice", input.ServiceInvoice ? "yes" : "no").Amount("total", planned.Total);
            IssueReasons.Fees(s, fees);
        });
        var review = await task.ReviewAsync(new ReviewRequest(IssueWriter.TaskType(IssueKind.Issue), outlet.Id, IssueReasons.Fees(fees).ToList(), summary, input.Review),
            new ReviewText("the issue of card {0} to {1}: {2} paid by {3}", planned.Number, who, Money.Format(planned.Total), method), ct);
        if (!review.Succeeded)
        {
            return OperationResult<IssueRecord>.From(review);
        }

        var plan = new IssuePlan(IssueKind.Issue, outlet, operatorId, checks.LoginName, checks.Now, method!, customer,
            customer is null ? input.NewCustomer : null, product!, null, [planned], summary)
        {
            ServiceInvoice = input.ServiceInvoice, InvoiceTitleId = titleId, DepositHeld = await checks.DepositHeldAsync(customer, ct),
        };
        return await writer.WriteAsync(plan, review.Value, ct);
    }

    private async Task<CustomerInfo?> CustomerAsync(IssueInput input, List<OperationError> errors, CancellationToken ct)
    {
        var key = input.Customer?.Trim();
        if (!string.IsNullOrEmpty(key) && input.NewCustomer is not null)
        {
            errors.Add(IssuingErrors.CustomerTwice());
            return null;
        }

        if (input.NewCustomer is { } fresh)
        {
            var check = registry.Check(fresh);
            errors.AddRange(check.Errors.Select(e => e with { Field = $"newCustomer.{e.Field}" }));
            return null;
        }

        if (string.IsNullOrEmpty(key))
        {
            errors.Add(IssuingErrors.CustomerRequired());
            return null;
        }

        var found = Guid.TryParse(key, out var id) ? await directory.FindAsync(id, ct) : await directory.FindByCodeAsync(key, ct);
        if (found is null)
        {
            errors.Add(IssuingErrors.CustomerNotFound());
        }
        else if (found.Status != "Active")
        {
            errors.Add(IssuingErrors.CustomerNotActive(found.Code));
            return null;
        }

        return found;
    }

    private async Task<Guid?> TitleAsync(IssueInput input, CustomerInfo? customer, List<OperationError> errors, CancellationToken ct) =>
        await CheckTitleAsync(titles, input.InvoiceTitle, input.ServiceInvoice, customer, errors, ct);

    /// <summary>An invoice title only when one is wanted: none when declined; else one of the customer's titles.</summary>
    internal static async Task<Guid?> CheckTitleAsync(IssueTitles titles, string? text, bool serviceInvoice, CustomerInfo? customer, List<OperationError> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!serviceInvoice)
        {
            errors.Add(IssuingErrors.InvoiceDeclined());
            return null;
        }

        if (!Guid.TryParse(text.Trim(), out var id) || customer is null || (await titles.ChoicesAsync(customer.Id, ct)).All(t => t.TitleId != id))
        {
            errors.Add(IssuingErrors.InvoiceTitleInvalid());
            return null;
        }

        return id;
    }
}
