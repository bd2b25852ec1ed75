using System.Text.Json;
using System.Text.Json.Serialization;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Printing.Contracts;

namespace Admin.Modules.Printing.Models;

/// <summary>How a field's text sits in its box.</summary>
public enum FieldAlign
{
    Left,
    Center,
    Right,
}

/// <summary>English labels of the values every kind prints (a kind's own values carry theirs).</summary>
public static class VoucherValueLabels
{
    public static string Of(string value) => value switch
    {
        VoucherValues.Date => "Date",
        VoucherValues.Year => "Year (box)",
        VoucherValues.Month => "Month (box)",
        VoucherValues.Day => "Day (box)",
        VoucherValues.Receipt => "Receipt number",
        VoucherValues.Outlet => "Outlet",
        VoucherValues.CustomerName => "Customer name",
        VoucherValues.CustomerCode => "Customer code",
        VoucherValues.AmountFigures => "Amount in figures",
        VoucherValues.AmountCapitals => "Amount in capitals",
        VoucherValues.Operator => "Operator",
        VoucherValues.Reviewer => "Reviewer",
        VoucherValues.Items => "Items",
        VoucherValues.PaymentMethod => "Payment method",
        _ => value,
    };

    /// <summary>The label of a value of <paramref name="kind"/> (its own values' labels first).</summary>
    public static string Of(VoucherKindInfo? kind, string value) => kind?.Values.FirstOrDefault(v => v.Name == value)?.LabelEn ?? Of(value);
}

/// <summary>One field of a layout: which value, where (mm from the paper's top-left), how wide, how large, aligned how.</summary>
public sealed record LayoutField(string Value, decimal X, decimal Y, decimal Width, decimal FontSize, FieldAlign Align = FieldAlign.Left);

/// <summary>
/// A voucher overprint layout (凭证套打): head office designs it; each save is a new <see cref="LayoutVersion"/>, and printed
/// vouchers record the version they used. The scanned blank stationery is for design and preview only, never printed.
/// </summary>
public sealed class VoucherLayout : IVersioned
{
    public const int CodeMax = 20;
    public const int NameMax = 100;
    public const int ImageMaxBytes = 4 * 1024 * 1024;

    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The voucher kind's name (<see cref="VoucherKindInfo.Name"/>), as the enum's name was stored before kinds became pluggable.</summary>
    public string Kind { get; set; } = "";
    public bool IsActive { get; set; } = true;
    /// <summary>The number of the newest version (the one printed).</summary>
    public int CurrentVersion { get; set; }
    public byte[]? Image { get; set; }
    public string? ImageContentType { get; set; }
    public long Version { get; set; }
}

/// <summary>One saved version of a layout: paper size and fields. Never changed after it is written.</summary>
public sealed class LayoutVersion
{
    public const decimal PaperMin = 50m;
    public const decimal PaperMax = 500m;
    public const int FieldsMax = 60;

    public Guid Id { get; set; }
    public Guid LayoutId { get; set; }
    public int Number { get; set; }
    public decimal PaperWidthMm { get; set; }
    public decimal PaperHeightMm { get; set; }
    public string FieldsJson { get; set; } = "[]";
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public IReadOnlyList<LayoutField> Fields => JsonSerializer.Deserialize<List<LayoutField>>(FieldsJson, Json) ?? [];

    public static string Serialize(IEnumerable<LayoutField> fields) => JsonSerializer.Serialize(fields.ToList(), Json);

    // Where a new layout's starting fields sit, as fractions of the paper (x, y, width), so they fit any allowed paper.
    private static readonly (string Value, decimal X, decimal Y, decimal Width, FieldAlign Align)[] StartingCommon =
    [
        (VoucherValues.Receipt, 0.06m, 0.10m, 0.40m, FieldAlign.Left),
        (VoucherValues.Date, 0.62m, 0.10m, 0.30m, FieldAlign.Right),
        (VoucherValues.CustomerName, 0.06m, 0.30m, 0.55m, FieldAlign.Left),
        (VoucherValues.AmountCapitals, 0.06m, 0.50m, 0.52m, FieldAlign.Left),
        (VoucherValues.AmountFigures, 0.62m, 0.50m, 0.30m, FieldAlign.Right),
        (VoucherValues.Operator, 0.62m, 0.80m, 0.30m, FieldAlign.Left),
    ];

    /// <summary>
    /// The handful of fields a new layout starts with, so the designer is not empty: receipt number, date, customer name, the
    /// amount in capitals and in figures, operator (and the kind's first value marked <c>Starting</c>: a cheque slip's number), spread over the paper (clamped to
    /// the allowed sizes), 10 pt, on 0.1 mm steps.
    /// </summary>
    public static IReadOnlyList<LayoutField> StartingFields(VoucherKindInfo kind, decimal width, decimal height)
    {
        var w = Math.Clamp(width, PaperMin, PaperMax);
        var h = Math.Clamp(height, PaperMin, PaperMax);
        static decimal Mm(decimal paper, decimal part) => decimal.Floor(paper * part * 10) / 10;
        var fields = StartingCommon.Select(f => new LayoutField(f.Value, Mm(w, f.X), Mm(h, f.Y), Mm(w, f.Width), 10m, f.Align)).ToList();
        if (kind.Values.FirstOrDefault(v => v.Starting) is { } own)
        {
            fields.Add(new LayoutField(own.Name, Mm(w, 0.06m), Mm(h, 0.70m), Mm(w, 0.40m), 10m, FieldAlign.Left));
        }

        return fields;
    }

