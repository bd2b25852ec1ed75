using Admin.Kernel.Data;
using Admin.Kernel.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Admin.Host.Startup;

/// <summary>Thrown when the database cannot be used by this version of the console.</summary>
public sealed class DatabaseStartupException(string message) : Exception(message);

/// <summary>
/// At startup: refuse a database whose schema is newer than the code, apply pending migrations, and on an empty
/// database run <c>recipes/setup.recipe.json</c> once (several hosts starting together run it once between them).
/// </summary>
public static class DatabaseStartup
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }

        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var unknown = applied.Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseStartupException(
                $"The database schema is newer than this version of the console: it has migrations this code does not know ({string.Join(", ", unknown)}). " +
                "Run the newer version of the console, or restore a backup made for this version.");
        }

        await db.Database.MigrateAsync(ct);
    }

    /// <summary>Runs the setup recipe when the database has never been set up. Answers the lines to show, or null if it did not run.</summary>
    public static async Task<IReadOnlyList<string>?> SetupIfEmptyAsync(IServiceProvider services, string recipePath, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        if (await db.Set<SetupRun>().AnyAsync(ct))
        {
            return null;
        }

        if (!File.Exists(recipePath))
        {
            throw new DatabaseStartupException($"The database is empty and the setup recipe {recipePath} is missing.");
        }

        var executor = scope.ServiceProvider.GetRequiredService<RecipeExecutor>();
        var json = await File.ReadAllTextAsync(recipePath, ct);
        var result = await executor.RunAsync(json, async (context, token) =>
        {
            // The marker row is inserted first, inside the recipe's transaction: a second host starting at the same
            // moment waits on it and then finds the setup done.
            context.Add(new SetupRun { Id = "setup", RanAt = DateTime.UtcNow });
            await context.SaveChangesAsync(token);
        }, ct);

        if (!result.Succeeded)
        {
            if (await db.Set<SetupRun>().AsNoTracking().AnyAsync(ct))
            {
                return null;
            }

            throw new DatabaseStartupException("The setup recipe failed: " + string.Join("; ", result.Errors.Select(e => e.ToString())));
        }

        return result.Value!.Output;
    }
}
