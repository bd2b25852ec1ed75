using Admin.Kernel.Audit;
using Admin.Kernel.Csv;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.InvoiceTitles.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.InvoiceTitles.Services;

/// <summary>
/// Imports templates from CSV. Every row is checked before anything is written; a file with any bad row changes nothing and
/// the result names each bad row and field (<c>rows[N].field</c>, N counting the header as row 1). Good files are written in one save.
/// </summary>
public sealed class TemplateImport(AdminDbContext db, IAuditTrail audit, TemplateService templates)
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5000;

    /// <summary>The columns, in the order the export writes them. <c>buyerName</c>, <c>taxpayerNumber</c> and <c>owner</c> are required; <c>type</c> defaults to Company.</summary>
    public static readonly string[] Columns = ["type", "buyerName", "taxpayerNumber", "address", "phone", "bankName", "bankAccount", "email", "note", "owner"];
    private static readonly string[] Required = ["buyerName", "taxpayerNumber", "owner"];

    /// <summary>Checks and imports; answers how many templates were created.</summary>
    public async Task<OperationResult<int>> ImportAsync(string? csv, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(csv))
        {
            return OperationResult<int>.Invalid(InvoiceTitlesErrors.ImportEmpty());
        }

        if (csv.Contains('\0', StringComparison.Ordinal))
        {
            return OperationResult<int>.Invalid(InvoiceTitlesErrors.ImportNotText());
        }

        var (records, errorLine) = Csv.Parse(csv.TrimStart('\uFEFF'));
        if (records is null)
        {
            return OperationResult<int>.Invalid(InvoiceTitlesErrors.ImportNotText() with { Field = $"rows[{errorLine}]" });
        }

        if (records.Count < 2)
        {
            return OperationResult<int>.Invalid(InvoiceTitlesErrors.ImportEmpty());
        }

        if (records.Count - 1 > MaxRows)
        {
            return OperationResult<int>.Invalid(InvoiceTitlesErrors.ImportTooLarge(MaxRows));
        }

        var header = records[0].Select(h => h.Trim()).ToArray();
        var errors = new List<OperationError>();
        foreach (var unknown in header.Where(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(InvoiceTitlesErrors.ImportUnknownColumn(unknown));
        }

        foreach (var missing in Required.Where(r => !header.Contains(r, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(InvoiceTitlesErrors.ImportMissingColumn(missing));
        }

        if (errors.Count > 0)
        {
            return OperationResult<int>.Invalid([.. errors]);
        }

        var index = Columns.ToDictionary(c => c, c => Array.FindIndex(header, h => h.Equals(c, StringComparison.OrdinalIgnoreCase)), StringComparer.Ordinal);
        var existing = (await db.Set<InvoiceTitleTemplate>().AsNoTracking().Select(t => t.TaxpayerNumber).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var created = new List<InvoiceTitleTemplate>();
        for (var i = 1; i < records.Count; i++)
        {
            var row = i + 1;
            var record = records[i];
            if (record.Length == 1 && string.IsNullOrWhiteSpace(record[0]))
            {
                continue;
            }

            if (record.Length != header.Length)
            {
                errors.Add(InvoiceTitlesErrors.ImportFieldCount(record.Length, header.Length) with { Field = $"rows[{row}]" });
                continue;
            }

            string? Cell(string column) => index[column] < 0 ? null : record[index[column]];
            var input = new TemplateInput(
                new TitleInput(Cell("type") is { Length: > 0 } type ? type : nameof(TitleType.Company), Cell("buyerName"), Cell("taxpayerNumber"),
                    Cell("address"), Cell("phone"), Cell("bankName"), Cell("bankAccount"), Cell("email"), Cell("note")),
                Cell("owner"));
            var parsed = TemplateService.Parse(input);
            if (!parsed.Succeeded)
            {
                errors.AddRange(parsed.Errors.Select(e => e with { Field = $"rows[{row}].{e.Field ?? "row"}" }));
                continue;
            }

            var number = parsed.Value.Details.TaxpayerNumber!;
            if (firstRow.TryGetValue(number, out var first))
            {
                errors.Add(InvoiceTitlesErrors.ImportDuplicateInFile(number, first) with { Field = $"rows[{row}].taxpayerNumber" });
                continue;
            }

            firstRow[number] = row;
            if (existing.Contains(number))
            {
                errors.Add(InvoiceTitlesErrors.TemplateDuplicate(number) with { Field = $"rows[{row}].taxpayerNumber" });
                continue;
            }

            created.Add(templates.New(parsed.Value.Details, parsed.Value.Owner));
        }

        if (errors.Count > 0)
        {
            return OperationResult<int>.Invalid([InvoiceTitlesErrors.ImportRefused(errors.Count), .. errors]);
        }

        if (created.Count == 0)
        {
            return OperationResult<int>.Invalid(InvoiceTitlesErrors.ImportEmpty());
        }

        db.AddRange(created);
        foreach (var template in created)
        {
            audit.Record(new AuditRecord(InvoiceTitlesModule.ModuleId, "Template.Import", nameof(InvoiceTitleTemplate), template.Id.ToString(), null,
                TemplateService.Snapshot(template), Summary: "Imported from a CSV file"));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A template with one of these numbers was saved by someone else meanwhile: nothing of this file was written.
            db.ChangeTracker.Clear();
            return OperationResult<int>.Conflict(InvoiceTitlesErrors.ImportRefused(1));
        }

        return OperationResult<int>.Success(created.Count);
    }

    /// <summary>Writes templates as CSV in the import's columns.</summary>
    public static IEnumerable<string?> Row(TemplateView t) =>
    [
        t.Details.Type.ToString(), t.Details.BuyerName, t.Details.TaxpayerNumber, t.Details.Address, t.Details.Phone,
        t.Details.BankName, t.Details.BankAccount, t.Details.Email, t.Details.Note, t.Owner,
    ];
}