    /// <summary>
    /// Checks a layout's geometry: paper 50–500 mm, every field's value allowed for the kind, inside the paper
    /// (x, y ≥ 0, x + width ≤ paper width, y ≤ paper height), width ≥ 2 mm, font 5–36 pt, at most 60 fields, at most 0.1 mm steps.
    /// </summary>
    public static IReadOnlyList<OperationError> Check(VoucherKindInfo kind, decimal width, decimal height, IReadOnlyList<LayoutField> fields)
    {
        var errors = new List<OperationError>();
        if (width < PaperMin || width > PaperMax || decimal.Round(width, 1) != width)
        {
            errors.Add(PrintingErrors.PaperSize("paperWidth", PaperMin, PaperMax));
        }

        if (height < PaperMin || height > PaperMax || decimal.Round(height, 1) != height)
        {
            errors.Add(PrintingErrors.PaperSize("paperHeight", PaperMin, PaperMax));
        }

        if (fields.Count > FieldsMax)
        {
            errors.Add(PrintingErrors.TooManyFields(FieldsMax));
            return errors;
        }

        var allowed = Services.PrintSources.ValuesOf(kind);
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            var at = $"fields[{i}]";
            if (f is null)
            {
                errors.Add(PrintingErrors.FieldValue($"{at}.value"));
                continue;
            }

            if (!allowed.Contains(f.Value))
            {
                errors.Add(PrintingErrors.FieldValue($"{at}.value"));
            }

            if (f.X < 0 || f.Y < 0 || f.X + f.Width > width || f.Y > height || decimal.Round(f.X, 1) != f.X || decimal.Round(f.Y, 1) != f.Y)
            {
                errors.Add(PrintingErrors.FieldOutside($"{at}.x"));
            }

            if (f.Width < 2 || decimal.Round(f.Width, 1) != f.Width)
            {
                errors.Add(PrintingErrors.FieldWidth($"{at}.width"));
            }

            if (f.FontSize < 5 || f.FontSize > 36 || decimal.Round(f.FontSize, 1) != f.FontSize)
            {
                errors.Add(PrintingErrors.FontSize($"{at}.fontSize"));
            }

            if (!Enum.IsDefined(f.Align))
            {
                errors.Add(PrintingErrors.Align($"{at}.align"));
            }
        }

        return errors;
    }
}

/// <summary>An outlet's printer calibration for one layout: where its printer really puts the paper's origin (mm).</summary>
public sealed class PrinterCalibration : IVersioned, IOutletOwned
{
    public const decimal OffsetMax = 20m;

    public Guid Id { get; set; }
    public Guid OutletId { get; set; }
    public Guid LayoutId { get; set; }
    public decimal OffsetXMm { get; set; }
    public decimal OffsetYMm { get; set; }
    public DateTime ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
    public long Version { get; set; }

    /// <summary>Offsets within ±20 mm, 0.1 mm steps.</summary>
    public static IReadOnlyList<OperationError> Check(decimal x, decimal y)
    {
        var errors = new List<OperationError>();
        if (Math.Abs(x) > OffsetMax || decimal.Round(x, 1) != x)
        {
            errors.Add(PrintingErrors.Offset("offsetX", OffsetMax));
        }

        if (Math.Abs(y) > OffsetMax || decimal.Round(y, 1) != y)
        {
            errors.Add(PrintingErrors.Offset("offsetY", OffsetMax));
        }

        return errors;
    }
}

/// <summary>One printed voucher: which task, which layout version, original (1) or a reprint (2, 3…), who and when.</summary>
public sealed class VoucherPrint : IOutletOwned
{
    public Guid Id { get; set; }
    public Guid OutletId { get; set; }
    public string Kind { get; set; } = "";
    public Guid TaskId { get; set; }
    public string Receipt { get; set; } = "";
    public Guid LayoutId { get; set; }
    public int LayoutVersion { get; set; }
    public int PrintNumber { get; set; }
    public DateTime At { get; set; }
    public string? OperatorLogin { get; set; }
    public string? ReviewerLogin { get; set; }

    public bool IsReprint => PrintNumber > 1;
}

/// <summary>Where things land on paper: millimetres to PDF points, the outlet's offsets, split date boxes.</summary>
public static class LayoutGeometry
{
    /// <summary>Points per millimetre (72 pt per inch, 25.4 mm per inch).</summary>
    public const double PointsPerMm = 72.0 / 25.4;

    public static double ToPoints(decimal mm) => (double)mm * PointsPerMm;

    /// <summary>A field's top-left in points, shifted by the outlet's calibration offsets (mm; positive moves right/down).</summary>
    public static (double X, double Y) Place(LayoutField field, decimal offsetX, decimal offsetY) =>
        (ToPoints(field.X + offsetX), ToPoints(field.Y + offsetY));

    /// <summary>The text a value prints, splitting the date into its year, month and day boxes.</summary>
    public static string DatePart(string value, DateOnly date) => value switch
    {
        VoucherValues.Year => date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        VoucherValues.Month => date.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        VoucherValues.Day => date.Day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
