using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Modules.Outlets.Models;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Outlets;

/// <summary>The outlet screens through the real host: list, tree, record, forms (antiforgery, errors, stale edits), status, import, export, scoping.</summary>
public abstract partial class OutletsScreenTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private Task<HttpClient> AdminScreenAsync() => App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);

    [Fact]
    public async Task List_AsAdministrator_ShowsTheFilteredOutletsAsClickableRows()
    {
        var client = await AdminScreenAsync();
        var prefix = Prefix();
        var code = await App.CreateOutletAsync(name: $"{prefix} Tianhe");
        var other = await App.CreateOutletAsync();

        var response = await client.GetAsync($"/admin/outlets?search={prefix}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"data-href=\"/admin/outlets/{code}\"", html);
        Assert.DoesNotContain($"data-href=\"/admin/outlets/{other}\"", html);
        Assert.Contains($"href=\"/admin/outlets/export.csv?search={prefix}\"", html);
        Assert.Contains("href=\"/admin/outlets\"", html); // the menu entry
        Assert.Contains("href=\"/admin/outlets/new\"", html);
    }

    [Fact]
    public async Task List_NothingMatches_SaysWhatToDo()
    {
        var client = await AdminScreenAsync();

        var html = await client.GetStringAsync($"/admin/outlets?search={Prefix()}");

        Assert.Contains("id=\"outlets-empty\"", html);
        Assert.Contains("No outlets match these filters.", html);
    }

    [Fact]
    public async Task List_BadFilter_ShowsTheErrorNot500()
    {
        var client = await AdminScreenAsync();

        var response = await client.GetAsync("/admin/outlets?status=Open&after=zzz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The status is Active, Suspended or Closed.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task List_InChinese_IsTranslated()
    {
        var client = await AdminScreenAsync();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));

        var html = await client.GetStringAsync("/admin/outlets");

        Assert.Contains("新增网点", html);
        Assert.Contains("网点号", html);
        Assert.Contains("省中心", html);
    }

    [Fact]
    public async Task Tree_ShowsBranchesWithTheirOutletsAndStatus()
    {
        var client = await AdminScreenAsync();
        var branch = await App.CreateOutletAsync(OutletType.Branch);
        var outlet = await App.CreateOutletAsync(parent: branch);

        var html = await client.GetStringAsync("/admin/outlets/tree");

        var headOffice = html.IndexOf($"data-code=\"{AdminAppFactory.HeadOffice}\"", StringComparison.Ordinal);
        var branchAt = html.IndexOf($"data-code=\"{branch}\"", StringComparison.Ordinal);
        var outletAt = html.IndexOf($"data-code=\"{outlet}\"", StringComparison.Ordinal);
        Assert.True(headOffice >= 0 && headOffice < branchAt && branchAt < outletAt, "head office, then the branch, then its outlet");
        Assert.Contains("badge text-bg-success", html);
    }

    [Fact]
    public async Task Details_ShowsStatusAllowedActionsAndHistory()
    {
        var client = await AdminScreenAsync();
        var api = await App.AdminApiClientAsync();
        var code = await App.CreateOutletAsync();
        await api.PostAsJsonAsync($"/api/outlets/{code}/status", new { status = "Suspended", reason = "Renovation until June" });

        var html = await client.GetStringAsync($"/admin/outlets/{code}");

        Assert.Contains("id=\"outlet-history\"", html);
        Assert.Contains("Renovation until June", html);
        Assert.Contains("data-action=\"Outlet.Suspend\"", html);
        Assert.Contains("data-action=\"Outlet.Create\"", html);
        Assert.Contains("data-action=\"reopen\"", html);
        Assert.Contains("data-action=\"close\"", html);
        Assert.DoesNotContain("data-action=\"suspend\"", html);
    }

    [Fact]
    public async Task Details_HeadOffice_OffersNoSuspendOrClose()
    {
        var client = await AdminScreenAsync();

        var html = await client.GetStringAsync($"/admin/outlets/{AdminAppFactory.HeadOffice}");

        Assert.DoesNotContain("data-action=\"suspend\"", html);
        Assert.DoesNotContain("data-action=\"close\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/outlets/{AdminAppFactory.HeadOffice}/status/suspend")).StatusCode);
    }

    [Theory]
    [InlineData("/admin/outlets/99999999")]
    [InlineData("/admin/outlets/abc")]
    [InlineData("/admin/outlets/abc/edit")]
    public async Task Details_UnknownOrMalformedCode_Is404(string path)
    {
        var client = await AdminScreenAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Create_PostedForm_CreatesTheOutletAndOpensItsRecord()
    {
        var client = await AdminScreenAsync();
        var code = Codes.NewOutletCode();

        var response = await AdminAppFactory.PostFormAsync(client, "/admin/outlets/new", "/admin/outlets/new", new()
        {
            ["Code"] = code, ["Name"] = "Screen-made outlet", ["Type"] = "Outlet", ["Parent"] = AdminAppFactory.HeadOffice,
            ["Phone"] = "020 8888", ["OpenedOn"] = "2025-02-03",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/outlets/{code}", response.Headers.Location?.OriginalString);
        var outlet = await (await App.AdminApiClientAsync()).GetFromJsonAsync<JsonElement>($"/api/outlets/{code}");
        Assert.Equal("Screen-made outlet", outlet.GetProperty("name").GetString());
        Assert.Equal("2025-02-03", outlet.GetProperty("openedOn").GetString());
        Assert.Contains($"Outlet {code} created.", await client.GetStringAsync($"/admin/outlets/{code}"));
    }

    [Fact]
    public async Task Create_InvalidForm_KeepsWhatWasTypedAndShowsErrorsBesideTheFields()
    {
        var client = await AdminScreenAsync();

        var response = await AdminAppFactory.PostFormAsync(client, "/admin/outlets/new", "/admin/outlets/new", new()
        {
            ["Code"] = "12ab", ["Name"] = "Keep me typed", ["ShortName"] = new string('s', 31), ["Type"] = "Outlet", ["Parent"] = AdminAppFactory.HeadOffice,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("value=\"Keep me typed\"", html);
        Assert.Matches(FieldError("Code", "An outlet code is exactly 8 digits."), html);
        Assert.Matches(FieldError("ShortName", "At most 30 characters."), html);
        Assert.Contains("ta-validation-summary", html);
    }

    [Fact]
    public async Task Create_WrongCodeAndNoParent_BothErrorsAtOnce()
    {
        var client = await AdminScreenAsync();

        var response = await AdminAppFactory.PostFormAsync(client, "/admin/outlets/new", "/admin/outlets/new", new()
        {
            ["Code"] = "12ab", ["Name"] = "Two mistakes", ["Type"] = "Outlet", ["Parent"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(FieldError("Code", "An outlet code is exactly 8 digits."), html);
        Assert.Matches(FieldError("Parent", "Choose the parent: a branch belongs to head office, an outlet to a branch or head office."), html);
    }

    [Fact]
    public async Task Create_PostWithoutAntiforgeryToken_IsRefused()
    {
        var client = await AdminScreenAsync();
        var code = Codes.NewOutletCode();

        var response = await client.PostAsync("/admin/outlets/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code, ["Name"] = "Forged", ["Type"] = "Outlet", ["Parent"] = AdminAppFactory.HeadOffice,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.AdminApiClientAsync()).GetAsync($"/api/outlets/{code}")).StatusCode);
    }

    [Fact]
    public async Task Edit_StaleVersion_ShowsTheSavedValuesAndSaveReapplies()
    {
        var client = await AdminScreenAsync();
        var api = await App.AdminApiClientAsync();
        var code = await App.CreateOutletAsync();
        var editPage = $"/admin/outlets/{code}/edit";
        Assert.Contains("name=\"Version\" value=\"1\"", await client.GetStringAsync(editPage));
        await api.PutAsJsonAsync($"/api/outlets/{code}", new { name = "Changed meanwhile", type = "Outlet", parent = AdminAppFactory.HeadOffice, version = "1" });
        var fields = new Dictionary<string, string> { ["Name"] = "Mine", ["Type"] = "Outlet", ["Parent"] = AdminAppFactory.HeadOffice, ["Version"] = "1" };

        var stale = await AdminAppFactory.PostFormAsync(client, editPage, editPage, new(fields));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("id=\"stale-edit\"", html);
        Assert.Contains("Changed meanwhile", html);
        Assert.Contains("value=\"Mine\"", html);
        Assert.Contains("name=\"Version\" value=\"2\"", html);

        fields["Version"] = "2";
        var reapplied = await AdminAppFactory.PostFormAsync(client, editPage, editPage, new(fields));

        Assert.Equal(HttpStatusCode.Redirect, reapplied.StatusCode);
        Assert.Equal("Mine", (await api.GetFromJsonAsync<JsonElement>($"/api/outlets/{code}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Status_SuspendFormWithReason_SuspendsTheOutlet()
    {
        var client = await AdminScreenAsync();
        var code = await App.CreateOutletAsync();
        var page = $"/admin/outlets/{code}/status/suspend";

        var response = await AdminAppFactory.PostFormAsync(client, page, page, new() { ["Reason"] = "Staff training", ["Version"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var outlet = await (await App.AdminApiClientAsync()).GetFromJsonAsync<JsonElement>($"/api/outlets/{code}");
        Assert.Equal("Suspended", outlet.GetProperty("status").GetString());
        Assert.Equal("Staff training", outlet.GetProperty("statusReason").GetString());
    }

    [Fact]
    public async Task Status_FormWithoutReason_AsksForIt()
    {
        var client = await AdminScreenAsync();
        var code = await App.CreateOutletAsync();
        var page = $"/admin/outlets/{code}/status/close";

        var response = await AdminAppFactory.PostFormAsync(client, page, page, new() { ["Reason"] = "", ["Version"] = "1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(FieldError("Reason", "Give the reason for the change."), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Import_BadFile_ListsTheRowsAndChangesNothing()
    {
        var client = await AdminScreenAsync();
        var good = Codes.NewOutletCode();
        var csv = $"code,name,type,parent\r\n{good},Good,Outlet,{AdminAppFactory.HeadOffice}\r\n{Codes.NewOutletCode()},,Outlet,{AdminAppFactory.HeadOffice}\r\n";

        var response = await UploadAsync(client, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-row=\"3\" data-field=\"name\"", html);
        Assert.Contains("Enter the outlet&#x27;s name.", html);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.AdminApiClientAsync()).GetAsync($"/api/outlets/{good}")).StatusCode);
    }

    [Fact]
    public async Task Import_GoodFile_CreatesTheOutletsAndReturnsToTheList()
    {
        var client = await AdminScreenAsync();
        var (a, b) = (Codes.NewOutletCode(), Codes.NewOutletCode());

        var response = await UploadAsync(client, $"code,name,type,parent\r\n{a},A,Branch,{AdminAppFactory.HeadOffice}\r\n{b},B,Outlet,{a}\r\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/outlets", response.Headers.Location?.OriginalString);
        Assert.Equal(a, (await (await App.AdminApiClientAsync()).GetFromJsonAsync<JsonElement>($"/api/outlets/{b}")).GetProperty("parent").GetString());
    }

    [Fact]
    public async Task Export_ScreenDownload_HoldsTheFilteredRows()
    {
        var client = await AdminScreenAsync();
        var prefix = Prefix();
        var code = await App.CreateOutletAsync(name: $"{prefix} export");

        var response = await client.GetAsync($"/admin/outlets/export.csv?search={prefix}");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.GetValues("Content-Disposition").Single());
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"{code},{prefix} export,", text);
    }

    [Fact]
    public async Task OutletOperator_ScreensShowOnlyTheirOutlet()
    {
        var outletA = await App.CreateOutletAsync();
        var outletB = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outletA, "Counter2024ok", "Outlet operator");
        var client = await App.ScreenClientAsync(outletA, login, "Counter2024ok");

        var list = await client.GetStringAsync("/admin/outlets");
        var other = await client.GetAsync($"/admin/outlets/{outletB}");
        var create = await client.GetAsync("/admin/outlets/new");

        Assert.Contains($"data-href=\"/admin/outlets/{outletA}\"", list);
        Assert.Single(RowLink().Matches(list));
        Assert.DoesNotContain("href=\"/admin/outlets/new\"", list);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, create.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv)
    {
        var page = await client.GetStringAsync("/admin/outlets/import");
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "outlets.csv");
        return await client.PostAsync("/admin/outlets/import", form);
    }

    /// <summary>The validation message span of a field, holding the (HTML-encoded) message.</summary>
    private static Regex FieldError(string field, string message) =>
        new($"data-valmsg-for=\"{field}\"[^>]*>{Regex.Escape(WebUtility.HtmlEncode(message))}<");

    private static string Prefix() => "T" + Guid.NewGuid().ToString("N")[..10];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<tr data-href=")]
    private static partial Regex RowLink();
}

public sealed class OutletsScreenTests_Sqlite(SqliteDatabase db) : OutletsScreenTests(db), IClassFixture<SqliteDatabase>;

public sealed class OutletsScreenTests_Postgres(PostgresDatabase db) : OutletsScreenTests(db), IClassFixture<PostgresDatabase>;
