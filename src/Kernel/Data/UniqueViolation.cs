using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Admin.Kernel.Data;

/// <summary>
/// Recognises a save refused by a unique index or constraint, by the provider's error code (never by message text, which
/// changes with the server's version and language): SQLite's SQLITE_CONSTRAINT_UNIQUE (extended code 2067; 1555 for a
/// primary key) and PostgreSQL's SQLSTATE 23505 <c>unique_violation</c>.
/// </summary>
public static class UniqueViolation
{
    /// <summary>SQLite's primary result code for a constraint failure.</summary>
    public const int SqliteConstraint = 19;

    /// <summary>SQLite's extended result code for a UNIQUE constraint failure.</summary>
    public const int SqliteConstraintUnique = 2067;

    /// <summary>SQLite's extended result code for a PRIMARY KEY constraint failure.</summary>
    public const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>PostgreSQL's SQLSTATE for a unique violation.</summary>
    public const string PostgresUniqueViolation = "23505";

    /// <summary>True when the save failed because a row with the same unique key exists (on either provider).</summary>
    public static bool Is(DbUpdateException exception) => Is(exception.InnerException);

    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions is the provider's unique-violation error.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var unique = e switch
            {
                SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
                    && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
                PostgresException postgres => postgres.SqlState == PostgresUniqueViolation,
                _ => false,
            };
            if (unique)
            {
                return true;
            }
        }

        return false;
    }
}
