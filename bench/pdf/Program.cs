using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Admin.Modules.Cheques.Services;
using Admin.Modules.Counter.Services;
using Admin.Modules.Printing.Contracts;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Pdf;
using Admin.Modules.Printing.Services;

// Renders the customer application form and both default vouchers (from recipes/setup.recipe.json) in-process, the way the
// host does, and prints a Markdown table: first render (cold), then per-page times after warm-up, pages per second, size.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var recipe = args.Length > 1 ? args[1] : "recipes/setup.recipe.json";
var fonts = new PdfFonts(Path.Combine(AppContext.BaseDirectory, "fonts"));
if (!fonts.EnsureReady())
{
    Console.Error.WriteLine($"The font is missing in {fonts.Directory}: build with npm available.");
    return 1;
}

var layouts = ReadLayouts(recipe);
var properties = new PdfProperties("Bench", "44010001", "bench");
VoucherKindInfo[] Kinds = [FeeCollectionPrintSource.FeeReceipt, ChequePrintSource.ChequeReceipt];
var cases = new List<(string Name, Func<byte[]> Render)>
{
    ("application form, fee collection (A4)", () => ApplicationFormPdf.Render(PrintData.Sample(FeeCollectionPrintSource.FeeReceipt), "bench")),
    ("application form, cheque receipt (A4)", () => ApplicationFormPdf.Render(PrintData.Sample(ChequePrintSource.ChequeReceipt), "bench")),
};
foreach (var layout in layouts)
{
    cases.Add(($"voucher {layout.Code} ({layout.PaperWidth}×{layout.PaperHeight} mm)", () => VoucherPdf.Render(layout, PrintData.Sample(Kinds.Single(k => k.Name == layout.Kind)), 1.5m, -1m, properties, 1)));
}

Console.WriteLine($"{count} renders per case after 50 warm-up renders; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
Console.WriteLine();
Console.WriteLine("| document | first (cold) ms | mean ms | p50 ms | p95 ms | pages/s (one thread) | size KB |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var (name, render) in cases)
{
    var cold = Stopwatch.StartNew();
    var bytes = render();
    cold.Stop();
    for (var i = 0; i < 50; i++)
    {
        render();
    }

    var times = new double[count];
    var total = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        var sw = Stopwatch.StartNew();
        bytes = render();
        times[i] = sw.Elapsed.TotalMilliseconds;
    }

    total.Stop();
    Array.Sort(times);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {cold.Elapsed.TotalMilliseconds:0} | {times.Average():0.0} | {times[count / 2]:0.0} | {times[(int)(count * 0.95)]:0.0} | {count / total.Elapsed.TotalSeconds:0} | {bytes.Length / 1024.0:0} |"));
}

return 0;

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static List<LayoutView> ReadLayouts(string path)
{
    using var doc = JsonDocument.Parse(File.ReadAllText(path));
    var result = new List<LayoutView>();
    foreach (var step in doc.RootElement.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("name").GetString() == "VoucherLayouts"))
    {
        foreach (var l in step.GetProperty("layouts").EnumerateArray())
        {
            var fields = l.GetProperty("fields").EnumerateArray().Select(f => new LayoutField(
                f.GetProperty("value").GetString()!, f.GetProperty("x").GetDecimal(), f.GetProperty("y").GetDecimal(), f.GetProperty("width").GetDecimal(),
                f.GetProperty("fontSize").GetDecimal(), Enum.Parse<FieldAlign>(f.GetProperty("align").GetString()!))).ToList();
            result.Add(new LayoutView(Guid.Empty, l.GetProperty("code").GetString()!, l.GetProperty("name").GetString()!, l.GetProperty("kind").GetString()!,
                true, 1, false, 1, 1, l.GetProperty("paperWidth").GetDecimal(), l.GetProperty("paperHeight").GetDecimal(), fields, DateTime.UtcNow, null));
        }
    }

    return result;
}
