using System.Text;
using Admin.Kernel.Audit;
using Admin.Kernel.Csv;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Outlets.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Outlets.Services;

/// <summary>One problem of an import file: the row (the header is row 1), the column (or <c>row</c>, <c>header</c>, <c>file</c>) and what is wrong.</summary>
public sealed record OutletImportProblem(int Row, string Field, OperationError Error);

/// <summary>
/// What an import did: on success the number of outlets created; otherwise <see cref="Outcome"/> says why (bad file,
/// not allowed, a concurrent change) and <see cref="Problems"/> names every bad row and field. A failed import changed nothing.
/// </summary>
public sealed record OutletImportResult(OperationResult Outcome, int Created, IReadOnlyList<OutletImportProblem> Problems)
{
    /// <summary>True when the outlets were created.</summary>
    public bool Succeeded => Outcome.Succeeded;
}

/// <summary>
/// Imports outlets from CSV: every row is checked first (format, duplicates within the file, codes already used, parents
/// in the database or earlier in the file); an invalid file changes nothing; a valid one is applied in one transaction,
/// each outlet audited.
/// </summary>
public sealed class OutletImport(AdminDbContext db, IAuditTrail audit, Kernel.Time.LocalClock local, OutletVisibility visibility)
{
    /// <summary>Most outlets one file may hold.</summary>
    public const int MaxRows = 5000;

