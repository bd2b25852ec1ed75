using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Admin.Kernel.Localization;
using Admin.Kernel.Results;
using Admin.Modules.Operators;
using Admin.Modules.Operators.Services;

namespace Admin.Tests.Operators;

/// <summary>
/// The Operators texts the generated checks cannot find (ModuleTextsTests: views and <c>OperatorsErrors</c>; ArchitectureTests:
/// module, menu, permissions): messages built in code, the password policy's, settings and the default roles.
/// </summary>
public sealed partial class OperatorsTextsTests
{
    private static readonly AdminText Text = new(
        new[] { typeof(OperatorsModule).Assembly, typeof(AdminText).Assembly, typeof(Admin.Themes.TheAdmin.TheAdminTheme).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(ITextProvider).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ITextProvider)Activator.CreateInstance(t, nonPublic: true)!));

    [Fact]
    public void CodeTexts_AllHaveChinese()
    {
        // Messages built in C# (errors of every service, the password policy, recipes), notices, titles, crumbs, labels.
        var keys = SourceFiles("*.cs").Concat(SourceFiles("*.cshtml"))
            .Where(f => !f.EndsWith("OperatorsTexts.cs", StringComparison.Ordinal))
            .SelectMany(f =>
            {
                var source = File.ReadAllText(f);
                return ErrorText().Matches(source).Concat(CodeText().Matches(source)).Select(m => Unescape(m.Groups[1].Value))
                    .Concat(FieldLabel().Matches(source).Select(m => $"Enter the {m.Groups[1].Value}."));
            })
            .Where(k => !AuditAction().IsMatch(k))
            .Distinct()
            .ToList();

        Assert.True(keys.Count > 100, $"Only {keys.Count} code texts found.");
        AssertTranslated(keys);
    }

    [Fact]
    public void PasswordPolicyMessages_AllHaveChinese()
    {
        var strict = new PasswordPolicy();
        var modern = new PasswordPolicy(Modern: true);
        var messages = new[] { "", "abcdefgh", "a1\u0001b2c3d4", "1234567890123", "user0001" }
            .SelectMany(p => strict.Check(p, "user0001").Concat(modern.Check(p, "user0001")))
            .Concat(modern.Check("password123", "someone"))
            .Append(strict.Reused())
            .Select(e => e.Message)
            .Distinct()
            .ToList();

        Assert.True(messages.Count >= 7);
        AssertTranslated(messages);
    }

    // Module name, description and permissions are checked for every module by ArchitectureTests; views and OperatorsErrors by ModuleTextsTests.
    [Fact]
    public void SettingsAndDefaultRoles_HaveChinese() =>
        AssertTranslated([.. new OperatorsSettings().GetSettings().Select(s => s.Description), .. Admin.Kernel.Permissions.DefaultRoles.All]);

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

    private static IEnumerable<string> SourceFiles(string pattern)
    {
        var sep = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(ModuleRoot(), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal));
    }

    private static string Unescape(string csharp) => csharp.Replace("\\\\", "\\", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal);

    private static string ModuleRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "Modules", "Operators"));

    // OperationError templates: new("code", "Message", ...) and new OperationError("code", "Message", ...).
    [GeneratedRegex("""new(?:\s*OperationError)?\(\s*"[\w.]+",\s*"((?:[^"\\]|\\.)+)"[,)]""")]
    private static partial Regex ErrorText();

    // Notices, titles, crumbs, label helpers and switch results, display names, audit summaries, NotFoundProblem details.
    [GeneratedRegex("""(?:Notify\(|ScreenKeys\.Title\] = |Breadcrumb\(|=> |Name = |\? |: |NotFoundProblem\("[\w.]+", |text\[)"([A-Z][^"]*)"[,;\)\]\s]""")]
    private static partial Regex CodeText();

    // The labels that OperatorsErrors.Required(field, label) makes into "Enter the {label}.".
    [GeneratedRegex("""Required\("\w+", "([^"]+)"\)""")]
    private static partial Regex FieldLabel();

    // Audit action names ("Operator.Disable") are identifiers, not texts.
    [GeneratedRegex("""^\w+\.\w+$""")]
    private static partial Regex AuditAction();
}
