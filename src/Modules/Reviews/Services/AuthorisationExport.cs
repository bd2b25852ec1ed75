using System.Text.Encodings.Web;
using System.Text.Json;
using Admin.Kernel.Results;
using Admin.Modules.Reviews.Models;

namespace Admin.Modules.Reviews.Services;

/// <summary>The auditor's CSV export of the filtered log, followed by every outlet's chain head at export time.</summary>
public sealed class AuthorisationExport(AuthorisationQuery query, AuthorisationChain chain, TimeProvider clock, Kernel.Time.LocalClock local)
{
    /// <summary>The filter's errors, if any (paging is ignored: the export holds every matching record).</summary>
    public OperationResult Check(AuthorisationFilter filter) => query.Filtered(Unpaged(filter), TimeSpan.Zero); // only its errors matter here

    /// <summary>The download's file name, stamped with the export time.</summary>
    public string FileName() => $"authorisations-{clock.GetUtcNow():yyyyMMddHHmmss}.csv";

    /// <summary>Writes the CSV (UTF-8 with BOM) to <paramref name="body"/>; call after <see cref="Check"/> succeeded.</summary>
    public async Task WriteAsync(Stream body, AuthorisationFilter filter, CancellationToken ct) =>
        await AuthorisationCsv.WriteAsync(body, query.StreamAsync(Unpaged(filter), ct), await chain.HeadsAsync(ct), clock.GetUtcNow().UtcDateTime, await local.OffsetAsync(ct), ct);

    private static AuthorisationFilter Unpaged(AuthorisationFilter filter) => filter with { After = null, Limit = null };
}

/// <summary>One record as the auditor inspects it: the summary as JSON, the content its hash covers, and whether the hash still matches.</summary>
public sealed record AuthorisationDetail(Authorisation Record, JsonElement Summary, string CanonicalContent, bool HashMatches)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The record's detail; a summary that is not JSON (it never should be) is shown as the string it is.</summary>
    public static AuthorisationDetail Of(Authorisation record)
    {
        JsonElement summary;
        try
        {
            summary = JsonDocument.Parse(record.Summary).RootElement.Clone();
        }
        catch (JsonException)
        {
            summary = JsonSerializer.SerializeToElement(record.Summary);
        }

        return new AuthorisationDetail(record, summary, record.CanonicalContent(), record.ComputeHash() == record.Hash.Trim());
    }

    /// <summary>The summary indented for reading, Chinese unescaped.</summary>
    public string IndentedSummary() => JsonSerializer.Serialize(Summary, Indented);
}
