using Admin.Kernel.Settings;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.TopUps.Contracts;

namespace Admin.Modules.Checks.Services.Rules;

/// <summary>
/// Top-ups split to stay under a threshold (化整为零): for one customer account or card in one local day, several amounts just
/// below the cash limit (cash top-ups) or the real-name threshold (an anonymous card), together reaching it. The thresholds
/// are the card product's (Cards' contract: the product of the card, or of the customer's main card, else the default
/// product of their kind, as TopUps applies them); "just below" and "several" are settings.
/// </summary>
internal sealed class SplitTopUpsRule(ITopUpFacts topUps, INetworkCards cards, INetworkCustomers customers, ICardProducts products, SystemSettings settings) : ICheckRule
{
    public string Code => "Checks.SplitTopUps";
    public string Name => "Top-ups split to stay under a threshold";

    public async Task<IReadOnlyList<CheckFindingDraft>> RunAsync(CheckSpan span, CancellationToken ct)
    {
        var margin = await settings.GetIntAsync(ChecksSettings.SplitMarginPercent, ct) / 100m;
        var several = await settings.GetIntAsync(ChecksSettings.SplitCount, ct);
        var made = (await topUps.MadeAsync(span.StartUtc, span.EndUtc, ct: ct)).Where(t => t.Status != "Cancelled").ToList();
        var findings = new List<CheckFindingDraft>();
        foreach (var group in made.GroupBy(t => (Target: t.CardId ?? t.CustomerId ?? Guid.Empty, Day: span.DayOf(t.At))).Where(g => g.Key.Target != Guid.Empty && g.Count() >= several))
        {
            var first = group.First();
            var (product, company, anonymous) = await ProductOfAsync(first, ct);
            if (product is null)
            {
                continue;
            }

            var thresholds = new List<(string Name, decimal Limit, bool CashOnly)> { ("cash limit", PrepaidCardRules.CashLimit(product, company), true) };
            if (anonymous && product.RealNameThreshold is { } realName)
            {
                thresholds.Add(("real-name threshold", realName, false));
            }

            foreach (var (name, limit, cashOnly) in thresholds)
            {
                var below = group.Where(t => (!cashOnly || t.PaymentMethod == "Cash") && t.Amount < limit && t.Amount >= limit * (1 - margin)).ToList();
                var total = below.Sum(t => t.Amount);
                if (below.Count < several || total < limit)
                {
                    continue;
                }

                var target = first.CardNumber is { } number ? $"card {number}" : $"customer {first.CustomerCode}";
                var operators = below.Select(t => t.OperatorLogin).Distinct().ToList();
                var links = below.Select(t => RuleText.Receipt(t.Id, t.Receipt)).ToList();
                links.Add(first.CardNumber is { } n ? RuleText.Card(n) : RuleText.Customer(first.CustomerId!.Value, first.CustomerCode));
                findings.Add(new CheckFindingDraft(first.OutletId, group.Key.Day, operators.Count == 1 ? operators[0] : null,
                    "{0} top-ups for {1} in one day just below the {2} of {3}: {4} in all",
                    [RuleText.Count(below.Count), target, name, RuleText.Amount(limit), RuleText.Amount(total)], total, links));
                break;
            }
        }

        return findings;
    }

    private async Task<(CardProductInfo? Product, bool Company, bool Anonymous)> ProductOfAsync(TopUpFact topUp, CancellationToken ct)
    {
        var customer = topUp.CustomerId is { } c ? await customers.FindAsync(c, ct) : null;
        var company = customer?.Type == "Company";
        if (topUp.CardId is { } cardId)
        {
            var card = await cards.FindAsync(cardId, ct);
            return card is null ? (null, company, false) : (await products.FindAsync(card.ProductId, ct), company || card.Kind == "Internal", card.Kind == "Anonymous");
        }

        if (customer is null)
        {
            return (null, company, false);
        }

        var main = (await cards.ListByCustomerAsync(customer.Id, ct)).FirstOrDefault(x => x.Kind is "Primary" or "SingleUser" && x.Status is not ("Replaced" or "Closed"));
        var product = main is not null ? await products.FindAsync(main.ProductId, ct) : await products.FindByCodeAsync(company ? "PRIMARY" : "SINGLE", ct);
        return (product, company, false);
    }
}
