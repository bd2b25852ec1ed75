using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Admin.Kernel.Localization;
using Admin.Kernel.Recipes;
using Admin.Modules.Operators.Services;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Admin.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Admin.Tests.Screens.Generated;

/// <summary>
/// Chinese all the way through (issue 21, point 2). The demo recipe is applied, records are made at one of its outlets
/// (a fee collection, a cheque received and cleared) by operators with Chinese names, then every screen of the host (from
/// its endpoint metadata, route values filled with the records' ids and codes) is rendered in 简体中文 as head office and
/// as the outlet's operator. What a person sees (text outside <c>code</c>/<c>kbd</c> and outside a "technical detail"
/// toggle) must hold no English word of the modules' texts — a word that only the English side of the texts uses — and
/// no raw code: <c>Module.Action</c>, <c>review.*</c> or a GUID.
/// </summary>
public abstract partial class ChineseAllTheWayTests(DatabaseFixture db, ITestOutputHelper output)
{
    private AdminAppFactory App => db.App;

    private const string Outlet = "44010001";

    [Fact]
    public async Task EveryScreenInChinese_WithTheDemoData_NoEnglishWordNoRawCode()
    {
        var recipe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "demo.recipe.json"));
        var applied = await App.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().RunAsync(recipe));
        Assert.True(applied.Succeeded, string.Join("; ", applied.Errors.Select(e => e.ToString())));

        var clerk = await OperatorAsync(Outlet, "王芳", "Outlet operator");
        var head = await OperatorAsync(AdminAppFactory.HeadOffice, "赵总", "Administrator");
        var api = await App.ApiClientAsync(Outlet, clerk, CounterTestKit.Password);
        var customer = await api.CreateCustomerAsync("陈静");
        var code = customer.GetProperty("code").GetString()!;
        var collected = await api.PostAsJsonAsync("/api/counter/fee-collections", new { customer = code, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m } } });
        Assert.True(collected.StatusCode == HttpStatusCode.Created, await collected.Content.ReadAsStringAsync());
        var collection = await collected.Content.ReadFromJsonAsync<JsonElement>();
        var cheque = await api.ReceiveAsync(code, 1000.00m, drawer: "广州林华贸易有限公司");
        var chequeId = cheque.GetProperty("id").ToString();
        var cleared = await api.ClearAsync(chequeId);
        Assert.True(cleared.IsSuccessStatusCode, await cleared.Content.ReadAsStringAsync());
        // A changed setting: the audit trail names it by its name, never by its key.
        var headApi = await App.ApiClientAsync(AdminAppFactory.HeadOffice, head, CounterTestKit.Password);
        var settings = await headApi.GetFromJsonAsync<JsonElement[]>("/api/settings");
        var settingVersion = settings!.Single(s => s.GetProperty("key").GetString() == "Operators.LockoutMinutes").GetProperty("version").GetString();
        var changed = await headApi.PutAsJsonAsync("/api/settings/Operators.LockoutMinutes", new { value = "15", version = settingVersion });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());

        var english = EnglishOnlyWords();
        // Data, not texts: login names (the demo recipe's and the test's) are typed by people, not translated.
        var logins = await App.WithDbAsync(d => d.Set<Admin.Modules.Operators.Models.Operator>().Select(o => o.LoginName).ToListAsync());
        english.ExceptWith(logins);
        Assert.Contains("Cleared", english); // the check can fail: a word of the English texts the Chinese side never uses
        var values = new[]
        {
            Outlet, clerk, code, chequeId, Text(customer, "id"), Text(collection, "id"), (await App.IdOfAsync(Outlet, clerk)).ToString(),
            "fee-collection", "cheque-receipt", "FeeCollection", "ChequeReceipt",
        };
        var callers = new[]
        {
            ("head office", await App.ScreenClientAsync(AdminAppFactory.HeadOffice, head, CounterTestKit.Password)),
            ("outlet", await App.ScreenClientAsync(Outlet, clerk, CounterTestKit.Password)),
        };

        var failures = new List<string>();
        var pages = 0;
        foreach (var (role, client) in callers)
        {
            foreach (var path in ScreenPaths(values).Append($"/counter/fees?customer={code}").Append($"/cheques/receive?customer={code}"))
            {
                var html = await ChinesePageAsync(client, path);
                if (html is null)
                {
                    continue;
                }

                pages++;
                var text = Visible(html);
                var gap = KnownGaps.Any(g => g.Path.StartsWith('*') ? path.EndsWith(g.Path[1..], StringComparison.Ordinal) : path.StartsWith(g.Path, StringComparison.Ordinal));
                failures.AddRange(Problems(text, english).Where(p => !gap || p.StartsWith("GUID", StringComparison.Ordinal)).Select(p => $"{role} {path}: {p}"));
                failures.AddRange(DateFieldsNotDateInputs(html).Select(p => $"{role} {path}: {p}"));
            }
        }

        var audit = await ChinesePageAsync(callers[0].Item2, "/admin/audit");
        Assert.Contains("锁定时长（分钟）", Visible(audit!));
        Assert.DoesNotContain("Operators.LockoutMinutes", Visible(audit!));
        output.WriteLine($"{pages} pages rendered in zh-CN");
        foreach (var f in failures.Distinct())
        {
            output.WriteLine(f);
        }

        Assert.True(pages >= 60, $"Only {pages} pages rendered?");
        var grouped = failures.Distinct().ToList();
        Assert.True(grouped.Count == 0, $"{grouped.Count} English words or raw codes on Chinese screens:\n" + string.Join("\n", grouped.Take(80)));
    }

    /// <summary>
    /// Screens still showing English or codes in Chinese (found by this test at its introduction; issue 21 left them open):
    /// only GUIDs are checked there. Remove an entry when its screen is fixed; any other screen fails on any English word.
    /// </summary>
    private static readonly (string Path, string Why)[] KnownGaps =
    [
        ("/counter/fee-schedule", "a fee item's English and Chinese names are shown side by side, as entered"),
    ];

    [Theory]
    [InlineData("<p>已到账</p>", "")]
    [InlineData("<p>Cleared 已到账</p>", "Cleared")]
    [InlineData("<p>Cheques.Clear</p>", "Cheques.Clear")]
    [InlineData("<p>review.checkerIsMaker</p>", "review.checkerIsMaker")]
    [InlineData("<p>业务 2dc45f11-0c4e-4a57-9a8b-1f0e2d3c4b5a</p>", "2dc45f11-0c4e-4a57-9a8b-1f0e2d3c4b5a")]
    [InlineData("<p><code>Cheques.Clear</code> <kbd>Enter</kbd></p>", "")]
    [InlineData("<details><summary>技术细节</summary>{\"task\":\"Counter.FeeCollection\"}</details>", "")]
    [InlineData("<p>文件 CSV、PDF</p>", "")]
    public void Problems_FindEnglishWordsAndRawCodes(string html, string found)
    {
        var english = new HashSet<string>(["Cleared", "Cash"], StringComparer.Ordinal);
        var problems = Problems(Visible(html), english).ToList();
        if (found.Length == 0)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(problems, p => p.Contains(found, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("<form method='get'><input name='from' type='date' /><input name='to' type='date' /></form>", "")]
    [InlineData("<form method='get'><input name='from' placeholder='yyyy-MM-dd' /></form>", "from")]
    [InlineData("<form method='post'><input name='From' placeholder='06:00' /><input name='Reason' /></form>", "")]
    [InlineData("<form method='post'><input name='Form.ReceivedOn' /></form>", "Form.ReceivedOn")]
    [InlineData("<form method='post'><input name='ChequeDate' type='date' /><input name='Month' type='month' /></form>", "")]
    public void DateFieldsNotDateInputs_FindTextDateFields(string html, string found)
    {
        var problems = DateFieldsNotDateInputs(html).ToList();
        if (found.Length == 0)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(problems, p => p.Contains($"\"{found}\"", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// One date control everywhere (issue 21, point 5): a list's date filter (<c>from</c>, <c>to</c>, <c>date</c>, <c>day</c> in
    /// a GET form) and a form's date field (a name ending in <c>On</c> or <c>Date</c>, or a yyyy-MM-dd placeholder) are
    /// inputs of type date, never plain text on one screen and a picker on the next.
    /// </summary>
    private static IEnumerable<string> DateFieldsNotDateInputs(string html)
    {
        foreach (var input in new HtmlParser().ParseDocument(html).QuerySelectorAll("input[name]"))
        {
            var name = input.GetAttribute("name")!;
            var type = (input.GetAttribute("type") ?? "text").ToLowerInvariant();
            if (type is "date" or "month" or "hidden" or "checkbox" or "radio" or "submit" or "file")
            {
                continue;
            }

            var inFilter = string.Equals(input.Closest("form")?.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase);
            var field = name[(name.LastIndexOf('.') + 1)..];
            if ((inFilter && FilterDateName().IsMatch(field)) || FormDateName().IsMatch(field) || input.GetAttribute("placeholder") == "yyyy-MM-dd")
            {
                yield return $"date field \"{name}\" is an input of type {type}, not a date input";
            }
        }
    }

    [GeneratedRegex("^(from|to|date|day)$", RegexOptions.IgnoreCase)]
    private static partial Regex FilterDateName();

    [GeneratedRegex("[a-z](On|Date)$")]
    private static partial Regex FormDateName();

    private async Task<string> OperatorAsync(string outlet, string displayName, string role)
    {
        var login = Codes.NewLoginName();
        var result = await App.WithScopeAsync(sp => sp.GetRequiredService<OperatorMaintenance>()
            .CreateAsync(new NewOperator(outlet, login, displayName, null, null, [role]), CounterTestKit.Password, mustChangePassword: false));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        return login;
    }

    /// <summary>
    /// Words (4 letters or more) of the English side of every module's texts that no Chinese text uses: what a Chinese
    /// page shows of them was left untranslated. (Words the Chinese side uses too — CSV, PDF, OpenID — are fine.)
    /// </summary>
    private HashSet<string> EnglishOnlyWords()
    {
        var providers = App.Services.GetServices<ITextProvider>().Where(p => p.Culture == AdminCultures.Chinese).ToList();
        var chinese = new HashSet<string>(providers.SelectMany(p => p.Texts.Values).SelectMany(v => Word().Matches(v).Select(m => m.Value)), StringComparer.OrdinalIgnoreCase);
        return new HashSet<string>(
            providers.SelectMany(p => p.Texts.Keys).SelectMany(k => Word().Matches(Placeholder().Replace(k, " ")).Select(m => m.Value)).Where(w => !chinese.Contains(w)),
            StringComparer.Ordinal);
    }

    private static IEnumerable<string> Problems(string text, HashSet<string> english)
    {
        foreach (Match m in Guid().Matches(text))
        {
            yield return $"GUID {m.Value}: …{Around(text, m.Index)}…";
        }

        foreach (Match m in RawCode().Matches(text))
        {
            yield return $"code {m.Value}: …{Around(text, m.Index)}…";
        }

        foreach (Match m in Word().Matches(Guid().Replace(text, " ")))
        {
            if (english.Contains(m.Value))
            {
                yield return $"English \"{m.Value}\": …{Around(text, m.Index)}…";
            }
        }
    }

    /// <summary>The text a person reads: not scripts, styles, templates, code, keys, hidden parts, or a technical detail toggle's body.</summary>
    private static string Visible(string html)
    {
        var body = new HtmlParser().ParseDocument(html).Body!;
        var texts = body.Descendants<IText>().Where(t => t.ParentElement is { } p
            && p.Closest("script, style, template, code, kbd, pre, [hidden], .visually-hidden, [aria-hidden=true], [translate=no]") is null
            && (p.Closest("[lang]")?.GetAttribute("lang") ?? "zh").StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            && (p.Closest("details") is null || p.Closest("summary") is not null));
        return Spaces().Replace(string.Join(" ", texts.Select(t => t.Data)), " ");
    }

    private IEnumerable<string> ScreenPaths(IReadOnlyList<string> values)
    {
        foreach (var e in HostEndpoints.All(App).Where(e => e.Method == "GET" && !e.IsApi && HostEndpoints.IsOn(App, e)))
        {
            if (e.Template.EndsWith(".csv", StringComparison.Ordinal) || e.Template.EndsWith(".pdf", StringComparison.Ordinal)
                || e.Template.EndsWith(".xlsx", StringComparison.Ordinal) || e.Template.StartsWith("/connect", StringComparison.Ordinal))
            {
                continue;
            }

            IEnumerable<Dictionary<string, string>> fills = [[]];
            foreach (var p in e.Parameters)
            {
                var fitting = values.Where(v => HostEndpoint.Fits(p, v)).ToList();
                fills = fills.SelectMany(f => fitting.Select(v => new Dictionary<string, string>(f) { [p.Name] = v }));
            }

            foreach (var fill in fills.Take(100))
            {
                yield return e.Url(p => fill[p.Name]);
            }
        }
    }

    private static async Task<string?> ChinesePageAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var response = await client.SendAsync(request);
        Assert.True((int)response.StatusCode < 500, $"GET {path} answered {(int)response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html"
            ? await response.Content.ReadAsStringAsync()
            : null;
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 40), Math.Min(80, text.Length - Math.Max(0, index - 40)));

    private static string Text(JsonElement e, string name) => e.GetProperty(name).ToString();

    [GeneratedRegex(@"\b[A-Za-z][a-z]{3,}\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+\b|\breview\.[a-z][A-Za-z.]*")]
    private static partial Regex RawCode();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

public sealed class ChineseAllTheWayTests_Sqlite(SqliteDatabase db, ITestOutputHelper output) : ChineseAllTheWayTests(db, output), IClassFixture<SqliteDatabase>;

public sealed class ChineseAllTheWayTests_Postgres(PostgresDatabase db, ITestOutputHelper output) : ChineseAllTheWayTests(db, output), IClassFixture<PostgresDatabase>;
