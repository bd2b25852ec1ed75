using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Admin.Modules.Printing.Pdf;

/// <summary>
/// The Chinese font of every PDF: Noto Sans SC (TrueType outlines, OFL-1.1), fetched from npm by the build into the
/// output's <c>fonts/</c> folder (or <c>Printing:FontDirectory</c>). PDFsharp does no glyph fallback, so nothing is drawn
/// without it: a missing font is a startup warning and a <c>printing.fontMissing</c> problem on print, never empty boxes.
/// </summary>
public sealed class PdfFonts
{
    public const string Family = "Noto Sans SC";
    public const string RegularFile = "NotoSansSC_400Regular.ttf";
    public const string BoldFile = "NotoSansSC_700Bold.ttf";

    private static readonly object Gate = new();
    private static bool _initialised;

    public PdfFonts(string directory)
    {
        Directory = directory;
    }

    /// <summary>Where the two .ttf files are looked for.</summary>
    public string Directory { get; }

    public string RegularPath => Path.Combine(Directory, RegularFile);

    public string BoldPath => Path.Combine(Directory, BoldFile);

    /// <summary>True when both faces are there.</summary>
    public bool Available => File.Exists(RegularPath) && File.Exists(BoldPath);

    public static PdfFonts FromConfiguration(IConfiguration configuration) =>
        new(configuration["Printing:FontDirectory"] is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "fonts"));

    /// <summary>
    /// Makes PDFsharp ready (the font resolver) once per process. Answers false when the font is missing.
    /// PDFsharp's font settings are process-wide: the first host whose files exist provides the faces.
    /// </summary>
    public bool EnsureReady()
    {
        if (!Available)
        {
            return false;
        }

        lock (Gate)
        {
            if (!_initialised)
            {
                NotoResolver.Instance.Load(RegularPath, BoldPath);
                GlobalFontSettings.FontResolver = NotoResolver.Instance;
                _initialised = true;
            }
        }

        return true;
    }

    /// <summary>A font of the family, embedded as a subset with Unicode encoding (the text stays searchable).</summary>
    public static XFont Font(double size, bool bold = false) =>
        new(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));

    /// <summary>Serves the two faces of Noto Sans SC for every family PDFsharp asks for (there is no other font to fall back to).</summary>
    private sealed class NotoResolver : IFontResolver
    {
        public static readonly NotoResolver Instance = new();

        private byte[] _regular = [];
        private byte[] _bold = [];

        public void Load(string regular, string bold)
        {
            _regular = File.ReadAllBytes(regular);
            _bold = File.ReadAllBytes(bold);
        }

        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new(isBold ? "noto-sans-sc-bold" : "noto-sans-sc-regular", false, isItalic);

        public byte[] GetFont(string faceName) => faceName == "noto-sans-sc-bold" ? _bold : _regular;
    }
}

/// <summary>Warns at startup when the font is missing (printing then answers a problem instead of drawing boxes).</summary>
internal sealed class PdfFontsStartupCheck(PdfFonts fonts, ILogger<PdfFontsStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!fonts.Available)
        {
            logger.LogWarning(
                "Printing: the Chinese font is missing ({Regular}, {Bold}); forms and vouchers cannot be printed. Build the Printing module with npm available (it restores @expo-google-fonts/noto-sans-sc) or set Printing:FontDirectory.",
                fonts.RegularPath, fonts.BoldPath);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
