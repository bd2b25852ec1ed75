using System.Globalization;
using Admin.Kernel.Results;
using Admin.Kernel.Settings;
using Admin.Modules.BatchTopUps.Models;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.BatchTopUps.Services;

/// <summary>One line as typed on the screen or sent on the API.</summary>
public sealed record BatchLineInput(string? Card, decimal? Amount);

/// <summary>A list to submit: the company customer (code or id), the lines or a CSV text (card,amount per line), a note.</summary>
public sealed record BatchTopUpInput(string? Customer, IReadOnlyList<BatchLineInput?>? Lines, string? Csv, string? Note);

/// <summary>A list checked whole: the customer, its lines (cards resolved), the total.</summary>
public sealed record CheckedBatch(CustomerInfo Customer, IReadOnlyList<BatchTopUpLine> Lines, decimal Total, string? Note);

/// <summary>
/// Checks a list whole before anything is saved, with every line's errors at once: unknown card, card of another customer,
/// card not in use, bad amount, the same card twice, a card that would go above its product's balance cap.
/// </summary>
public sealed class BatchTopUpCheck(ICustomerDirectory customers, ICards cards, ICardProducts products, ILedger ledger, SystemSettings settings)
{
    private const decimal MaxAmount = 100_000_000m;

    public async Task<OperationResult<CheckedBatch>> CheckAsync(BatchTopUpInput input, CancellationToken ct)
    {
        var errors = new List<OperationError>();
        var customer = await CustomerAsync(input.Customer, errors, ct);
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note is { Length: > 200 })
        {
            errors.Add(BatchTopUpsErrors.NoteTooLong(200));
        }

        var fromCsv = !string.IsNullOrWhiteSpace(input.Csv);
        var typed = fromCsv ? ParseCsv(input.Csv!, errors) : (input.Lines ?? []).Select((l, i) => (Line: i + 1, l?.Card, Amount: l?.Amount, AmountText: (string?)null)).ToList();
        var max = await settings.GetIntAsync(BatchTopUpsSettings.MaxLines, ct);
        if (typed.Count == 0 && errors.Count == 0)
        {
            errors.Add(BatchTopUpsErrors.LinesRequired());
        }
        else if (typed.Count > max)
        {
            errors.Add(BatchTopUpsErrors.TooManyLines(max));
        }

        if (customer is null || errors.Count > 0)
        {
            return OperationResult<CheckedBatch>.Invalid([.. errors]);
        }

