using Admin.Kernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Admin.Kernel.Data;

/// <summary>Helpers for the version a client read and sends back.</summary>
public static class Versions
{
    /// <summary>The version as clients see it (an opaque string).</summary>
    public static string Format(long version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Tells EF which version the client read, so that saving fails with a concurrency error if the row moved on.
    /// Answers a conflict result at once when the client's version is already stale or unreadable.
    /// </summary>
    public static OperationResult? Expect<T>(DbContext db, T entity, string? clientVersion)
        where T : class, IVersioned
    {
        if (!long.TryParse(clientVersion, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expected))
        {
            return OperationResult.Invalid(KernelErrors.VersionRequired());
        }

        if (expected != entity.Version)
        {
            return OperationResult.Conflict(KernelErrors.StaleVersion(Format(entity.Version))).With("version", Format(entity.Version));
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = expected;
        return null;
    }

    /// <summary>Runs a save and turns a concurrency failure into a 409 result naming the current version.</summary>
    public static async Task<OperationResult?> SaveAsync<T>(DbContext db, T entity, CancellationToken ct)
        where T : class, IVersioned
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var entry = db.Entry(entity);
            var current = await entry.GetDatabaseValuesAsync(ct);
            var version = current is null ? "deleted" : Format(current.GetValue<long>(nameof(IVersioned.Version)));
            db.ChangeTracker.Clear();
            return OperationResult.Conflict(KernelErrors.StaleVersion(version)).With("version", version);
        }
    }
}
