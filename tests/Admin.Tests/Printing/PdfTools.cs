using System.Diagnostics;

namespace Admin.Tests.Printing;

/// <summary>poppler-utils on a PDF: its text (<c>pdftotext</c>), fonts (<c>pdffonts</c>) and properties (<c>pdfinfo</c>).</summary>
internal static class PdfTools
{
    public static Task<string> TextAsync(byte[] pdf) => RunAsync("pdftotext", pdf, "-layout", "{0}", "-");

    public static Task<string> FontsAsync(byte[] pdf) => RunAsync("pdffonts", pdf, "{0}");

    public static Task<string> InfoAsync(byte[] pdf) => RunAsync("pdfinfo", pdf, "{0}");

    private static async Task<string> RunAsync(string tool, byte[] pdf, params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), $"admin-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args)
            {
                start.ArgumentList.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, a, path));
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                throw new InvalidOperationException($"{tool} is missing: apt-get install -y poppler-utils");
            }

            using (process)
            {
                var output = await process.StandardOutput.ReadToEndAsync();
                var error = await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {error}");
                return output;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