        var held = (await cards.ListByCustomerAsync(customer.Id, ct)).ToDictionary(c => c.Number, StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<(BatchTopUpLine Line, CardInfo Card, string Field)>();
        foreach (var (lineNo, cardText, amount, amountText) in typed)
        {
            var cardField = fromCsv ? "csv" : $"lines[{lineNo - 1}].card";
            var amountField = fromCsv ? "csv" : $"lines[{lineNo - 1}].amount";
            var number = new string((cardText ?? "").Where(ch => !char.IsWhiteSpace(ch)).ToArray());
            CardInfo? card = null;
            if (number.Length == 0)
            {
                errors.Add(BatchTopUpsErrors.CardRequired(cardField, lineNo));
            }
            else if (seen.TryGetValue(number, out var first))
            {
                errors.Add(BatchTopUpsErrors.CardTwice(cardField, lineNo, number, first));
            }
            else
            {
                seen[number] = lineNo;
                card = held.GetValueOrDefault(number);
                if (card is null)
                {
                    errors.Add(await cards.FindByNumberAsync(number, ct) is null
                        ? BatchTopUpsErrors.CardUnknown(cardField, lineNo, number)
                        : BatchTopUpsErrors.CardNotCustomers(cardField, lineNo, number));
                }
                else if (card.Status != "Issued")
                {
                    errors.Add(BatchTopUpsErrors.CardNotActive(cardField, lineNo, number, card.Status));
                    card = null;
                }
            }

            if (amount is not { } a || a <= 0 || decimal.Round(a, 2) != a)
            {
                errors.Add(amountText is not null && amount is null && amountText.Length > 0 && decimal.TryParse(amountText, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? BatchTopUpsErrors.AmountTooLarge(amountField, lineNo)
                    : BatchTopUpsErrors.AmountInvalid(amountField, lineNo));
            }
            else if (a > MaxAmount)
            {
                errors.Add(BatchTopUpsErrors.AmountTooLarge(amountField, lineNo));
            }
            else if (card is not null)
            {
                lines.Add((new BatchTopUpLine { LineNo = lineNo, CardId = card.Id, CardOutletId = card.OutletId, CardNumber = card.Number, Amount = a }, card, cardField));
            }
        }

        await CheckCapsAsync(lines, errors, ct);
        if (errors.Count > 0)
        {
            return OperationResult<CheckedBatch>.Invalid([.. errors.OrderBy(e => e.Args.Length > 0 && e.Args[0] is int n ? n : 0)]);
        }

        return OperationResult<CheckedBatch>.Success(new CheckedBatch(customer, [.. lines.Select(l => l.Line)], lines.Sum(l => l.Line.Amount), note));
    }

    private async Task CheckCapsAsync(List<(BatchTopUpLine Line, CardInfo Card, string Field)> lines, List<OperationError> errors, CancellationToken ct)
    {
        if (lines.Count == 0)
        {
            return;
        }

        // What a card holds is its card account and its purse; the product's cap bounds both together.
        var balances = (await ledger.BalancesOfAsync([.. lines.Select(l => l.Card.Id)], [AccountKind.Card, AccountKind.Purse], ct))
            .GroupBy(b => b.OwnerId).ToDictionary(g => g.Key, g => g.Sum(b => b.Balance));
        var caps = new Dictionary<Guid, decimal>();
        foreach (var productId in lines.Select(l => l.Card.ProductId).Distinct())
        {
            caps[productId] = (await products.FindAsync(productId, ct))?.BalanceCap ?? decimal.MaxValue;
        }

        foreach (var (line, card, field) in lines)
        {
            var after = balances.GetValueOrDefault(card.Id) + line.Amount;
            if (caps[card.ProductId] is var cap && cap > 0 && after > cap)
            {
                errors.Add(BatchTopUpsErrors.CapExceeded(field, line.LineNo, card.Number, after, cap));
            }
        }
    }

    private async Task<CustomerInfo?> CustomerAsync(string? key, List<OperationError> errors, CancellationToken ct)
    {
        key = key?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            errors.Add(BatchTopUpsErrors.CustomerRequired());
            return null;
        }

        var customer = Guid.TryParse(key, out var id) ? await customers.FindAsync(id, ct) : await customers.FindByCodeAsync(key, ct);
        if (customer is null)
        {
            errors.Add(BatchTopUpsErrors.CustomerNotFound());
        }
        else if (customer.Type != "Company")
        {
            errors.Add(BatchTopUpsErrors.CustomerNotCompany(customer.Code));
        }
        else if (customer.Status != "Active")
        {
            errors.Add(BatchTopUpsErrors.CustomerNotActive(customer.Code));
        }
        else
        {
            return customer;
        }

        return null;
    }

    /// <summary>
    /// Reads <c>card,amount</c> lines (a first line whose amount is not a number is a header and skipped; empty lines are
    /// skipped; line numbers are the text's own).
    /// </summary>
    internal static List<(int Line, string? Card, decimal? Amount, string? AmountText)> ParseCsv(string text, List<OperationError> errors)
    {
        var result = new List<(int, string?, decimal?, string?)>();
        var rawLines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < rawLines.Length; i++)
        {
            var raw = rawLines[i].Trim();
            if (raw.Length == 0)
            {
                continue;
            }

            var (records, bad) = Admin.Kernel.Csv.Csv.Parse(raw);
            if (records is null || records.Count != 1)
            {
                errors.Add(BatchTopUpsErrors.CsvInvalid(i + 1 + Math.Max(0, bad - 1)));
                continue;
            }

            var fields = records[0];
            if (fields.Length != 2)
            {
                errors.Add(BatchTopUpsErrors.CsvColumns(i + 1));
                continue;
            }

            var amountText = fields[1].Trim();
            var parsed = decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : (decimal?)null;
            if (parsed is null && result.Count == 0 && !fields[0].Trim().Any(char.IsDigit))
            {
                continue; // a header such as "card,amount" or "卡号,金额"
            }

            result.Add((i + 1, fields[0], parsed, amountText));
        }

        return result;
    }
}