    /// <summary>Largest file accepted, in bytes.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of an uploaded file, or why it cannot be read.</summary>
    public static async Task<OperationResult<string>> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return OperationResult<string>.Invalid(OutletsErrors.ImportNoFile());
        }

        await using var stream = file.OpenReadStream();
        return await ReadAsync(stream, ct);
    }

    /// <summary>The text of a request body or file (at most <see cref="MaxBytes"/>), or why it cannot be read.</summary>
    public static async Task<OperationResult<string>> ReadAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return OperationResult<string>.Invalid(OutletsErrors.ImportFileTooLarge(MaxBytes / 1024));
            }

            buffer.Write(chunk, 0, read);
        }

        return Decode(buffer.ToArray());
    }

    /// <summary>
    /// The file's text: UTF-8 (with or without BOM), else GB18030, which is how spreadsheet programs in China save CSV.
    /// A binary file (a workbook, say) is refused.
    /// </summary>
    public static OperationResult<string> Decode(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return OperationResult<string>.Invalid(OutletsErrors.ImportNotText());
        }

        try
        {
            return OperationResult<string>.Success(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            try
            {
                return gb18030 is null
                    ? OperationResult<string>.Invalid(OutletsErrors.ImportNotText())
                    : OperationResult<string>.Success(gb18030.GetString(bytes));
            }
            catch (DecoderFallbackException)
            {
                return OperationResult<string>.Invalid(OutletsErrors.ImportNotText());
            }
        }
    }

    /// <summary>Checks every row, then creates all outlets in one transaction, or nothing.</summary>
    public async Task<OutletImportResult> ImportAsync(string csv, CancellationToken ct = default)
    {
        if (!visibility.SeesAllOutlets)
        {
            return Failed(OperationResult.Fail(FailureKind.Forbidden, OutletsErrors.HeadOfficeOnly()));
        }

        var (rows, found) = await CheckAsync(csv, ct);
        if (found.Count > 0)
        {
            // By row, and within a row in the order of the columns.
            var problems = found.OrderBy(p => p.Row).ThenBy(p => ColumnOrder(p.Field)).ToList();
            return new OutletImportResult(
                OperationResult.Invalid([OutletsErrors.ImportRefused(problems.Count), .. problems.Select(p => p.Error with { Field = $"rows[{p.Row}].{p.Field}" })]),
                0, problems);
        }

        var parentCodes = rows.Select(r => OutletService.ParentOf(r.Input)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var ids = await db.Set<Outlet>().AsNoTracking()
            .Where(o => parentCodes.Contains(o.Code))
            .ToDictionaryAsync(o => o.Code, o => o.Id, StringComparer.Ordinal, ct);
        var today = await local.TodayAsync(ct);
        foreach (var row in rows)
        {
            var parentCode = OutletService.ParentOf(row.Input);
            var outlet = OutletService.New(row.Input, parentCode is null ? null : ids[parentCode], today);
            ids[outlet.Code] = outlet.Id;
            db.Add(outlet);
            audit.Record(new AuditRecord(OutletsModule.ModuleId, "Outlet.Import", nameof(Outlet), outlet.Code, null, OutletService.Snapshot(outlet, parentCode)));
        }

        try
        {
            // One SaveChanges is one transaction: every outlet and its audit event, or none.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Failed(OperationResult.Conflict(OutletsErrors.CodeRaced()));
        }

        return new OutletImportResult(OperationResult.Success(), rows.Count, []);
    }

    /// <summary>A failure of the whole file, reported on its first row.</summary>
    public static OutletImportResult Failed(OperationResult outcome) =>
        new(outcome, 0, outcome.Errors.Select(e => new OutletImportProblem(1, e.Field ?? "file", e)).ToList());

    private static int ColumnOrder(string field) =>
        OutletCsv.ImportColumns.ToList().IndexOf(field) is var i and >= 0 ? i : OutletCsv.ImportColumns.Count;

    private sealed record Row(int Number, OutletInput Input);

    private sealed record FileOutlet(int Row, OutletType? Type);

    private async Task<(List<Row> Rows, List<OutletImportProblem> Problems)> CheckAsync(string csv, CancellationToken ct)
    {
        var problems = new List<OutletImportProblem>();
        var (records, errorLine) = Csv.Parse(csv);
        if (records is null)
        {
            return ([], [new(errorLine, "row", OutletsErrors.ImportUnclosedQuote())]);
        }

        if (records.Count == 0)
        {
            return ([], [new(1, "file", OutletsErrors.ImportEmpty())]);
        }

        var (columns, width) = ReadHeader(records[0], problems);
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        if (records.Count == 1)
        {
            return ([], [new(1, "file", OutletsErrors.ImportEmpty())]);
        }

        if (records.Count - 1 > MaxRows)
        {
            return ([], [new(1, "file", OutletsErrors.ImportTooLarge(MaxRows))]);
        }

        // First pass: the codes the file defines and where (for duplicates and parents listed later).
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < records.Count; i++)
        {
            if (Cell(records[i], columns, "code") is { } code && Outlet.IsValidCode(code))
            {
                firstRowOf.TryAdd(code, i + 1);
            }
        }

        var referenced = firstRowOf.Keys
            .Concat(records.Skip(1).Select(r => Cell(r, columns, "parent")).OfType<string>().Where(Outlet.IsValidCode))
            .Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Set<Outlet>().AsNoTracking()
            .Where(o => referenced.Contains(o.Code))
            .Select(o => new { o.Code, o.Type, o.Status })
            .ToDictionaryAsync(o => o.Code, o => (o.Type, o.Status), StringComparer.Ordinal, ct);
        var headOfficeExists = await db.Set<Outlet>().AnyAsync(o => o.Type == OutletType.HeadOffice, ct);

        var rows = new List<Row>();
        var inFile = new Dictionary<string, FileOutlet>(StringComparer.Ordinal);
        for (var i = 1; i < records.Count; i++)
        {
            var number = i + 1;
            var record = records[i];
            if (record.Length != width)
            {
                problems.Add(new(number, "row", OutletsErrors.ImportFieldCount(record.Length, width)));
                if (Cell(record, columns, "code") is { } badRowCode && Outlet.IsValidCode(badRowCode))
                {
                    inFile.TryAdd(badRowCode, new FileOutlet(number, OutletFields.ParseType(Cell(record, columns, "type"))));
                }

                continue;
            }

            var before = problems.Count;
            void Add(OperationError error) => problems.Add(new(number, error.Field ?? "row", error));

            var fields = new OutletFields(
                Cell(record, columns, "code"), Cell(record, columns, "name"), Cell(record, columns, "shortName"), Cell(record, columns, "type"),
                Cell(record, columns, "parent"), Cell(record, columns, "address"), Cell(record, columns, "phone"), Cell(record, columns, "manager"),
                Cell(record, columns, "openedOn"));
            var parsed = fields.Parse();
            parsed.Errors.ToList().ForEach(Add);
            var code = fields.Code?.Trim() ?? "";
            var type = OutletFields.ParseType(fields.Type);
            if (Outlet.IsValidCode(code))
            {
                if (firstRowOf[code] != number)
                {
                    Add(OutletsErrors.ImportDuplicateCode(code, firstRowOf[code]));
                }
                else if (known.ContainsKey(code))
                {
                    Add(OutletsErrors.CodeTaken(code));
                }
            }

            if (type is not null)
            {
                CheckParent(type.Value, fields.Parent?.Trim(), number, known, inFile, firstRowOf, ref headOfficeExists).ForEach(Add);
            }

            if (Outlet.IsValidCode(code))
            {
                inFile.TryAdd(code, new FileOutlet(number, type));
            }

            if (problems.Count == before)
            {
                rows.Add(new Row(number, parsed.Value!));
            }
        }

        return (rows, problems);
    }

    private static List<OperationError> CheckParent(
        OutletType type, string? parent, int row, Dictionary<string, (OutletType Type, OutletStatus Status)> known,
        Dictionary<string, FileOutlet> inFile, Dictionary<string, int> firstRowOf, ref bool headOfficeExists)
    {
        if (type == OutletType.HeadOffice)
        {
            var errors = new List<OperationError>();
            if (headOfficeExists)
            {
                errors.Add(OutletsErrors.SecondHeadOffice());
            }

            if (!string.IsNullOrEmpty(parent))
            {
                errors.Add(OutletsErrors.HeadOfficeHasNoParent());
            }

            headOfficeExists = true;
            return errors;
        }

        if (string.IsNullOrEmpty(parent))
        {
            return [OutletsErrors.ParentRequired()];
        }

        if (known.TryGetValue(parent, out var stored))
        {
            return !OutletService.FitsUnder(type, stored.Type) ? [OutletsErrors.ParentWrongType()]
                : stored.Status == OutletStatus.Closed ? [OutletsErrors.ParentClosed(parent)]
                : [];
        }

        if (inFile.TryGetValue(parent, out var earlier))
        {
            // A parent row that is itself wrong is reported on its own row; here only the kind matters.
            return earlier.Type is { } parentType && !OutletService.FitsUnder(type, parentType) ? [OutletsErrors.ParentWrongType()] : [];
        }

        return firstRowOf.TryGetValue(parent, out var later) && later >= row
            ? [OutletsErrors.ImportParentLater(parent, later)]
            : [OutletsErrors.ParentUnknown(parent)];
    }

    /// <summary>Maps column names (any order, any case) to positions; reports unknown, doubled and missing columns on row 1.</summary>
    private static (Dictionary<string, int> Columns, int Width) ReadHeader(string[] header, List<OutletImportProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = OutletCsv.ExportColumns.ToDictionary(c => c, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (!known.TryGetValue(name, out var column))
            {
                problems.Add(new(1, "header", OutletsErrors.ImportUnknownColumn(name)));
            }
            else if (!columns.TryAdd(column, i))
            {
                problems.Add(new(1, "header", OutletsErrors.ImportDuplicateColumn(column)));
            }
        }

        foreach (var required in OutletCsv.RequiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            problems.Add(new(1, "header", OutletsErrors.ImportMissingColumn(required)));
        }

        return (columns, header.Length);
    }

    /// <summary>A cell by column name, trimmed; null when the column is absent or the cell empty. Undoes the export's formula guard.</summary>
    private static string? Cell(string[] record, Dictionary<string, int> columns, string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= record.Length)
        {
            return null;
        }

        var value = record[index].Trim();
        if (value.Length > 1 && value[0] == '\'' && "=+-@".Contains(value[1]))
        {
            value = value[1..];
        }

        return value.Length == 0 ? null : value;
    }
}
