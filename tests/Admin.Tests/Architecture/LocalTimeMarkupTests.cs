using System.Text.RegularExpressions;

namespace Admin.Tests.Architecture;

/// <summary>
/// The kernel's <c>&lt;local-time utc="…"&gt;</c> binds only <c>utc</c>; any other attribute is passed through unbound and
/// the tag renders "—" (TopUps' receipts showed no time for that reason). Every view of the repository is read, so a new
/// screen is covered as soon as it exists.
/// </summary>
public sealed partial class LocalTimeMarkupTests
{
    [Fact]
    public void EveryLocalTimeTag_BindsItsInstantThroughUtc()
    {
        var root = RepositoryRoot();
        var views = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "themes"), "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.NotEmpty(views);

        var wrong = new List<string>();
        foreach (var view in views)
        {
            var lines = File.ReadAllLines(view);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match tag in LocalTimeTag().Matches(RazorComment().Replace(lines[i], "")))
                {
                    if (!tag.Value.Contains(" utc=", StringComparison.Ordinal))
                    {
                        wrong.Add($"{Path.GetRelativePath(root, view)}:{i + 1}: {tag.Value}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, "<local-time> without utc=\"…\" (shows '—'):\n" + string.Join('\n', wrong));
    }

    [GeneratedRegex("@\\*.*?\\*@")]
    private static partial Regex RazorComment();

    [GeneratedRegex("<local-time\\b[^>]*>")]
    private static partial Regex LocalTimeTag();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Admin.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Admin.sln not found above " + AppContext.BaseDirectory);
    }
}
