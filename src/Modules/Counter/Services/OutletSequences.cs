using Admin.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>
/// Per-outlet counters (receipt numbers, customer codes). <see cref="NextAsync"/> bumps the row with one
/// <c>UPDATE … RETURNING</c> inside the caller's transaction: concurrent callers wait for each other's commit, and a
/// rolled-back task gives its number back, so numbers have no gaps and no duplicates.
/// </summary>
public sealed class OutletSequences(AdminDbContext db) : Contracts.IOutletSequences
{
    public const string Receipts = "receipt";
    public const string Customers = "customer";

    /// <summary>The next number of the outlet's counter. Call it inside a transaction.</summary>
    public async Task<long> NextAsync(Guid outletId, string name, CancellationToken ct)
    {
        // INSERT … ON CONFLICT DO NOTHING works on SQLite and PostgreSQL and never aborts the transaction.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Counter_Sequences" ("OutletId", "Name", "Value") VALUES ({outletId}, {name}, 0) ON CONFLICT DO NOTHING
            """, ct);
        var taken = await db.Database.SqlQuery<long>($"""
            UPDATE "Counter_Sequences" SET "Value" = "Value" + 1
            WHERE "OutletId" = {outletId} AND "Name" = {name}
            RETURNING "Value" AS "Value"
            """).ToListAsync(ct);
        return taken.Single();
    }
}
