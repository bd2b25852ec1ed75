using Admin.Kernel.Csv;

namespace Admin.Modules.Outlets.Services;

/// <summary>The outlet CSV format: the export's columns, and the subset an import reads (see the module README).</summary>
internal static class OutletCsv
{
    /// <summary>The columns an import reads, in the template's order.</summary>
    public static readonly IReadOnlyList<string> ImportColumns = ["code", "name", "shortName", "type", "parent", "address", "phone", "manager", "openedOn"];

    /// <summary>The columns an import needs.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["code", "name", "type"];

    /// <summary>The export's extra columns: an import accepts and ignores them, so an edited export can be imported elsewhere.</summary>
    public static readonly IReadOnlyList<string> ExportOnlyColumns = ["status", "closedOn", "statusReason"];

    /// <summary>Every column of an export, in order.</summary>
    public static readonly IReadOnlyList<string> ExportColumns = [.. ImportColumns, .. ExportOnlyColumns];

    /// <summary>Writes outlets as CSV (UTF-8 with BOM).</summary>
    public static Task WriteAsync(Stream body, IAsyncEnumerable<OutletView> outlets, CancellationToken ct) =>
        Csv.WriteAsync(body, ExportColumns, outlets.Select(o => (IEnumerable<string?>)
        [
            o.Code, o.Name, o.ShortName, o.Type.ToString(), o.ParentCode, o.Address, o.Phone, o.Manager,
            OutletFields.FormatDate(o.OpenedOn), o.Status.ToString(), OutletFields.FormatDate(o.ClosedOn), o.StatusReason,
        ]), ct);

    /// <summary>An empty import file: the header line only (UTF-8 with BOM).</summary>
    public static Task WriteTemplateAsync(Stream body, CancellationToken ct) =>
        Csv.WriteAsync(body, ImportColumns, AsyncEnumerable.Empty<IEnumerable<string?>>(), ct);
}
