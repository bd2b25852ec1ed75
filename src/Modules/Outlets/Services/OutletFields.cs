using System.Globalization;
using Admin.Kernel.Results;
using Admin.Modules.Outlets.Models;

namespace Admin.Modules.Outlets.Services;

/// <summary>
/// An outlet's fields as text, exactly as a form, an API body or a CSV row sends them. One parser turns them into an
/// <see cref="OutletInput"/>, so that the three entry points report the same errors in the same words.
/// </summary>
public sealed record OutletFields(
    string? Code, string? Name, string? ShortName, string? Type, string? Parent,
    string? Address, string? Phone, string? Manager, string? OpenedOn)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"];

    /// <summary>The typed input, or every error the fields have on their own (no database needed).</summary>
    public OperationResult<OutletInput> Parse()
    {
        var errors = new List<OperationError>();
        OutletType? type = null;
        if (string.IsNullOrWhiteSpace(Type))
        {
            errors.Add(OutletsErrors.TypeRequired());
        }
        else if (ParseType(Type) is { } t)
        {
            type = t;
        }
        else
        {
            errors.Add(OutletsErrors.TypeInvalid());
        }

        DateOnly? openedOn = null;
        if (!string.IsNullOrWhiteSpace(OpenedOn))
        {
            if (ParseDate(OpenedOn) is { } d)
            {
                openedOn = d;
            }
            else
            {
                errors.Add(OutletsErrors.DateInvalid("openedOn"));
            }
        }

        var input = new OutletInput(Code?.Trim(), Name, ShortName, type, Parent?.Trim(), Address, Phone, Manager, openedOn);
        // The type was checked above; Check would only say "required" again.
        errors.AddRange(OutletService.Check(input with { Type = type ?? OutletType.Outlet }));
        return errors.Count == 0 ? OperationResult<OutletInput>.Success(input) : OperationResult<OutletInput>.Invalid([.. errors]);
    }

    /// <summary>An outlet type by its name (case-insensitive); numbers are not names.</summary>
    public static OutletType? ParseType(string? value) =>
        Enum.GetValues<OutletType>().Select(v => (OutletType?)v).FirstOrDefault(v => v.ToString()!.Equals(value?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>An outlet status by its name (case-insensitive); numbers are not names.</summary>
    public static OutletStatus? ParseStatus(string? value) =>
        Enum.GetValues<OutletStatus>().Select(v => (OutletStatus?)v).FirstOrDefault(v => v.ToString()!.Equals(value?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A calendar date as yyyy-MM-dd (spreadsheets also write yyyy/M/d).</summary>
    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A date as the API, the forms and CSV write it.</summary>
    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
