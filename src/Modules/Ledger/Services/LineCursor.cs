using System.Globalization;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;

namespace Admin.Modules.Ledger.Services;

/// <summary>The keyset cursor of a newest-first list of ledger lines: the id of the last line shown.</summary>
internal static class LineCursor
{
    /// <summary>Reads <paramref name="after"/> and checks <paramref name="limit"/>; every error at once.</summary>
    public static OperationError[] Read(string? after, int? limit, out long? before)
    {
        var errors = new List<OperationError>();
        before = null;
        if (after is not null)
        {
            if (Keyset.Decode(after, 1) is [var part] && long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                before = id;
            }
            else
            {
                errors.Add(Keyset.BadCursor());
            }
        }

        if (Keyset.CheckLimit(limit) is { } badLimit)
        {
            errors.Add(badLimit);
        }

        return [.. errors];
    }
}
