using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Admin.Kernel.Localization;
using Admin.Kernel.Results;
using Admin.Modules.Reviews;
using Admin.Modules.Reviews.Services;

namespace Admin.Tests.Reviews;

/// <summary>
/// The Reviews texts the generated checks cannot find (ModuleTextsTests: views and <c>ReviewsErrors</c>; ArchitectureTests:
/// module, menu, permissions): texts written in code, flag titles and settings.
/// </summary>
public sealed partial class ReviewsTextsTests
{
    private static readonly AdminText Text = new(
        new[] { typeof(ReviewsModule).Assembly, typeof(AdminText).Assembly, typeof(Admin.Themes.TheAdmin.TheAdminTheme).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(ITextProvider).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ITextProvider)Activator.CreateInstance(t, nonPublic: true)!));

    [Fact]
    public void CodeTexts_AllHaveChinese()
    {
        var keys = SourceFiles("*.cs")
            .Where(f => !f.EndsWith("ReviewsTexts.cs", StringComparison.Ordinal))
            .SelectMany(f =>
            {
                var source = File.ReadAllText(f);
                return ErrorText().Matches(source).Concat(CodeText().Matches(source)).Select(m => m.Groups[1].Value);
            })
            .Where(k => !Identifier().IsMatch(k))
            .Distinct()
            .ToList();

        Assert.True(keys.Count > 30, $"Only {keys.Count} code texts found.");
        AssertTranslated(keys);
    }

    // Module name, description and permissions are checked for every module by ArchitectureTests; views and ReviewsErrors by ModuleTextsTests.
    [Fact]
    public void FlagsAndSettings_HaveChinese() =>
        AssertTranslated([.. Enum.GetValues<FlagKind>().Select(FlagTitles.Of), .. new ReviewsSettings().GetSettings().Select(s => s.Description)]);

    private static void AssertTranslated(IReadOnlyList<string> keys)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var missing = keys.Where(k => Text[k].ResourceNotFound).ToList();
            Assert.True(missing.Count == 0, "No zh-CN text for:\n" + string.Join("\n", missing));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IEnumerable<string> SourceFiles(string pattern)
    {
        var sep = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(ModuleRoot(), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal));
    }

    private static string ModuleRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "Modules", "Reviews"));

    [GeneratedRegex("""new(?:\s*OperationError|\s*AuthorisationFlag|\s*ChainFailure)?\((?:\s*"[\w.]+",|[^"()]*?,)\s*"((?:[^"\\]|\\.)+)"[,)]""")]
    private static partial Regex ErrorText();

    // Notices, titles, crumbs, chart titles and series, empty texts, chain problems.
    [GeneratedRegex("""(?:Notify\(|ScreenKeys\.Title\] = |Breadcrumb\(|=> |EmptyText = |HomeChart\(|ChartSeries\(|\? |: |\$)"([A-Z][^"{]*(?:\{\d[^"]*)?)"[,;\)\]\s]""")]
    private static partial Regex CodeText();

    [GeneratedRegex("""^[\w]+\.[\w.]+$|^[A-Z][a-z]+$|^v1$""")]
    private static partial Regex Identifier();
}
