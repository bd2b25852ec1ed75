using System.Text;
using Admin.Kernel.Results;

namespace Admin.Kernel.Paging;

/// <summary>One page of a keyset-paged list: the items and the cursor of the next page (null at the end).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>Cursor encoding and limits for keyset paging. A cursor is opaque to clients.</summary>
public static class Keyset
{
    /// <summary>Default page size.</summary>
    public const int DefaultLimit = 50;
    /// <summary>Largest page size.</summary>
    public const int MaxLimit = 500;

    /// <summary>Encodes the sort key of the last row of a page.</summary>
    public static string Encode(params string[] parts) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Decodes a cursor into its parts, or null when it is malformed.</summary>
    public static string[]? Decode(string? cursor, int expectedParts)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 512)
        {
            return null;
        }

        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(b64)).Split('\u001f');
            return parts.Length == expectedParts ? parts : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Validates a requested limit; null means the default.</summary>
    public static OperationError? CheckLimit(int? limit) =>
        limit is null or (>= 1 and <= MaxLimit) ? null : KernelErrors.BadLimit();

    /// <summary>The error for a malformed cursor.</summary>
    public static OperationError BadCursor() => KernelErrors.BadCursor();

    /// <summary>Takes one row more than the limit to know whether a next page exists.</summary>
    public static Page<T> ToPage<T>(List<T> rowsPlusOne, int limit, Func<T, string> cursorOf) =>
        rowsPlusOne.Count > limit
            ? new Page<T>(rowsPlusOne.Take(limit).ToList(), cursorOf(rowsPlusOne[limit - 1]))
            : new Page<T>(rowsPlusOne, null);
}
