using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.CustomerAccounts.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CustomerAccounts.Services;

/// <summary>
/// Refunds and customer arrivals in the counter's day journal. A refund is a line when it is decided, its amount negative:
/// paid in cash at once it went out of the operator's cash till (method Cash); by transfer it is only owed then (no
/// method), and the transfer made is a second line when it is recorded paid (method Transfer, out of that operator's
/// transfer till). An arrival recorded is money into the recorder's transfer till (method Transfer); matching it to a
/// customer moves no till money (no method). The later steps (paid, matched) are kept by login name, so they are found for
/// an operator's journal through <see cref="JournalRequest.OperatorLogin"/>.
/// </summary>
internal sealed class AccountsJournalSource(AdminDbContext db, OutletScope scope, ModuleStates modules) : IJournalSource
{
    public async Task<IReadOnlyList<JournalEntry>> ListAsync(JournalRequest request, CancellationToken ct = default)
    {
        if (!modules.IsEnabled(CustomerAccountsModule.ModuleId))
        {
            return [];
        }

        var (from, to) = (request.FromUtc, request.ToUtc);
        var refunds = scope.Apply(db.Set<Refund>().AsNoTracking());
        var arrivals = scope.Apply(db.Set<Arrival>().AsNoTracking());
        if (request.OutletId is { } outlet)
        {
            refunds = refunds.Where(r => r.OutletId == outlet);
            arrivals = arrivals.Where(a => a.OutletId == outlet);
        }

        var decided = refunds.Where(r => r.At >= from && r.At < to);
        var paid = refunds.Where(r => r.Method == CheckedPayout.Transfer && r.PaidAt >= from && r.PaidAt < to);
        var recorded = arrivals.Where(a => a.RecordedAt >= from && a.RecordedAt < to);
        var matched = arrivals.Where(a => a.MatchedAt >= from && a.MatchedAt < to);
        if (request.OperatorId is { } op)
        {
            var login = request.OperatorLogin ?? "";
            decided = decided.Where(r => r.OperatorId == op);
            paid = paid.Where(r => r.PaidBy == login);
            recorded = recorded.Where(a => a.RecordedById == op);
            matched = matched.Where(a => a.MatchedBy == login);
        }

        var entries = (await decided.ToListAsync(ct)).Select(r => new JournalEntry(
            r.At, $"Refund{r.Kind}", RefundLabels.Kind(r.Kind), r.Receipt, r.OutletId, r.OutletCode, r.OperatorId, r.OperatorLogin, r.CustomerCode ?? r.CardNumber,
            r.CustomerName, -r.Amount, r.Method == CheckedPayout.Cash ? CheckedPayout.Cash : null, r.ReviewerLogin, $"/customer-accounts/refunds/{r.Id}")).ToList();
        entries.AddRange((await paid.ToListAsync(ct)).Select(r => new JournalEntry(
            r.PaidAt!.Value, "RefundPaid", "Refund paid out", r.Receipt, r.OutletId, r.OutletCode, request.OperatorId, r.PaidBy, r.CustomerCode ?? r.CardNumber,
            r.CustomerName, -r.Amount, CheckedPayout.Transfer, null, $"/customer-accounts/refunds/{r.Id}")));
        entries.AddRange((await recorded.ToListAsync(ct)).Select(a => new JournalEntry(
            a.RecordedAt, "ArrivalRecorded", "Customer arrival", a.Reference, a.OutletId, a.OutletCode, a.RecordedById, a.RecordedBy, null, a.Payer, a.Amount,
            CheckedPayout.Transfer, null, "/customer-accounts/arrivals?status=all")));
        entries.AddRange((await matched.ToListAsync(ct)).Select(a => new JournalEntry(
            a.MatchedAt!.Value, "ArrivalMatched", "Customer arrival matched", a.Reference, a.OutletId, a.OutletCode, request.OperatorId, a.MatchedBy, a.CustomerCode,
            a.CustomerName, a.Amount, null, null, "/customer-accounts/arrivals?status=Matched")));
        return entries;
    }
}
