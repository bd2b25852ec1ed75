using Admin.Kernel.Results;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Admin.Kernel.Data;

/// <summary>
/// Recognises a read or save that lost a race with a parallel task: a concurrency check (a version that moved), a unique
/// index, a PostgreSQL serialization failure (40001) or deadlock victim (40P01), SQLite's busy/locked (5/6). Other
/// database errors (a foreign key, a value too long) are bugs, not races, and are not recognised. EF reports some of
/// these wrapped: Npgsql's transient errors arrive as an <see cref="InvalidOperationException"/> around the provider's
/// error, so the whole chain of inner exceptions is walked. Such a task is answered 409 (<see cref="Conflict"/>), never 500:
/// nothing of it was written and the same request may be sent again.
/// </summary>
public static class LostRace
{
    /// <summary>PostgreSQL's SQLSTATE for a serialization failure.</summary>
    public const string PostgresSerializationFailure = "40001";

    /// <summary>PostgreSQL's SQLSTATE for a deadlock (this transaction was chosen as the victim).</summary>
    public const string PostgresDeadlock = "40P01";

    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions says the task lost a race.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var lost = e switch
            {
                DbUpdateConcurrencyException => true,
                PostgresException postgres => postgres.SqlState is PostgresSerializationFailure or PostgresDeadlock or UniqueViolation.PostgresUniqueViolation,
                SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 || UniqueViolation.Is(sqlite),
                _ => false,
            };
            if (lost)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The 409 of a task that lost a race: nothing was written, try again.</summary>
    public static OperationResult<T> Conflict<T>() => OperationResult<T>.Conflict(KernelErrors.RaceLost());
}
