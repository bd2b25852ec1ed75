using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Admin.Kernel.Localization;
using Admin.Kernel.Results;

namespace Admin.Tests.Architecture;

/// <summary>
/// Generated from the host's modules, so a new module cannot escape it: every text its views put through the localizer
/// (<c>T["..."]</c>) and every message of its <c>&lt;Id&gt;Errors</c> class has a Simplified Chinese translation.
/// </summary>
public sealed partial class ModuleTextsTests
{
    private static readonly Type[] Modules = Admin.Host.HostModules.Types;

    private static readonly AdminText Text = new(
        Modules.Select(m => m.Assembly).Append(typeof(AdminText).Assembly).Append(typeof(Admin.Themes.TheAdmin.TheAdminTheme).Assembly)
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(ITextProvider).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ITextProvider)Activator.CreateInstance(t, nonPublic: true)!));

    /// <summary>Texts are one dictionary per culture: two modules giving one English text different translations would
    /// make one of them show the other's wording.</summary>
    [Fact]
    public void NoTwoModules_TranslateOneTextDifferently()
    {
        var providers = Modules.Select(m => m.Assembly).Append(typeof(AdminText).Assembly).Append(typeof(Admin.Themes.TheAdmin.TheAdminTheme).Assembly)
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(ITextProvider).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ITextProvider)Activator.CreateInstance(t, nonPublic: true)!);
        var conflicts = providers
            .SelectMany(p => p.Texts.Select(kv => (p.Culture, kv.Key, kv.Value, Provider: p.GetType().Name)))
            .GroupBy(x => (x.Culture, x.Key))
            .Where(g => g.Select(x => x.Value).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key.Culture} \"{g.Key.Key}\": " + string.Join(" / ", g.Select(x => $"{x.Provider} → {x.Value}")))
            .ToList();
        Assert.True(conflicts.Count == 0, string.Join("\n", conflicts));
    }

    /// <summary>"Closed" is an outlet's status (撤销) in Outlets' texts: a closed card or customer shows its own text.</summary>
    [Fact]
    public void ClosedCardAndCustomer_HaveTheirOwnText_NotTheOutletsClosed()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            Assert.Equal("撤销", Text["Closed"].Value);
            Assert.Equal("已销卡", Text[Admin.Modules.Cards.Contracts.CardStatusText.Of("Closed")].Value);
            Assert.Equal("已清户", Text[Admin.Modules.Counter.Contracts.CustomerStatusText.Of("Closed")].Value);
            Assert.Equal("挂失", Text[Admin.Modules.Cards.Contracts.CardStatusText.Of("Lost")].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    public static TheoryData<string> ModuleIds() => new(Modules.Select(t => ((Admin.Kernel.Modules.AdminModule)Activator.CreateInstance(t)!).Id));

    [Theory]
    [MemberData(nameof(ModuleIds))]
    public void ViewTexts_AllHaveChinese(string moduleId)
    {
        var views = Path.Combine(SourceRoot(), "Modules", moduleId, "Areas");
        if (!Directory.Exists(views))
        {
            // A module without screens (an API-only module) has no view texts.
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(SourceRoot(), "Modules", moduleId), "*.cshtml", SearchOption.AllDirectories));
            return;
        }

        var keys = Directory.EnumerateFiles(views, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => ViewText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        AssertTranslated(moduleId, keys);
    }

    [Theory]
    [MemberData(nameof(ModuleIds))]
    public void ErrorMessages_AllHaveChinese(string moduleId) =>
        AssertErrorsTranslated(moduleId, Modules.Single(t => ((Admin.Kernel.Modules.AdminModule)Activator.CreateInstance(t)!).Id == moduleId).Assembly);

    /// <summary>The kernel is no host module, but its messages and screens are shown like theirs.</summary>
    [Fact]
    public void KernelErrorMessagesAndViewTexts_AllHaveChinese()
    {
        AssertErrorsTranslated("Kernel", typeof(Admin.Kernel.KernelModule).Assembly);
        var keys = new[] { "Views", "Areas" }.Select(d => Path.Combine(SourceRoot(), "Kernel", d)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cshtml", SearchOption.AllDirectories))
            .SelectMany(f => ViewText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.NotEmpty(keys);
        AssertTranslated("Kernel", keys);
    }

    private static void AssertErrorsTranslated(string moduleId, Assembly assembly)
    {
        var errors = assembly.GetTypes().Single(t => t.Name == moduleId + "Errors");
        var messages = errors.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(OperationError) && !m.IsSpecialName)
            .SelectMany(m => Samples(m).Select(args => ((OperationError)m.Invoke(null, args)!).Message))
            // A message built around its argument (Operators' "Enter the {label}.") is checked with real labels by its module's own test.
            .Where(m => !SampleWord().IsMatch(m))
            .Distinct()
            .ToList();

        Assert.NotEmpty(messages);
        AssertTranslated(moduleId, messages);
    }

    // Each enum parameter is tried with every value (messages often differ by value); other parameters get a sample.
    private static IEnumerable<object?[]> Samples(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var enumIndex = Array.FindIndex(parameters, p => p.ParameterType.IsEnum);
        if (enumIndex < 0)
        {
            yield return parameters.Select(Sample).ToArray();
            yield break;
        }

        foreach (var value in Enum.GetValues(parameters[enumIndex].ParameterType))
        {
            var args = parameters.Select(Sample).ToArray();
            args[enumIndex] = value;
            yield return args;
        }
    }

    private static object? Sample(ParameterInfo p) =>
        p.HasDefaultValue ? p.DefaultValue
        : p.ParameterType == typeof(string) ? "x"
        : p.ParameterType == typeof(char) ? 'x'
        : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType)
        : p.ParameterType.IsAssignableFrom(typeof(string[])) ? Array.Empty<string>()
        : null;

    private static void AssertTranslated(string moduleId, IReadOnlyList<string> keys)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var missing = keys.Where(k => Text[k].ResourceNotFound).ToList();
            Assert.True(missing.Count == 0, $"{moduleId}: no zh-CN text for: " + string.Join(" | ", missing));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string SourceRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src"));

    [GeneratedRegex(@"\bx\b")]
    private static partial Regex SampleWord();

    [GeneratedRegex("""T\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex ViewText();
}
