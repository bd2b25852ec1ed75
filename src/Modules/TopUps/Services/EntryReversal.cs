using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.TopUps.Models;

namespace Admin.Modules.TopUps.Services;

/// <summary>
/// <c>POST /api/entries/{id}/reverse</c>: finds the receipt that posted the entry and reverses it (<see cref="ReceiptCorrections"/>);
/// another outlet's or an unknown entry is 404, a correction 409, another task's entry 422 naming its task type.
/// </summary>
public sealed class EntryReversal(ILedgerEntries entries, OutletScope scope, ReceiptQuery query, ReceiptCorrections corrections)
{
    /// <summary>Reverses the receipt that posted ledger entry <paramref name="entryId"/> (<c>POST /api/entries/{id}/reverse</c>).</summary>
    public async Task<OperationResult<TopUpReceipt>> ReverseEntryAsync(long entryId, string? reason, ReviewCredentials? review, CancellationToken ct = default)
    {
        // Another outlet's entry is 404 as if it did not exist; this module's receipts are found by the entry they posted.
        if (await entries.FindAsync(entryId, ct) is not { } entry || !await scope.CanSeeAsync(entry.OutletId, ct))
        {
            return OperationResult<TopUpReceipt>.NotFound(TopUpsErrors.EntryNotFound(entryId));
        }

        if (await query.FindByEntryAsync(entryId, ct) is { } receipt)
        {
            return await corrections.CorrectAsync(receipt.Id, false, reason, review, ct);
        }

        if (await query.FindByCorrectionAsync(entryId, ct) is { } corrected)
        {
            return ReceiptCorrections.Conflict(TopUpsErrors.EntryIsCorrection(entryId, corrected.Receipt), corrected);
        }

        var other = OperationResult<TopUpReceipt>.Fail(FailureKind.Unprocessable, TopUpsErrors.EntryNotReversible(entryId, entry.TaskType));
        other.With("taskType", entry.TaskType);
        return other;
    }
}
