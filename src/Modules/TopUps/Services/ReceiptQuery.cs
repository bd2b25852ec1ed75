using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.TopUps.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.TopUps.Services;

/// <summary>Filters of the receipts list: the customer's code, the card, the status.</summary>
public sealed record ReceiptFilter(string? Customer = null, string? Card = null, ReceiptStatus? Status = null);

/// <summary>Receipts the caller may see: those taken at their outlet (the serving outlet's), every outlet's for head office.</summary>
public sealed class ReceiptQuery(AdminDbContext db, OutletScope scope, ILedgerPeriods periods)
{
    /// <summary>True when the serving operator has closed the shift the receipt was taken in (it is reversed from then on, never cancelled).</summary>
    public Task<bool> ShiftClosedAsync(TopUpReceipt receipt, CancellationToken ct = default) => periods.IsInClosedShiftAsync(receipt.LedgerEntryId, ct);

    public Task<TopUpReceipt?> FindAsync(Guid id, CancellationToken ct = default) => Visible().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The visible receipt that posted the entry, or null.</summary>
    public Task<TopUpReceipt?> FindByEntryAsync(long entryId, CancellationToken ct = default) => Visible().FirstOrDefaultAsync(r => r.LedgerEntryId == entryId, ct);

    /// <summary>The visible receipt the entry corrected, or null.</summary>
    public Task<TopUpReceipt?> FindByCorrectionAsync(long entryId, CancellationToken ct = default) =>
        Visible().FirstOrDefaultAsync(r => r.CorrectionEntryId == entryId, ct);

    /// <summary>Newest first, keyset paged on (instant, id).</summary>
    public async Task<OperationResult<Page<TopUpReceipt>>> ListAsync(ReceiptFilter filter, string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } badLimit)
        {
            return OperationResult<Page<TopUpReceipt>>.Invalid(badLimit);
        }

        var query = Visible();
        if (!string.IsNullOrWhiteSpace(filter.Customer))
        {
            var code = filter.Customer.Trim();
            query = query.Where(r => r.CustomerCode == code);
        }

        if (!string.IsNullOrWhiteSpace(filter.Card))
        {
            var number = filter.Card.Trim();
            query = query.Where(r => r.CardNumber == number);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (after is not null)
        {
            if (Keyset.Decode(after, 3) is not [var ticks, var outlet, var number]
                || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                || t > DateTime.MaxValue.Ticks)
            {
                return OperationResult<Page<TopUpReceipt>>.Invalid(Keyset.BadCursor());
            }

            var at = new DateTime(t, DateTimeKind.Utc);
            query = query.Where(r => r.At <= at && (r.At < at || (r.At == at && (string.Compare(r.OutletCode, outlet) < 0 || (r.OutletCode == outlet && r.ReceiptNumber < n)))));
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderByDescending(r => r.At).ThenByDescending(r => r.OutletCode).ThenByDescending(r => r.ReceiptNumber).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<TopUpReceipt>>.Success(Keyset.ToPage(rows, take,
            r => Keyset.Encode(r.At.Ticks.ToString(CultureInfo.InvariantCulture), r.OutletCode, r.ReceiptNumber.ToString(CultureInfo.InvariantCulture))));
    }

    private IQueryable<TopUpReceipt> Visible() => scope.Apply(db.Set<TopUpReceipt>().AsNoTracking());
}
