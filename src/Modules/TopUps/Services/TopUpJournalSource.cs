using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.TopUps.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.TopUps.Services;

/// <summary>
/// Top-ups and receipts in the counter's day journal, by payment method (the money went into the serving operator's till);
/// a cancellation or reversal is its own line, a negative amount in the same method (the money went back out of the till),
/// on the day and under the operator who corrected it.
/// </summary>
internal sealed class TopUpJournalSource(AdminDbContext db, OutletScope scope, ModuleStates modules) : IJournalSource
{
    public async Task<IReadOnlyList<JournalEntry>> ListAsync(JournalRequest request, CancellationToken ct = default)
    {
        if (!modules.IsEnabled(TopUpsModule.ModuleId))
        {
            return [];
        }

        var visible = scope.Apply(db.Set<TopUpReceipt>().AsNoTracking());
        if (request.OutletId is { } outlet)
        {
            visible = visible.Where(r => r.OutletId == outlet);
        }

        var taken = visible.Where(r => r.At >= request.FromUtc && r.At < request.ToUtc);
        if (request.OperatorId is { } op)
        {
            taken = taken.Where(r => r.OperatorId == op);
        }

        var entries = (await taken.ToListAsync(ct)).Select(r => new JournalEntry(
            r.At, r.Kind.ToString(), Label(r.Kind), r.Receipt, r.OutletId, r.OutletCode, r.OperatorId, r.OperatorLogin, r.CustomerCode ?? r.CardNumber, r.CustomerName,
            r.Amount, r.PaymentMethod, null, $"/topups/receipts/{r.Id}")).ToList();

        var corrections = visible.Where(r => r.CorrectedAt >= request.FromUtc && r.CorrectedAt < request.ToUtc);
        if (request.OperatorId is { } corrector)
        {
            corrections = corrections.Where(r => r.CorrectedById == corrector);
        }

        var corrected = await corrections.ToListAsync(ct);
        entries.AddRange(corrected.Select(r => new JournalEntry(
            r.CorrectedAt!.Value, $"Receipt{r.Status}", r.Status == ReceiptStatus.Cancelled ? "Receipt cancelled" : "Receipt reversed", r.Receipt, r.OutletId,
            r.OutletCode, r.CorrectedById, r.CorrectedBy, r.CustomerCode ?? r.CardNumber, r.CustomerName, -r.Amount, r.PaymentMethod, r.CorrectionReviewer,
            $"/topups/receipts/{r.Id}")));
        return entries;
    }

    private static string Label(TopUpKind kind) => kind switch
    {
        TopUpKind.CustomerTopUp => "Customer top-up",
        TopUpKind.CustomerReceipt => "Customer receipt",
        TopUpKind.CardTopUp => "Card top-up",
        _ => "Internal card top-up",
    };
}
