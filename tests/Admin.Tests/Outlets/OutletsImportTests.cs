using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Outlets.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Outlets;

/// <summary>CSV import through the API: every row checked first, all or nothing, each outlet audited.</summary>
public abstract class OutletsImportTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Import_GoodFile_CreatesEveryOutletAndAuditsEach()
    {
        var client = await App.AdminApiClientAsync();
        var (branch, a, b) = (Codes.NewOutletCode(), Codes.NewOutletCode(), Codes.NewOutletCode());
        var csv = $"""
            code,name,shortName,type,parent,address,phone,manager,openedOn
            {branch},Guangzhou branch,GZ,Branch,{AdminAppFactory.HeadOffice},,,,2024-01-02
            {a},"Tianhe, east gate",,Outlet,{branch},"1 Tianhe Road",020-1234,Li,
            {b},越秀网点,越秀,outlet,{branch},,,,2024/3/5
            """;

        var response = await client.PostAsync("/api/outlets/import", Csv(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        var tianhe = await client.GetFromJsonAsync<JsonElement>($"/api/outlets/{a}");
        Assert.Equal("Tianhe, east gate", tianhe.GetProperty("name").GetString());
        Assert.Equal(branch, tianhe.GetProperty("parent").GetString());
        Assert.Equal("2024-03-05", (await client.GetFromJsonAsync<JsonElement>($"/api/outlets/{b}")).GetProperty("openedOn").GetString());
        var audited = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.Module == "Outlets" && e.Action == "Outlet.Import").Select(e => e.EntityId).ToListAsync());
        Assert.Contains(branch, audited);
        Assert.Contains(a, audited);
        Assert.Contains(b, audited);
    }

    [Fact]
    public async Task Import_OneBadRow_ChangesNothingAndNamesTheRowAndField()
    {
        var client = await App.AdminApiClientAsync();
        var (good1, good2) = (Codes.NewOutletCode(), Codes.NewOutletCode());
        var csv = $"""
            code,name,type,parent
            {good1},Good one,Outlet,{AdminAppFactory.HeadOffice}
            4401,Bad code,Outlet,{AdminAppFactory.HeadOffice}
            {good2},Good two,Outlet,{AdminAppFactory.HeadOffice}
            """;

        var response = await client.PostAsync("/api/outlets/import", Csv(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("outlet.importInvalid", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("rows[3].code", out _), problem.ToString());
        var row = Assert.Single(problem.GetProperty("rows").EnumerateArray());
        Assert.Equal(3, row.GetProperty("row").GetInt32());
        Assert.Equal("code", row.GetProperty("field").GetString());
        Assert.Equal("outlet.codeInvalid", row.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/outlets/{good1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/outlets/{good2}")).StatusCode);
        Assert.False(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.EntityId == good1 || e.EntityId == good2)));
    }

    [Fact]
    public async Task Import_EveryKindOfProblem_IsReportedOnItsRow()
    {
        var client = await App.AdminApiClientAsync();
        var used = await App.CreateOutletAsync();
        var closedBranch = await App.CreateOutletAsync(OutletType.Branch);
        await client.PostAsJsonAsync($"/api/outlets/{closedBranch}/status", new { status = "Closed", reason = "Merged" });
        var (dup, child, later, outletInFile) = (Codes.NewOutletCode(), Codes.NewOutletCode(), Codes.NewOutletCode(), Codes.NewOutletCode());
        var csv = $"""
            code,name,type,parent,openedOn
            {used},Already used,Outlet,{AdminAppFactory.HeadOffice},
            {dup},First,Outlet,{AdminAppFactory.HeadOffice},
            {dup},Second,Outlet,{AdminAppFactory.HeadOffice},
            {child},Child of a later row,Outlet,{later},
            {later},Later branch,Branch,{AdminAppFactory.HeadOffice},
            {Codes.NewOutletCode()},No such parent,Outlet,88888888,
            {Codes.NewOutletCode()},Under a closed branch,Outlet,{closedBranch},
            {outletInFile},An outlet,Outlet,{AdminAppFactory.HeadOffice},
            {Codes.NewOutletCode()},Under an outlet,Outlet,{outletInFile},
            {Codes.NewOutletCode()},Bad date,Outlet,{AdminAppFactory.HeadOffice},05/01/2024
            {Codes.NewOutletCode()},Second head office,HeadOffice,,
            {Codes.NewOutletCode()},Too few fields
            """;

        var response = await client.PostAsync("/api/outlets/import", Csv(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray()
            .Select(r => (Row: r.GetProperty("row").GetInt32(), Field: r.GetProperty("field").GetString(), Code: r.GetProperty("code").GetString()))
            .ToList();
        Assert.Equal(
            [
                (2, "code", "outlet.codeTaken"),
                (4, "code", "outlet.importDuplicateCode"),
                (5, "parent", "outlet.importParentLater"),
                (7, "parent", "outlet.parentUnknown"),
                (8, "parent", "outlet.parentClosed"),
                (10, "parent", "outlet.parentWrongType"),
                (11, "openedOn", "outlet.dateInvalid"),
                (12, "type", "outlet.secondHeadOffice"),
                (13, "row", "outlet.importFieldCount"),
            ],
            rows);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/outlets/{later}")).StatusCode);
    }

    [Theory]
    [InlineData("", "outlet.importEmpty")]
    [InlineData("code,name,type\r\n", "outlet.importEmpty")]
    [InlineData("code,name,kind\r\n12345678,x,Outlet\r\n", "outlet.importUnknownColumn")]
    [InlineData("code,name\r\n12345678,x\r\n", "outlet.importMissingColumn")]
    [InlineData("code,name,type,parent\r\n12345678,\"unclosed,Outlet,10000000\r\n", "outlet.importUnclosedQuote")]
    public async Task Import_BadFile_Is400WithTheReason(string csv, string code)
    {
        var client = await App.AdminApiClientAsync();

        var response = await client.PostAsync("/api/outlets/import", Csv(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(code, problem.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Import_MultipartGb18030File_KeepsTheChinese()
    {
        var client = await App.AdminApiClientAsync();
        var code = Codes.NewOutletCode();
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes($"code,name,type,parent\r\n{code},天河网点,Outlet,{AdminAppFactory.HeadOffice}\r\n");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "outlets.csv");

        var response = await client.PostAsync("/api/outlets/import", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("天河网点", (await client.GetFromJsonAsync<JsonElement>($"/api/outlets/{code}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Import_ExportedFileOfOneNetwork_ImportsUnderNewCodes()
    {
        var client = await App.AdminApiClientAsync();
        var prefix = "T" + Guid.NewGuid().ToString("N")[..10];
        var source = await App.CreateOutletAsync(name: $"{prefix} source");
        await client.PutAsJsonAsync($"/api/outlets/{source}", new { name = $"{prefix} source", type = "Outlet", parent = AdminAppFactory.HeadOffice, phone = "+86 20 1234", version = "1" });
        var exported = await client.GetStringAsync($"/api/outlets/export.csv?search={prefix}");
        var copy = Codes.NewOutletCode();

        var response = await client.PostAsync("/api/outlets/import", Csv(exported.Replace(source, copy, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("+86 20 1234", (await client.GetFromJsonAsync<JsonElement>($"/api/outlets/{copy}")).GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Import_FileOverTheSizeLimit_IsRefused()
    {
        var client = await App.AdminApiClientAsync();
        var csv = "code,name,type,parent\r\n" + string.Concat(Enumerable.Repeat($"12345678,{new string('x', 90)},Outlet,10000000\r\n", 30_000));

        var response = await client.PostAsync("/api/outlets/import", Csv(csv));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
    }

    [Fact]
    public async Task Import_UnsupportedMediaType_Is415()
    {
        var client = await App.AdminApiClientAsync();

        var response = await client.PostAsJsonAsync("/api/outlets/import", new { rows = 1 });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Import_WithSessionCookieButNoAntiforgeryToken_IsRefused()
    {
        var client = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var code = Codes.NewOutletCode();

        var response = await client.PostAsync("/api/outlets/import", new StringContent($"code,name,type,parent\r\n{code},x,Outlet,{AdminAppFactory.HeadOffice}\r\n", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.AdminApiClientAsync()).GetAsync($"/api/outlets/{code}")).StatusCode);
    }

    [Fact]
    public async Task Import_ByAnOutletOperator_IsForbidden()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, "Counter2024ok", "Outlet operator");
        var client = await App.ApiClientAsync(outlet, login, "Counter2024ok");

        var response = await client.PostAsync("/api/outlets/import", Csv($"code,name,type,parent\r\n{Codes.NewOutletCode()},x,Outlet,{outlet}\r\n"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}

public sealed class OutletsImportTests_Sqlite(SqliteDatabase db) : OutletsImportTests(db), IClassFixture<SqliteDatabase>;

public sealed class OutletsImportTests_Postgres(PostgresDatabase db) : OutletsImportTests(db), IClassFixture<PostgresDatabase>;
