using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Outlets.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Outlets;

/// <summary>The outlet API through the real host: create, read, update with versions, status changes, lists, export, scoping.</summary>
public abstract class OutletsApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Create_ThenGet_AnswersTheOutletWithVersion()
    {
        var client = await App.AdminApiClientAsync();
        var code = Codes.NewOutletCode();

        var created = await client.PostAsJsonAsync("/api/outlets", new
        {
            code, name = "Tianhe counter", shortName = "Tianhe", type = "Outlet", parent = AdminAppFactory.HeadOffice,
            address = "1 Tianhe Road", phone = "+86 20-1234 5678", manager = "Li Hua", openedOn = "2024-05-01",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/outlets/{code}", created.Headers.Location?.OriginalString);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Outlet", body.GetProperty("type").GetString());
        Assert.Equal("Active", body.GetProperty("status").GetString());
        Assert.Equal("1", body.GetProperty("version").GetString());

        var got = await client.GetFromJsonAsync<JsonElement>($"/api/outlets/{code}");
        Assert.Equal("Tianhe counter", got.GetProperty("name").GetString());
        Assert.Equal(AdminAppFactory.HeadOffice, got.GetProperty("parent").GetString());
        Assert.Equal("2024-05-01", got.GetProperty("openedOn").GetString());
        Assert.Equal("1", got.GetProperty("version").GetString());
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Module == "Outlets" && e.Action == "Outlet.Create" && e.EntityId == code)));
    }

    [Fact]
    public async Task Create_BadFields_Is400WithAnErrorPerField()
    {
        var client = await App.AdminApiClientAsync();

        var response = await client.PostAsJsonAsync("/api/outlets", new { code = "12ab", name = "", type = "Shop", parent = AdminAppFactory.HeadOffice, openedOn = "2024-13-01" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "code", "name", "type", "openedOn" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task Create_WrongJsonType_Is400NotA500()
    {
        var client = await App.AdminApiClientAsync();

        var response = await client.PostAsync("/api/outlets", new StringContent("""{"code": 12345678, "name": ["x"]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Create_CodeAlreadyUsed_Is409()
    {
        var client = await App.AdminApiClientAsync();
        var code = await App.CreateOutletAsync();

        var response = await client.PostAsJsonAsync("/api/outlets", new { code, name = "Again", type = "Outlet", parent = AdminAppFactory.HeadOffice });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("outlet.codeTaken", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Create_UnderAnOutlet_Is400()
    {
        var client = await App.AdminApiClientAsync();
        var outlet = await App.CreateOutletAsync();

        var response = await client.PostAsJsonAsync("/api/outlets", new { code = Codes.NewOutletCode(), name = "Nested", type = "Outlet", parent = outlet });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("outlet.parentWrongType", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1234567")]
    [InlineData("99999999")]
    public async Task Get_MalformedOrUnknownCode_Is404(string code)
    {
        var client = await App.AdminApiClientAsync();

        var response = await client.GetAsync($"/api/outlets/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_WithoutToken_Is401()
    {
        var response = await App.CreateClient().GetAsync($"/api/outlets/{AdminAppFactory.HeadOffice}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Update_WithTheVersionRead_ChangesAndAudits()
    {
        var client = await App.AdminApiClientAsync();
        var branch = await App.CreateOutletAsync(OutletType.Branch);
        var code = await App.CreateOutletAsync();

        var response = await client.PutAsJsonAsync($"/api/outlets/{code}", new { name = "Renamed", type = "Outlet", parent = branch, phone = "020 1234", version = "1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Renamed", body.GetProperty("name").GetString());
        Assert.Equal(branch, body.GetProperty("parent").GetString());
        Assert.Equal("2", body.GetProperty("version").GetString());
        var audit = await App.WithDbAsync(d => d.Set<AuditEvent>().SingleAsync(e => e.Action == "Outlet.Update" && e.EntityId == code));
        Assert.Contains("Renamed", audit.After);
        Assert.Contains(branch, audit.After);
    }

    [Fact]
    public async Task Update_StaleVersion_Is409WithTheCurrentVersion()
    {
        var client = await App.AdminApiClientAsync();
        var code = await App.CreateOutletAsync();
        var first = await client.PutAsJsonAsync($"/api/outlets/{code}", new { name = "First edit", type = "Outlet", parent = AdminAppFactory.HeadOffice, version = "1" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await client.PutAsJsonAsync($"/api/outlets/{code}", new { name = "Second edit", type = "Outlet", parent = AdminAppFactory.HeadOffice, version = "1" });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("concurrency.stale", problem.GetProperty("code").GetString());
        Assert.Equal("2", problem.GetProperty("version").GetString());
        Assert.Equal("First edit", (await client.GetFromJsonAsync<JsonElement>($"/api/outlets/{code}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_WithoutVersion_Is400()
    {
        var client = await App.AdminApiClientAsync();
        var code = await App.CreateOutletAsync();

        var response = await client.PutAsJsonAsync($"/api/outlets/{code}", new { name = "No version", type = "Outlet", parent = AdminAppFactory.HeadOffice });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("version", out _));
    }

    [Fact]
    public async Task Update_BranchWithOutletsToOutlet_Is409()
    {
        var client = await App.AdminApiClientAsync();
        var branch = await App.CreateOutletAsync(OutletType.Branch);
        await App.CreateOutletAsync(parent: branch);

        var response = await client.PutAsJsonAsync($"/api/outlets/{branch}", new { name = "Demoted", type = "Outlet", parent = AdminAppFactory.HeadOffice, version = "1" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("outlet.branchHasOutlets", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ChangeStatus_SuspendWithReason_IsAuditedWithTheReason()
    {
        var client = await App.AdminApiClientAsync();
        var code = await App.CreateOutletAsync();

        var response = await client.PostAsJsonAsync($"/api/outlets/{code}/status", new { status = "Suspended", reason = "Renovation until June" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Suspended", body.GetProperty("status").GetString());
        Assert.Equal("Renovation until June", body.GetProperty("statusReason").GetString());
        var audit = await App.WithDbAsync(d => d.Set<AuditEvent>().SingleAsync(e => e.Module == "Outlets" && e.Action == "Outlet.Suspend" && e.EntityId == code));
        Assert.Equal("Renovation until June", audit.Summary);
        Assert.Equal("admin", audit.OperatorLogin);
        Assert.Contains("Active", audit.Before);
        Assert.Contains("Suspended", audit.After);
    }

    [Fact]
    public async Task ChangeStatus_CloseThenReopen_SetsAndClearsTheClosingDate()
    {
        var client = await App.AdminApiClientAsync();
        var code = await App.CreateOutletAsync();

        var closed = await client.PostAsJsonAsync($"/api/outlets/{code}/status", new { status = "Closed", reason = "Lease ended" });
        var closedBody = await closed.Content.ReadFromJsonAsync<JsonElement>();
        var suspend = await client.PostAsJsonAsync($"/api/outlets/{code}/status", new { status = "Suspended", reason = "Oops" });
        var reopened = await client.PostAsJsonAsync($"/api/outlets/{code}/status", new { status = "Active", reason = "New lease", version = closedBody.GetProperty("version").GetString() });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(JsonValueKind.String, closedBody.GetProperty("closedOn").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, suspend.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await reopened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("closedOn").ValueKind);
    }

    [Fact]
    public async Task ChangeStatus_WithoutReason_Is400AndChangesNothing()
    {
        var client = await App.AdminApiClientAsync();
        var code = await App.CreateOutletAsync();

        var response = await client.PostAsJsonAsync($"/api/outlets/{code}/status", new { status = "Suspended", reason = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal("Active", (await client.GetFromJsonAsync<JsonElement>($"/api/outlets/{code}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Suspended")]
    [InlineData("Closed")]
    public async Task ChangeStatus_HeadOffice_Is409(string status)
    {
        var client = await App.AdminApiClientAsync();

        var response = await client.PostAsJsonAsync($"/api/outlets/{AdminAppFactory.HeadOffice}/status", new { status, reason = "Strike" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("outlet.headOfficeStaysActive", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("Active", (await client.GetFromJsonAsync<JsonElement>($"/api/outlets/{AdminAppFactory.HeadOffice}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ChangeStatus_CloseBranchWithOpenOutlets_Is409()
    {
        var client = await App.AdminApiClientAsync();
        var branch = await App.CreateOutletAsync(OutletType.Branch);
        await App.CreateOutletAsync(parent: branch);

        var response = await client.PostAsJsonAsync($"/api/outlets/{branch}/status", new { status = "Closed", reason = "Merged" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("outlet.branchHasOpenOutlets", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ChangeStatus_UnknownStatus_Is400()
    {
        var client = await App.AdminApiClientAsync();
        var code = await App.CreateOutletAsync();

        var response = await client.PostAsJsonAsync($"/api/outlets/{code}/status", new { status = "1", reason = "Numbers are not names" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OutletOperator_SeesOnlyTheirOwnOutlet()
    {
        var outletA = await App.CreateOutletAsync();
        var outletB = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outletA, "Counter2024ok", "Outlet operator");
        var client = await App.ApiClientAsync(outletA, login, "Counter2024ok");

        var own = await client.GetAsync($"/api/outlets/{outletA}");
        var other = await client.GetAsync($"/api/outlets/{outletB}");
        var headOffice = await client.GetAsync($"/api/outlets/{AdminAppFactory.HeadOffice}");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/outlets?limit=500");
        var export = await client.GetStringAsync("/api/outlets/export.csv");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, headOffice.StatusCode);
        Assert.Equal([outletA], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(2, export.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task OutletOperator_CannotChangeOutlets()
    {
        var outletA = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outletA, "Counter2024ok", "Outlet operator");
        var client = await App.ApiClientAsync(outletA, login, "Counter2024ok");

        var create = await client.PostAsJsonAsync("/api/outlets", new { code = Codes.NewOutletCode(), name = "Mine", type = "Outlet", parent = AdminAppFactory.HeadOffice });
        var status = await client.PostAsJsonAsync($"/api/outlets/{outletA}/status", new { status = "Suspended", reason = "Holiday" });

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
    }

    [Fact]
    public async Task OpenApi_NamesThePermissionOfEachOutletEndpoint()
    {
        var document = await App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.Contains("Outlets.Manage", paths.GetProperty("/api/outlets").GetProperty("post").GetProperty("description").GetString());
        Assert.Contains("Outlets.View", paths.GetProperty("/api/outlets/{code}").GetProperty("get").GetProperty("description").GetString());
        Assert.Contains("Outlets.Manage", paths.GetProperty("/api/outlets/import").GetProperty("post").GetProperty("description").GetString());
    }
}

public sealed class OutletsApiTests_Sqlite(SqliteDatabase db) : OutletsApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class OutletsApiTests_Postgres(PostgresDatabase db) : OutletsApiTests(db), IClassFixture<PostgresDatabase>;
