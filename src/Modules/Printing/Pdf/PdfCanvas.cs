using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Admin.Modules.Printing.Pdf;

/// <summary>What a rendered PDF says about itself (document properties).</summary>
public sealed record PdfProperties(string Title, string Outlet, string Operator, string? Keywords = null);

/// <summary>A PDF drawn in millimetres from the page's top-left, with the Noto Sans SC font (one page unless <see cref="NewPage"/>).</summary>
internal sealed class PdfCanvas : IDisposable
{
    private static readonly ConcurrentDictionary<(double, bool), XFont> Fonts = new();

    public PdfCanvas(decimal widthMm, decimal heightMm, PdfProperties properties)
    {
        Document = new PdfDocument();
        Document.Info.Title = properties.Title;
        Document.Info.Subject = properties.Outlet;
        Document.Info.Author = properties.Operator;
        Document.Info.Keywords = properties.Keywords ?? properties.Outlet;
        Document.Info.Creator = "Admin console (Printing)";
        _width = widthMm;
        _height = heightMm;
        Graphics = AddPage();
    }

    private readonly decimal _width;
    private readonly decimal _height;

    public PdfDocument Document { get; }

    public XGraphics Graphics { get; private set; }

    /// <summary>Continues on a new page of the same size.</summary>
    public void NewPage()
    {
        Graphics.Dispose();
        Graphics = AddPage();
    }

    private XGraphics AddPage()
    {
        var page = Document.AddPage();
        page.Width = XUnit.FromMillimeter((double)_width);
        page.Height = XUnit.FromMillimeter((double)_height);
        return XGraphics.FromPdfPage(page);
    }

    public static double Pt(double mm) => mm * Models.LayoutGeometry.PointsPerMm;

    public static XFont Font(double size, bool bold = false) => Fonts.GetOrAdd((size, bold), k => PdfFonts.Font(k.Item1, k.Item2));

    /// <summary>Text with its top-left at (x, y) mm, in a box <paramref name="width"/> mm wide (shrunk by characters to fit), aligned.</summary>
    public void Text(string text, double x, double y, double width, double size, bool bold = false, XStringAlignment align = XStringAlignment.Near, XBrush? brush = null)
    {
        var font = Font(size, bold);
        var fitted = Fit(text, font, Pt(width));
        var format = new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near };
        Graphics.DrawString(fitted, font, brush ?? XBrushes.Black, new XRect(Pt(x), Pt(y), Pt(width), size * 1.3), format);
    }

    /// <summary>Text wrapped by characters into lines of <paramref name="width"/> mm; answers the height used (mm).</summary>
    public double Wrapped(string text, double x, double y, double width, double size, bool bold = false)
    {
        var font = Font(size, bold);
        var lineMm = size * 1.35 / Models.LayoutGeometry.PointsPerMm;
        var lines = Wrap(text, font, Pt(width));
        for (var i = 0; i < lines.Count; i++)
        {
            Graphics.DrawString(lines[i], font, XBrushes.Black, new XRect(Pt(x), Pt(y + i * lineMm), Pt(width), size * 1.3), XStringFormats.TopLeft);
        }

        return lines.Count * lineMm;
    }

    public void Line(double x1, double y1, double x2, double y2, double widthPt = 0.5, bool dashed = false, XColor? color = null)
    {
        var pen = new XPen(color ?? XColors.Black, widthPt);
        if (dashed)
        {
            pen.DashStyle = XDashStyle.Dash;
        }

        Graphics.DrawLine(pen, Pt(x1), Pt(y1), Pt(x2), Pt(y2));
    }

    public void Box(double x, double y, double width, double height, double widthPt = 0.6) =>
        Graphics.DrawRectangle(new XPen(XColors.Black, widthPt), Pt(x), Pt(y), Pt(width), Pt(height));

    public byte[] ToBytes()
    {
        Graphics.Dispose();
        using var stream = new MemoryStream();
        Document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        Graphics.Dispose();
        Document.Dispose();
    }

    private string Fit(string text, XFont font, double widthPt)
    {
        if (text.Length == 0 || Graphics.MeasureString(text, font).Width <= widthPt)
        {
            return text;
        }

        var end = text.Length;
        while (end > 1 && Graphics.MeasureString(text[..end] + "…", font).Width > widthPt)
        {
            end--;
        }

        return text[..end] + "…";
    }

    private List<string> Wrap(string text, XFont font, double widthPt)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var start = 0;
            while (start < paragraph.Length)
            {
                var end = paragraph.Length;
                while (end > start + 1 && Graphics.MeasureString(paragraph[start..end], font).Width > widthPt)
                {
                    end--;
                }

                lines.Add(paragraph[start..end]);
                start = end;
            }

            if (paragraph.Length == 0)
            {
                lines.Add("");
            }
        }

        return lines;
    }
}
