using System.Data.Common;

namespace Admin.Kernel.Data;

/// <summary>Recognises database errors the same way on both providers (the kernel references neither provider).</summary>
public static class DbErrors
{
    /// <summary>True when <paramref name="exception"/> (or an inner exception) is a unique-constraint violation.</summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db && (db.SqlState == "23505" || db.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
