using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>
/// Checks a fee collection as typed and prices it against today's schedule (the network's local day): the customer
/// (visible, active), the lines (known fees, once each, quantities, amounts), the payment method (enabled).
/// </summary>
public sealed class FeePricing(AdminDbContext db, Kernel.Time.LocalClock local, OutletScope scope)
{
    /// <summary>Most lines in one collection.</summary>
    public const int MaxLines = 20;

    /// <summary>Checks the input and prices it against today's schedule (field errors name <c>items[i].collected</c> and the like).</summary>
    public async Task<OperationResult<PricedCollection>> PriceAsync(FeeCollectionInput input, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        CustomerView? customer = null;
        var key = input.Customer?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            errors.Add(CounterErrors.CustomerRequired());
        }
        else
        {
            var visible = scope.Apply(db.Set<Customer>().AsNoTracking());
            var found = Guid.TryParse(key, out var id)
                ? await visible.FirstOrDefaultAsync(c => c.Id == id, ct)
                : await visible.FirstOrDefaultAsync(c => c.Code == key, ct);
            if (found is null)
            {
                errors.Add(CounterErrors.CustomerNotFound() with { Field = "customer" });
            }
            else if (found.Status != CustomerStatus.Active)
            {
                errors.Add(CounterErrors.CustomerNotActive(found.Code));
            }
            else
            {
                customer = new CustomerView(found.Id, found.Code, found.Type, found.Name, found.IdType, found.IdNumber, found.Phone, found.Address, found.OutletId, found.OutletCode, 0m, found.Status, found.CreatedAt, found.Version);
            }
        }

        var items = input.Items ?? [];
        if (items.Count == 0)
        {
            errors.Add(CounterErrors.ItemsRequired());
        }
        else if (items.Count > MaxLines)
        {
            errors.Add(CounterErrors.TooManyItems(MaxLines));
        }

        var today = await local.TodayAsync(ct);
        var fees = await db.Set<FeeItem>().AsNoTracking().Include(f => f.Amounts).Where(f => f.IsActive).ToListAsync(ct);
        var lines = new List<PricedLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(items.Count, MaxLines); i++)
        {
            var item = items[i];
            var prefix = $"items[{i}]";
            var code = item.Fee?.Trim().ToUpperInvariant();
            var fee = code is null ? null : fees.FirstOrDefault(f => f.Code == code);
            var unit = fee?.AmountOn(today)?.Amount;
            if (string.IsNullOrEmpty(code))
            {
                errors.Add(CounterErrors.ItemRequired($"{prefix}.fee"));
            }
            else if (fee is null || unit is null)
            {
                errors.Add(CounterErrors.ItemUnknown($"{prefix}.fee", code));
            }
            else if (!seen.Add(code))
            {
                errors.Add(CounterErrors.ItemTwice($"{prefix}.fee", code));
            }

            if (item.Quantity is not (>= 1 and <= 999))
            {
                errors.Add(CounterErrors.QuantityInvalid($"{prefix}.quantity"));
            }

            if (Money.Check(item.Collected, $"{prefix}.collected") is { } bad)
            {
                errors.Add(bad);
            }

            if (fee is not null && unit is not null && item.Quantity is (>= 1 and <= 999) && item.Collected is { } collected)
            {
                lines.Add(new PricedLine(i + 1, fee.Code, fee.NameEn, fee.NameZh, item.Quantity.Value, unit.Value, unit.Value * item.Quantity.Value, collected) { ReviewWhenChanged = fee.ReviewWhenChanged });
            }
        }

        var method = input.PaymentMethod?.Trim();
        PaymentMethod? paidBy = null;
        if (string.IsNullOrEmpty(method))
        {
            errors.Add(CounterErrors.PaymentMethodRequired());
        }
        else
        {
            paidBy = await db.Set<PaymentMethod>().AsNoTracking().FirstOrDefaultAsync(p => p.Code == method, ct);
            if (paidBy is null || !paidBy.Enabled)
            {
                errors.Add(CounterErrors.PaymentMethodDisabled(method));
            }
        }

        return errors.Count > 0
            ? OperationResult<PricedCollection>.Invalid([.. errors])
            : OperationResult<PricedCollection>.Success(new PricedCollection(customer!.Id, customer.Code, customer.Name, method!, lines)
            {
                PaymentMethodName = new LocalName(paidBy!.NameEn, paidBy.NameZh),
            });
    }
}
