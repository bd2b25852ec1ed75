using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Admin.Kernel.Localization;
using Admin.Modules.Outlets;

namespace Admin.Tests.Outlets;

/// <summary>
/// The Outlets texts the generated checks cannot find (ModuleTextsTests: views and <c>OutletsErrors</c>; ArchitectureTests:
/// module, menu, permissions): titles, notices and labels written in code.
/// </summary>
public sealed partial class OutletsTextsTests
{
    private static readonly AdminText Text = new(
        new[] { typeof(OutletsModule).Assembly, typeof(AdminText).Assembly, typeof(Admin.Themes.TheAdmin.TheAdminTheme).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(ITextProvider).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ITextProvider)Activator.CreateInstance(t, nonPublic: true)!));

    [Fact]
    public void CodeTexts_AllHaveChinese()
    {
        // Titles, notices, labels and menu entries written in C# (controllers, view models, the views' switch expressions).
        var keys = Directory.EnumerateFiles(ModuleRoot(), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("OutletsTexts.cs", StringComparison.Ordinal))
            .SelectMany(f => CodeText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => k.Contains(' ', StringComparison.Ordinal) || char.IsUpper(k[0]))
            .Where(k => !k.StartsWith("~/", StringComparison.Ordinal) && !k.Contains("{o.", StringComparison.Ordinal) && !k.StartsWith("Outlet.", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        AssertTranslated(keys);
    }

    private static void AssertTranslated(IReadOnlyList<string> keys)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var missing = keys.Where(k => Text[k].ResourceNotFound).ToList();
            Assert.True(missing.Count == 0, "No zh-CN text for: " + string.Join(" | ", missing));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string ModuleRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "Modules", "Outlets"));

    // Strings handed to Notify, screen titles, crumbs and the label helpers' English results.
    [GeneratedRegex("""(?:Notify\(|ScreenKeys\.Title\] = |Breadcrumb\(|=> |ModelState\.AddModelError\("", text\[|\? |: )"([A-Z][^"]*)"[,;\)\]\s]""")]
    private static partial Regex CodeText();
}
