using System.Text.Json;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>
/// axe-core (npm, restored by the build and copied to <c>axe/axe.min.js</c> beside the tests) run in the page: the
/// rules of WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. No rule is excluded.
/// </summary>
public static class AxeCheck
{
    /// <summary>The axe tags checked.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"axe-core is missing at {path}: build Admin.EndToEnd (its build runs `npm ci` for axe-core; Node.js and npm must be on the PATH).");
        }

        return File.ReadAllText(path);
    });

    /// <summary>
    /// The page's violations, one line each: where, the rule, and the first few elements. Injected through the
    /// DevTools protocol (not a script tag), so the console's CSP stays as it is.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string where)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async (tags) => {
                const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                    + v.nodes.slice(0, 3).map(n => n.target.join(' ') + (n.any.concat(n.all)[0] ? ' [' + n.any.concat(n.all)[0].message + ']' : '')).join('; ')
                    + (v.nodes.length > 3 ? ' (+' + (v.nodes.length - 3) + ' more)' : ''));
            }
            """, Tags);
        return violations.EnumerateArray().Select(v => $"{where}: {v.GetString()}").ToList();
    }
}
