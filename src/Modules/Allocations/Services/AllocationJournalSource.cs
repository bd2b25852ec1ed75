using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Security;
using Admin.Modules.Allocations.Models;
using Admin.Modules.Counter.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Allocations.Services;

/// <summary>
/// Pre-allocations, loads and unloads in the counter's day journal. None of them touches a till (the money moves between
/// the customer's own accounts), so their lines carry no payment method and count in no till total. A pre-allocation is one
/// line (its total) under its operator; a load or unload is one line at its start under the operator who started it, named
/// by how it ended (completed, voided, or still pending).
/// </summary>
internal sealed class AllocationJournalSource(AdminDbContext db, OutletScope scope, ModuleStates modules) : IJournalSource
{
    public async Task<IReadOnlyList<JournalEntry>> ListAsync(JournalRequest request, CancellationToken ct = default)
    {
        if (!modules.IsEnabled(AllocationsModule.ModuleId))
        {
            return [];
        }

        var allocations = scope.Apply(db.Set<Allocation>().AsNoTracking()).Where(a => a.At >= request.FromUtc && a.At < request.ToUtc);
        var transfers = scope.Apply(db.Set<PurseTransfer>().AsNoTracking()).Where(t => t.StartedAt >= request.FromUtc && t.StartedAt < request.ToUtc);
        if (request.OutletId is { } outlet)
        {
            allocations = allocations.Where(a => a.OutletId == outlet);
            transfers = transfers.Where(t => t.OutletId == outlet);
        }

        if (request.OperatorId is { } op)
        {
            allocations = allocations.Where(a => a.OperatorId == op);
            transfers = transfers.Where(t => t.OperatorId == op);
        }

        var entries = (await allocations.ToListAsync(ct)).Select(a => new JournalEntry(
            a.At, "PreAllocation", "Pre-allocation", $"{a.OutletCode}-P{a.LedgerEntryId:D6}", a.OutletId, a.OutletCode, a.OperatorId, a.OperatorLogin, a.CustomerCode,
            a.CustomerName, a.Total, null, null, $"/allocations/{a.Id}")).ToList();
        entries.AddRange((await transfers.ToListAsync(ct)).Select(t => new JournalEntry(
            t.StartedAt, $"{t.Kind}{t.Status}", $"{t.Kind} {t.Status.ToString().ToLowerInvariant()}", $"{t.OutletCode}-{(t.Kind == PurseTransferKind.Load ? "L" : "U")}{t.StartEntryId:D6}",
            t.OutletId, t.OutletCode, t.OperatorId, t.OperatorLogin, t.CardNumber, null, t.Amount, null, null, $"/allocations/purse/{t.Id}")));
        return entries;
    }
}
