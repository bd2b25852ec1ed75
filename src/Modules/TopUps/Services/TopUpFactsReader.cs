using Admin.Kernel.Data;
using Admin.Modules.TopUps.Contracts;
using Admin.Modules.TopUps.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.TopUps.Services;

/// <summary>The top-ups as the abnormal-entry check reads them (<see cref="ITopUpFacts"/>).</summary>
internal sealed class TopUpFactsReader(AdminDbContext db) : ITopUpFacts
{
    public async Task<IReadOnlyList<TopUpFact>> MadeAsync(DateTime fromUtc, DateTime toUtc, int limit = 10_000, CancellationToken ct = default) =>
        (await db.Set<TopUpReceipt>().AsNoTracking().Where(r => r.At >= fromUtc && r.At < toUtc).OrderBy(r => r.At).ThenBy(r => r.Id).Take(limit).ToListAsync(ct))
        .Select(Fact).ToList();

    public async Task<IReadOnlyList<TopUpFact>> CorrectedAsync(DateTime fromUtc, DateTime toUtc, int limit = 10_000, CancellationToken ct = default) =>
        (await db.Set<TopUpReceipt>().AsNoTracking().Where(r => r.CorrectedAt >= fromUtc && r.CorrectedAt < toUtc).OrderBy(r => r.CorrectedAt).ThenBy(r => r.Id).Take(limit).ToListAsync(ct))
        .Select(Fact).ToList();

    private static TopUpFact Fact(TopUpReceipt r) => new(
        r.Id, r.Receipt, r.Kind.ToString(), r.Status.ToString(), r.OutletId, r.OutletCode, r.CustomerId, r.CustomerCode, r.CardId, r.CardNumber, r.PaymentMethod, r.Amount,
        r.At, r.OperatorId, r.OperatorLogin, r.CorrectedAt, r.CorrectedById, r.CorrectedBy);
}
