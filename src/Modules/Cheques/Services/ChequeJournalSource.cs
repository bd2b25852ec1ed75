using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Security;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cheques.Services;

/// <summary>
/// Cheque receipts, clears and bounces in the counter's day journal, from the cheques' history (who did it, when).
/// A receipt took a cheque at the counter (payment method <c>Cheque</c>); a clear or bounce settles it and takes no money.
/// </summary>
internal sealed class ChequeJournalSource(AdminDbContext db, OutletScope scope, ModuleStates modules) : IJournalSource
{
    public async Task<IReadOnlyList<JournalEntry>> ListAsync(JournalRequest request, CancellationToken ct = default)
    {
        if (!modules.IsEnabled(ChequesModule.ModuleId))
        {
            return [];
        }

        var events = scope.Apply(db.Set<ChequeEvent>().AsNoTracking()).Where(e => e.At >= request.FromUtc && e.At < request.ToUtc);
        if (request.OutletId is { } outlet)
        {
            events = events.Where(e => e.OutletId == outlet);
        }

        if (request.OperatorId is { } op)
        {
            events = events.Where(e => e.OperatorId == op);
        }

        var rows = await events.Join(db.Set<Cheque>().AsNoTracking(), e => e.ChequeId, c => c.Id, (e, c) => new
        {
            e.At, e.Kind, e.OperatorId, e.OperatorLogin, e.ReviewerLogin, c.Id, c.OutletId, c.OutletCode, c.ReceiptNumber, c.Number,
            c.CustomerCode, c.CustomerName, c.Amount, c.Status,
        }).ToListAsync(ct);
        return rows.Select(r =>
        {
            var (kind, label, method) = r.Kind switch
            {
                "Receive" => ("ChequeReceipt", "Cheque receipt", "Cheque"),
                "Clear" => ("ChequeClear", "Cheque cleared", (string?)null),
                _ => ("ChequeBounce", "Cheque bounced", (string?)null),
            };
            return new JournalEntry(
                r.At, kind, label, $"{r.OutletCode}-C{r.ReceiptNumber:D6}", r.OutletId, r.OutletCode, r.OperatorId, r.OperatorLogin,
                r.CustomerCode, r.CustomerName, r.Amount, method, r.ReviewerLogin, $"/cheques/{r.Id}")
            {
                // A bounced cheque's receipt took no money the outlet holds: the journal shows it apart from the takings.
                NotHeld = kind == "ChequeReceipt" && r.Status == ChequeStatus.Bounced,
            };
        }).ToList();
    }
}
