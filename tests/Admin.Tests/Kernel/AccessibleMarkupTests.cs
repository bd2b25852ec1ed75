using System.Net;
using System.Text.RegularExpressions;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Security;

namespace Admin.Tests.Kernel;

/// <summary>
/// The markup rules of issue 24 that need no browser, over every screen the host maps (generated from its endpoint
/// metadata, so a new screen is covered when it is mapped): every id an attribute points at (<c>aria-describedby</c>,
/// <c>aria-labelledby</c>, <c>aria-controls</c>, a label's <c>for</c>) exists once; every field whose error is shown is
/// <c>aria-invalid</c>, red (<c>is-invalid</c>) and described by its message. Pages: every parameterless screen as head
/// office, as an outlet operator and signed out (sign-in), every parameterless form posted empty (its error state), and the counter tasks'
/// forms with a wrong line. The browser suite (Admin.EndToEnd AccessibilityTests) runs axe-core over the same screens.
/// </summary>
public abstract partial class AccessibleMarkupTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task EveryScreen_AndEveryFormsErrorState_PointsOnlyAtIdsThatExist_AndTiesErrorsToTheirFields()
    {
        var (outlet, login, _) = await App.OutletOperatorAsync();
        var callers = new[]
        {
            ("head office", await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword)),
            ("outlet operator", await App.ScreenClientAsync(outlet, login, CounterTestKit.Password)),
            ("anonymous", App.CreateBrowserLikeClient()),
        };
        var endpoints = HostEndpoints.All(App).Where(e => !e.IsApi && e.Parameters.Count == 0 && HostEndpoints.IsOn(App, e)
            && !e.Template.EndsWith(".csv", StringComparison.Ordinal) && !e.Template.StartsWith("/connect", StringComparison.Ordinal)).ToList();
        var screens = endpoints.Where(e => e.Method == "GET").Select(e => e.Template).Distinct().ToList();
        var forms = endpoints.Where(e => e.IsWrite && e.Method == "POST" && e.Template is not ("/logout" or "/culture")).Select(e => e.Template).Distinct().ToList();
        Assert.True(screens.Count >= 20, $"Only {screens.Count} screens?");

        var failures = new List<string>();
        var pages = 0;
        foreach (var (role, client) in callers)
        {
            var token = await AdminAppFactory.AntiforgeryTokenOfAsync(client, role == "anonymous" ? "/login" : "/");
            foreach (var path in screens)
            {
                var response = await client.GetAsync(path);
                pages += await CheckAsync($"{role}: GET {path}", response, failures) ? 1 : 0;
            }

            foreach (var path in forms)
            {
                var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                pages += await CheckAsync($"{role}: POST {path} (empty)", response, failures) ? 1 : 0;
            }
        }

        Assert.True(pages >= 40, $"Only {pages} HTML pages were checked.");
        Assert.True(failures.Count == 0, $"{failures.Count} markup faults:\n" + string.Join("\n", failures.Take(60)));
    }

    [Fact]
    public async Task CounterForms_WithAWrongField_MarkThatFieldInvalidAndDescribedByItsMessage()
    {
        var (outlet, login, api) = await App.OutletOperatorAsync();
        var customer = (await api.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var screen = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);

        var fees = await FormFieldsAsync(screen, $"/counter/fees?customer={customer}", "collect-form");
        fees["Lines[0].Quantity"] = "0";
        var feeAnswer = await screen.PostAsync("/counter/fees", new FormUrlEncodedContent(fees));
        var feeHtml = await feeAnswer.Content.ReadAsStringAsync();
        AssertInvalid(feeHtml, "Lines[0].Quantity");

        var cheque = await FormFieldsAsync(screen, $"/cheques/receive?customer={customer}", "cheque-form");
        cheque["Amount"] = "12.345";
        cheque["Number"] = "";
        var chequeAnswer = await screen.PostAsync("/cheques/receive", new FormUrlEncodedContent(cheque));
        var chequeHtml = await chequeAnswer.Content.ReadAsStringAsync();
        AssertInvalid(chequeHtml, "Amount");
        AssertInvalid(chequeHtml, "Number");

        var failures = new List<string>();
        CheckMarkup("fee collection with a wrong quantity", feeHtml, failures);
        CheckMarkup("cheque receipt with a wrong amount", chequeHtml, failures);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static void AssertInvalid(string html, string field)
    {
        var tag = Fields(html).FirstOrDefault(f => f.Attributes.GetValueOrDefault("name") == field);
        Assert.True(tag is not null, $"No field {field}");
        Assert.Equal("true", tag.Attributes.GetValueOrDefault("aria-invalid"));
        Assert.Contains("is-invalid", tag.Attributes.GetValueOrDefault("class") ?? "", StringComparison.Ordinal);
        var message = Messages(html).First(m => m.For == field);
        Assert.True(message.Shown, $"The message of {field} is empty");
        Assert.Contains(message.Id, (tag.Attributes.GetValueOrDefault("aria-describedby") ?? "").Split(' '));
    }

    private static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string page, string formId)
    {
        var html = await client.GetStringAsync(page);
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No form {formId} on {page}");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = await AdminAppFactory.AntiforgeryTokenOfAsync(client, page) };
        foreach (var f in Fields(form).Where(f => f.Tag == "input" && f.Attributes.ContainsKey("name")))
        {
            fields[f.Attributes["name"]] = WebUtility.HtmlDecode(f.Attributes.GetValueOrDefault("value") ?? "");
        }

        return fields;
    }

    private static async Task<bool> CheckAsync(string what, HttpResponseMessage response, List<string> failures)
    {
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return false;
        }

        CheckMarkup(what, await response.Content.ReadAsStringAsync(), failures);
        return true;
    }

    private static void CheckMarkup(string what, string html, List<string> failures)
    {
        var ids = Id().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var idSet = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var duplicate in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Add($"{what}: id \"{duplicate.Key}\" appears {duplicate.Count()} times");
        }

        foreach (Match m in Reference().Matches(html))
        {
            foreach (var id in WebUtility.HtmlDecode(m.Groups[2].Value).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(id => !idSet.Contains(id)))
            {
                failures.Add($"{what}: {m.Groups[1].Value}=\"{id}\" names no element");
            }
        }

        var fields = Fields(html).Where(f => f.Attributes.GetValueOrDefault("type") != "hidden").ToList();
        foreach (var message in Messages(html).Where(m => m.Shown))
        {
            var field = fields.FirstOrDefault(f => f.Attributes.GetValueOrDefault("name") == message.For);
            if (field is null)
            {
                continue; // a message about a field the screen shows differently (a posted hidden value): summarised on top
            }

            if (field.Attributes.GetValueOrDefault("aria-invalid") != "true")
            {
                failures.Add($"{what}: {message.For} shows an error but is not aria-invalid");
            }

            if (!(field.Attributes.GetValueOrDefault("aria-describedby") ?? "").Split(' ').Contains(message.Id))
            {
                failures.Add($"{what}: {message.For} is not described by its error message \"{message.Id}\"");
            }
        }
    }

    private sealed record FieldTag(string Tag, Dictionary<string, string> Attributes);

    private sealed record Message(string For, string Id, bool Shown);

    private static IEnumerable<FieldTag> Fields(string html) => FieldTagPattern().Matches(html).Select(m => new FieldTag(m.Groups[1].Value,
        Attribute().Matches(m.Groups[2].Value).GroupBy(a => a.Groups[1].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value), StringComparer.Ordinal)));

    // MVC's validation message: <span class="... field-validation-error" data-valmsg-for="X" ... id="...">text</span>
    private static IEnumerable<Message> Messages(string html) => MessagePattern().Matches(html).Select(m =>
    {
        var attributes = Attribute().Matches(m.Groups[1].Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value), StringComparer.Ordinal);
        return new Message(attributes["data-valmsg-for"], attributes.GetValueOrDefault("id") ?? "",
            (attributes.GetValueOrDefault("class") ?? "").Contains("field-validation-error", StringComparison.Ordinal) && m.Groups[2].Value.Trim().Length > 0);
    });

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex Id();

    [GeneratedRegex("\\s(aria-describedby|aria-labelledby|aria-controls|for)=\"([^\"]*)\"")]
    private static partial Regex Reference();

    [GeneratedRegex("<(input|select|textarea)\\b([^>]*)>")]
    private static partial Regex FieldTagPattern();

    [GeneratedRegex("([A-Za-z_:][-A-Za-z0-9_:.]*)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<span\\b([^>]*\\sdata-valmsg-for=\"[^\"]*\"[^>]*)>(.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex MessagePattern();
}

public sealed class AccessibleMarkupTests_Sqlite(SqliteDatabase db) : AccessibleMarkupTests(db), IClassFixture<SqliteDatabase>;

public sealed class AccessibleMarkupTests_Postgres(PostgresDatabase db) : AccessibleMarkupTests(db), IClassFixture<PostgresDatabase>;
