using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Admin.Kernel.Localization;
using Admin.Kernel.Results;
using Admin.Modules.Counter;
using Admin.Modules.Counter.Models;

namespace Admin.Tests.Counter;

/// <summary>Every English text the Outlets module shows has a Simplified Chinese translation.</summary>
public sealed partial class CounterTextsTests
{
    private static readonly AdminText Text = new(
        new[] { typeof(CounterModule).Assembly, typeof(AdminText).Assembly, typeof(Admin.Modules.Outlets.OutletsModule).Assembly, typeof(Admin.Themes.TheAdmin.TheAdminTheme).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(ITextProvider).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ITextProvider)Activator.CreateInstance(t, nonPublic: true)!));

    [Fact]
    public void ViewTexts_AllHaveChinese()
    {
        var views = Path.Combine(ModuleRoot(), "Areas");
        var keys = Directory.EnumerateFiles(views, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => ViewText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(keys);
        AssertTranslated(keys);
    }

    [Fact]
    public void CodeTexts_AllHaveChinese()
    {
        // Titles, notices, labels and menu entries written in C# (controllers, view models, the views' switch expressions).
        var keys = Directory.EnumerateFiles(ModuleRoot(), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("CounterTexts.cs", StringComparison.Ordinal))
            .SelectMany(f => CodeText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => k.Contains(' ', StringComparison.Ordinal) || char.IsUpper(k[0]))
            .Where(k => !k.StartsWith("~/", StringComparison.Ordinal) && !k.Contains("{o.", StringComparison.Ordinal) && !k.StartsWith("Counter.", StringComparison.Ordinal)
                && !k.StartsWith("PaymentMethod", StringComparison.Ordinal) && !k.Contains("].", StringComparison.Ordinal) /* a form field's name */
                && k is not ("FeeSchedule" or "CARD"))
            .Distinct()
            .ToList();

        AssertTranslated(keys);
    }

    [Fact]
    public void ErrorMessages_AllHaveChinese()
    {
        var errors = typeof(CounterErrors).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(OperationError))
            .Select(m => (OperationError)m.Invoke(null, m.GetParameters().Select(Sample).ToArray())!)
            .ToList();

        Assert.True(errors.Count > 20);
        AssertTranslated(errors.Select(e => e.Message).Distinct().ToList());
    }

    [Fact]
    public void Permissions_AndModule_HaveChinese()
    {
        var module = new CounterModule();
        AssertTranslated([module.DisplayName, module.Description, .. new CounterPermissions().GetPermissions().Select(p => p.Description)]);
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

    private static object? Sample(ParameterInfo p) =>
        p.ParameterType == typeof(int) ? 1 : p.ParameterType == typeof(char) ? 'X' : p.ParameterType == typeof(string) ? (p.HasDefaultValue ? p.DefaultValue : "x") : null;

    private static string ModuleRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "Modules", "Counter"));

    [GeneratedRegex("""T\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex ViewText();

    // Strings handed to Notify, screen titles, crumbs and the label helpers' English results.
    [GeneratedRegex("""(?:Notify\(|ScreenKeys\.Title\] = |Breadcrumb\(|=> |ModelState\.AddModelError\("", text\[|\? |: )"([A-Z][^"]*)"[,;\)\]\s]""")]
    private static partial Regex CodeText();
}
