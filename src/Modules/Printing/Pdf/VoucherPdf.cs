using System.Globalization;
using Admin.Modules.Printing.Contracts;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Services;
using PdfSharp.Drawing;

namespace Admin.Modules.Printing.Pdf;

/// <summary>
/// A voucher overprinted onto pre-printed stationery: the paper's size, only the values (the stationery's boxes and labels are
/// already printed), each field at its millimetre position shifted by the outlet's calibration. The scanned stationery is drawn
/// only in a preview. A reprint is marked on the voucher.
/// </summary>
internal static class VoucherPdf
{
    public static byte[] Render(LayoutView layout, PrintData data, decimal offsetX, decimal offsetY, PdfProperties properties, int printNumber,
        (byte[] Bytes, string Type)? background = null)
    {
        using var c = new PdfCanvas(layout.PaperWidth, layout.PaperHeight, properties);
        if (background is { } image)
        {
            DrawBackground(c, image.Bytes, layout);
        }

        foreach (var field in layout.Fields)
        {
            var (x, y) = LayoutGeometry.Place(field, offsetX, offsetY);
            var text = data.Value(field.Value, chinese: true);
            var align = field.Align switch { FieldAlign.Center => XStringAlignment.Center, FieldAlign.Right => XStringAlignment.Far, _ => XStringAlignment.Near };
            var xMm = x / LayoutGeometry.PointsPerMm;
            var yMm = y / LayoutGeometry.PointsPerMm;
            if (field.Value == VoucherValues.Items)
            {
                c.Wrapped(text, xMm, yMm, (double)field.Width, (double)field.FontSize);
            }
            else
            {
                c.Text(text, xMm, yMm, (double)field.Width, (double)field.FontSize, align: align);
            }
        }

        if (printNumber > 1)
        {
            var w = (double)layout.PaperWidth;
            c.Text($"重打 REPRINT 第{printNumber - 1}次", w - 62, 2, 60, 9, bold: true, align: XStringAlignment.Far, brush: XBrushes.DarkRed);
        }

        return c.ToBytes();
    }

    /// <summary>
    /// The calibration test page: crosshairs at 10 mm from each corner and at the centre, and millimetre rulers along the top
    /// and left edges, all shifted by the outlet's offsets. Measured on paper, a crosshair's distance from the edges minus its
    /// nominal position is the correction to type in.
    /// </summary>
    public static byte[] TestPage(LayoutView layout, decimal offsetX, decimal offsetY, PdfProperties properties)
    {
        var w = (double)layout.PaperWidth;
        var h = (double)layout.PaperHeight;
        var ox = (double)offsetX;
        var oy = (double)offsetY;
        using var c = new PdfCanvas(layout.PaperWidth, layout.PaperHeight, properties);
        foreach (var (x, y) in new[] { (10.0, 10.0), (w - 10, 10.0), (10.0, h - 10), (w - 10, h - 10), (Math.Round(w / 2), Math.Round(h / 2)) })
        {
            c.Line(x + ox - 5, y + oy, x + ox + 5, y + oy, 0.4);
            c.Line(x + ox, y + oy - 5, x + ox, y + oy + 5, 0.4);
            c.Graphics.DrawEllipse(new XPen(XColors.Black, 0.3), PdfCanvas.Pt(x + ox - 2), PdfCanvas.Pt(y + oy - 2), PdfCanvas.Pt(4), PdfCanvas.Pt(4));
            var label = string.Create(CultureInfo.InvariantCulture, $"({x:0}, {y:0}) mm");
            c.Text(label, x + ox + (x > w / 2 ? -31 : 1.5), y + oy + 1.5, 29.5, 6, align: x > w / 2 ? XStringAlignment.Far : XStringAlignment.Near);
        }

        // Rulers: a tick every millimetre, longer every 5, numbered every 10.
        for (var mm = 0; mm <= (int)w - 1; mm++)
        {
            var len = mm % 10 == 0 ? 4 : mm % 5 == 0 ? 2.5 : 1.2;
            c.Line(mm + ox, oy + 20, mm + ox, oy + 20 + len, 0.25);
            if (mm % 10 == 0 && mm > 0)
            {
                c.Text(mm.ToString(CultureInfo.InvariantCulture), mm + ox - 5, oy + 24.5, 10, 5.5, align: XStringAlignment.Center);
            }
        }

        for (var mm = 0; mm <= (int)h - 1; mm++)
        {
            var len = mm % 10 == 0 ? 4 : mm % 5 == 0 ? 2.5 : 1.2;
            c.Line(ox + 20, mm + oy, ox + 20 + len, mm + oy, 0.25);
            if (mm % 10 == 0 && mm > 0 && mm < h - 5)
            {
                c.Text(mm.ToString(CultureInfo.InvariantCulture), ox + 25, mm + oy - 1.2, 10, 5.5);
            }
        }

        c.Text("打印机校准测试页 Printer calibration test page", 30, Math.Min(h / 2 - 14, 35), w - 60, 10, bold: true, align: XStringAlignment.Center);
        c.Text($"{layout.Code} {layout.Name} · {w:0.#} × {h:0.#} mm · 偏移 offsets x {offsetX:0.0} mm, y {offsetY:0.0} mm", 30, Math.Min(h / 2 - 8, 41), w - 60, 7, align: XStringAlignment.Center);
        c.Text("量出十字中心到纸张左边、上边的距离，减去标注值，即为应调整的偏移量。Measure each crosshair from the paper's left and top edges; the difference to its label is the correction.",
            30, h / 2 + 8, w - 60, 6, align: XStringAlignment.Center);
        return c.ToBytes();
    }

    private static void DrawBackground(PdfCanvas c, byte[] bytes, LayoutView layout)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            using var image = XImage.FromStream(stream);
            c.Graphics.DrawImage(image, 0, 0, PdfCanvas.Pt((double)layout.PaperWidth), PdfCanvas.Pt((double)layout.PaperHeight));
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException or IOException)
        {
            // A scan PDFsharp cannot decode is left out of the preview; it is never printed anyway.
        }
    }
}
