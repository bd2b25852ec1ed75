using Admin.Modules.Cheques.Services;
using Admin.Modules.Counter.Services;
using Admin.Modules.Printing.Contracts;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Services;

namespace Admin.Tests.Printing;

/// <summary>Layout geometry without a database: millimetres to points, calibration offsets, split date boxes, the checks.</summary>
public sealed class LayoutGeometryTests
{
    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("25.4", 72.0)]
    [InlineData("210", 595.2756)]
    [InlineData("297", 841.8898)]
    [InlineData("0.5", 1.4173)]
    public void ToPoints_Is72PerInch(string mm, double points) =>
        Assert.Equal(points, LayoutGeometry.ToPoints(decimal.Parse(mm, System.Globalization.CultureInfo.InvariantCulture)), 3);

    [Fact]
    public void Place_ShiftsByTheOutletsOffsets()
    {
        var field = new LayoutField(VoucherValues.Receipt, 30m, 14m, 40m, 10m);

        var (x0, y0) = LayoutGeometry.Place(field, 0m, 0m);
        var (x1, y1) = LayoutGeometry.Place(field, 1.5m, -2m);

        Assert.Equal(30 * 72 / 25.4, x0, 6);
        Assert.Equal(14 * 72 / 25.4, y0, 6);
        Assert.Equal(31.5 * 72 / 25.4, x1, 6);
        Assert.Equal(12 * 72 / 25.4, y1, 6);
    }

    [Theory]
    [InlineData(VoucherValues.Year, "2026")]
    [InlineData(VoucherValues.Month, "03")]
    [InlineData(VoucherValues.Day, "07")]
    [InlineData(VoucherValues.Date, "2026-03-07")]
    public void DatePart_SplitsTheDateIntoBoxes(string value, string expected) =>
        Assert.Equal(expected, LayoutGeometry.DatePart(value, new DateOnly(2026, 3, 7)));

    [Fact]
    public void Check_RefusesFieldsOffThePaperAndValuesOfTheOtherKind()
    {
        var errors = LayoutVersion.Check(FeeCollectionPrintSource.FeeReceipt, 241m, 93.1m,
        [
            new(VoucherValues.Receipt, 200m, 10m, 50m, 10m),          // 200 + 50 > 241
            new(ChequePrintSource.ChequeNumber, 10m, 10m, 40m, 10m),      // a cheque's value on a fee receipt
            new(VoucherValues.Year, 10.05m, 10m, 10m, 10m),           // finer than 0.1 mm
            new(VoucherValues.Day, 10m, 10m, 1m, 4m),                 // too narrow, too small
            new(VoucherValues.Month, 10m, 10m, 10m, 10m, (FieldAlign)7),
        ]);

        Assert.Equal(
            ["fields[0].x", "fields[1].value", "fields[2].x", "fields[3].width", "fields[3].fontSize", "fields[4].align"],
            errors.Select(e => e.Field));
        Assert.Empty(LayoutVersion.Check(ChequePrintSource.ChequeReceipt, 210m, 99m, [new(ChequePrintSource.ChequeNumber, 35m, 34m, 60m, 10m)]));
        Assert.Equal(["paperWidth", "paperHeight"], LayoutVersion.Check(FeeCollectionPrintSource.FeeReceipt, 40m, 600m, []).Select(e => e.Field));
    }

    [Fact]
    public void Mask_KeepsOnlyTheLastFour()
    {
        Assert.Equal("**************123X", PrintData.Mask("44010619900101123X"));
        Assert.Equal("1234", PrintData.Mask("1234"));
        Assert.Equal("", PrintData.Mask(null));
    }

    [Fact]
    public void Calibration_IsWithin20mmIn01Steps() =>
        Assert.Equal(["offsetX", "offsetY"], PrinterCalibration.Check(20.1m, 0.05m).Select(e => e.Field));
}
