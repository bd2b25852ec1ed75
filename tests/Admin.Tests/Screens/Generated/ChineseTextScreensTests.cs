using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Admin.Kernel.Localization;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Operators;
using Admin.Tests.Security;
using Xunit.Abstractions;

namespace Admin.Tests.Screens.Generated;

/// <summary>
/// Issue 24: Chinese inside an English page carries <c>lang="zh-CN"</c>. Records named in Chinese (an outlet, customers, a
/// company's cards, a cheque's drawer) are created, then every screen of the host (from its endpoint metadata, route values
/// filled with the records' ids and codes, so a new module's screens are covered the moment they are mapped) and the
/// sign-in page are rendered in English, as head office and as an outlet operator, and parsed as a browser parses them
/// (AngleSharp): every text with a Chinese character must sit in an element whose nearest <c>lang</c> is Chinese.
/// </summary>
public abstract class ChineseTextScreensTests(DatabaseFixture db, ITestOutputHelper output)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task EveryScreenInEnglish_ChineseTextIsMarkedZhCN()
    {
        var outlet = await App.CreateOutletAsync(name: "海珠滨江网点");
        var (_, login, api) = await App.OutletOperatorAsync(outlet);
        var desk = new IssuingDesk(outlet, login, api, await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator"), await App.AdminApiClientAsync());
        var customer = await desk.Client.CreateCustomerAsync("陈静");
        var code = customer.GetProperty("code").GetString()!;
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        await desk.StockAsync(single, 1);
        var issued = await (await desk.PostAsync("/api/cards/issue", new
        {
            customer = code, product = single.Code, card = new { number = single.Number(1), holderName = "陈静", vehiclePlate = "粤A12345" }, paymentMethod = "Cash",
        })).Created();
        var cheque = await desk.Client.ReceiveAsync(code, 1000.00m, drawer: "广州林华贸易有限公司");
        var collected = await desk.Client.PostAsJsonAsync("/api/counter/fee-collections", new { customer = code, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m } } });
        Assert.True(collected.StatusCode == HttpStatusCode.Created, await collected.Content.ReadAsStringAsync());
        var collection = await collected.Content.ReadFromJsonAsync<JsonElement>();

        var values = new[]
        {
            outlet, desk.Login, code, single.Number(1), Text(customer, "id"), Text(issued, "id"), Text(cheque, "id"), Text(collection, "id"),
            (await App.IdOfAsync(outlet, desk.Login)).ToString(),
        };
        var callers = new[]
        {
            ("head office", await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword)),
            ("outlet operator", await App.ScreenClientAsync(outlet, desk.Login, CounterTestKit.Password)),
        };
        // The screens that show a picked customer or a filtered list, beside the generated ones.
        string[] picked = [$"/counter/fees?customer={code}", $"/cheques/receive?customer={code}", $"/issuing/issue?customer={code}", $"/admin/cards?customer={code}", $"/counter/customers?q={code}"];

        var failures = new List<string>();
        var pages = 0;
        var withChinese = 0;
        string? sample = null;
        foreach (var (role, client) in callers.Append(("signed out", App.CreateBrowserLikeClient())))
        {
            foreach (var path in (role == "signed out" ? ["/login"] : ScreenPaths(values).Concat(picked)).Distinct())
            {
                var html = await EnglishPageAsync(client, path);
                if (html is null)
                {
                    continue;
                }

                pages++;
                if (html.Contains("陈静", StringComparison.Ordinal))
                {
                    withChinese++;
                    sample ??= html.Contains($"<span lang=\"{ChineseText.Lang}\">陈静", StringComparison.Ordinal) ? html : null;
                }

                failures.AddRange(Unmarked(html).Select(t => $"{role} {path}: \"{t}\""));
            }
        }

        output.WriteLine($"{pages} English pages, {withChinese} showing the customer 陈静");
        Assert.True(pages >= 60, $"Only {pages} pages rendered?");
        Assert.True(withChinese >= 10, $"Only {withChinese} pages show the customer 陈静: the records did not reach the screens?");
        // The check can fail: the same page without its marks is reported.
        Assert.Contains(Unmarked(sample!.Replace($"<span lang=\"{ChineseText.Lang}\">", "<span>", StringComparison.Ordinal)), t => t.Contains("陈静", StringComparison.Ordinal));
        Assert.True(failures.Count == 0, $"{failures.Count} Chinese texts without lang=\"zh-CN\":\n" + string.Join("\n", failures.Distinct().Take(60)));
    }

    [Theory]
    [InlineData("<p>Cleared (到账)</p>", "<p>Cleared (<span lang=\"zh-CN\">到账</span>)</p>")]
    [InlineData("<td>C0001 陈静</td>", "<td>C0001 <span lang=\"zh-CN\">陈静</span></td>")]
    [InlineData("<p>2026年12月7日 at 9:00</p>", "<p>2026<span lang=\"zh-CN\">年12月7日</span> at 9:00</p>")]
    [InlineData("<option value=\"1\">广州 · 1</option>", "<option value=\"1\" lang=\"zh-CN\">广州 · 1</option>")]
    [InlineData("<option lang=\"zh-CN\">简体中文</option><b>发卡</b>", "<option lang=\"zh-CN\">简体中文</option><b><span lang=\"zh-CN\">发卡</span></b>")]
    [InlineData("<div lang=\"zh-CN\"><div>发卡</div>充值</div>英", "<div lang=\"zh-CN\"><div>发卡</div>充值</div><span lang=\"zh-CN\">英</span>")]
    [InlineData("<input value=\"陈静\" title=\"陈\"><br/>No Chinese", "<input value=\"陈静\" title=\"陈\"><br/>No Chinese")]
    [InlineData("<!-- 注释 --><script src=\"x.js\"></script>", "<!-- 注释 --><script src=\"x.js\"></script>")]
    public void Mark_WrapsChineseRunsOutsideChineseElements(string html, string marked) => Assert.Equal(marked, ChineseText.Mark(html));

    /// <summary>The texts of the page's body with Chinese in them whose nearest <c>lang</c> is not Chinese.</summary>
    private static IEnumerable<string> Unmarked(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.Body!.Descendants<IText>()
            .Where(t => ChineseText.Has(t.Data) && t.ParentElement is { } parent && parent.Closest("script, style, template") is null
                && !(parent.Closest("[lang]")?.GetAttribute("lang") ?? "").StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            .Select(t => $"<{t.ParentElement!.LocalName}> {t.Data.Trim()}");
    }

    /// <summary>Every screen answering GET, from the endpoint metadata, route values filled with the records' that fit.</summary>
    private IEnumerable<string> ScreenPaths(IReadOnlyList<string> values)
    {
        foreach (var e in HostEndpoints.All(App).Where(e => e.Method == "GET" && !e.IsApi && HostEndpoints.IsOn(App, e)))
        {
            if (e.Template.EndsWith(".csv", StringComparison.Ordinal) || e.Template.EndsWith(".pdf", StringComparison.Ordinal) || e.Template.StartsWith("/connect", StringComparison.Ordinal))
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

    private static async Task<string?> EnglishPageAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await client.SendAsync(request);
        Assert.True((int)response.StatusCode < 500, $"GET {path} answered {(int)response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html"
            ? await response.Content.ReadAsStringAsync()
            : null;
    }

    private static string Text(JsonElement e, string name) => e.GetProperty(name).ToString();
}

public sealed class ChineseTextScreensTests_Sqlite(SqliteDatabase db, ITestOutputHelper output) : ChineseTextScreensTests(db, output), IClassFixture<SqliteDatabase>;

public sealed class ChineseTextScreensTests_Postgres(PostgresDatabase db, ITestOutputHelper output) : ChineseTextScreensTests(db, output), IClassFixture<PostgresDatabase>;
