using Admin.Kernel.Data;
using Admin.Modules.Reviews.Contracts;
using Admin.Modules.Reviews.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Reviews.Services;

/// <summary>Reads the authorisation log's hashes for another module (<see cref="IAuthorisationRecords"/>).</summary>
internal sealed class AuthorisationRecords(AdminDbContext db) : IAuthorisationRecords
{
    public async Task<IReadOnlyList<AuthorisationDigest>> OfAsync(Guid outletId, DateTime fromUtc, DateTime toUtc, CancellationToken ct = default) =>
        await db.Set<Authorisation>().AsNoTracking()
            .Where(a => a.OutletId == outletId && a.OccurredAt >= fromUtc && a.OccurredAt < toUtc)
            .OrderBy(a => a.Sequence)
            .Select(a => new AuthorisationDigest(a.Sequence, a.Hash, a.Result == AuthorisationResult.Granted))
            .ToListAsync(ct);
}
