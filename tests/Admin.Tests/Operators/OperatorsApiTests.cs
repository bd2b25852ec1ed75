using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Admin.Tests.Operators.OperatorsTestKit;

namespace Admin.Tests.Operators;

/// <summary>Operators (操作员信息维护, 更改登录ID, 操作员密码管理, 操作员权限维护) through the real host's API.</summary>
public abstract class OperatorsApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Create_AnswersATemporaryPassword_ThatAllowsNothingButAPasswordChange()
    {
        var admin = await App.AdminApiClientAsync();
        var outlet = await App.CreateOutletAsync();
        var login = Codes.NewLoginName();

        var response = await admin.PostAsJsonAsync("/api/operators", new { outletCode = outlet, loginName = login, displayName = "张伟", employeeNumber = "E-1", phone = "020 1234", roles = new[] { "Auditor" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/operators/{id}", response.Headers.Location?.OriginalString);
        Assert.True(created.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(["Auditor"], created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var temporary = created.GetProperty("temporaryPassword").GetString()!;
        Assert.Equal(10, temporary.Length);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        // Shown once: reading the operator never answers it again.
        Assert.DoesNotContain("temporaryPassword", await admin.GetStringAsync($"/api/operators/{id}"));

        var (status, _, token) = await App.TokenAsync(outlet, login, temporary);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(token!.MustChangePassword);
        var client = App.WithToken(token.AccessToken);
        await AssertProblemAsync(await client.GetAsync($"/api/operators/{id}"), HttpStatusCode.Forbidden, "password.changeRequired");
        await AssertProblemAsync(await client.GetAsync("/api/roles"), HttpStatusCode.Forbidden, "password.changeRequired");

        var changed = await client.PostAsJsonAsync("/api/auth/change-password", new { oldPassword = temporary, newPassword = "Mine2025ok", confirmPassword = "Mine2025ok" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var fresh = await changed.Content.ReadFromJsonAsync<AdminAppFactory.TokenBody>();
        Assert.False(fresh!.MustChangePassword);
        Assert.Equal(HttpStatusCode.OK, (await App.WithToken(fresh.AccessToken).GetAsync($"/api/operators/{id}")).StatusCode);
        var audited = await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Operator.Create" && e.EntityId == id.ToString()));
        Assert.True(audited);
    }

    [Fact]
    public async Task Create_DuplicateLoginAtTheOutlet_Is409_AndBadInputIs400WithFields()
    {
        var admin = await App.AdminApiClientAsync();
        var (outlet, login, _) = await App.NewOperatorAsync();

        var duplicate = await admin.PostAsJsonAsync("/api/operators", new { outletCode = outlet, loginName = login.ToUpperInvariant(), displayName = "Twin" });
        var invalid = await admin.PostAsJsonAsync("/api/operators", new { outletCode = "123", loginName = "a b", displayName = "", roles = new[] { "No such role" } });

        await AssertProblemAsync(duplicate, HttpStatusCode.Conflict, "operator.loginNameTaken");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("outletCode", out _));
        Assert.True(errors.TryGetProperty("loginName", out _));
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("roles", out _));
    }

    [Fact]
    public async Task ChangeLoginName_EndsTheOldTokenAtOnce_AndTheOldNameCannotSignIn()
    {
        var (outlet, login, id) = await App.NewOperatorAsync("Auditor");
        var session = await App.ApiClientAsync(outlet, login, Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/api/operators/{id}")).StatusCode);
        var admin = await App.AdminApiClientAsync();
        var renamed = Codes.NewLoginName();

        var response = await admin.PostAsJsonAsync($"/api/operators/{id}/login-name", new { loginName = renamed });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(renamed, (await response.JsonAsync()).GetProperty("loginName").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync($"/api/operators/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.TokenAsync(outlet, login, Password)).Status);
        Assert.Equal(HttpStatusCode.OK, (await App.TokenAsync(outlet, renamed, Password)).Status);
        var audit = await App.WithDbAsync(d => d.Set<AuditEvent>().SingleAsync(e => e.Action == "Operator.ChangeLoginName" && e.EntityId == id.ToString()));
        Assert.Contains(login, audit.Before);
        Assert.Contains(renamed, audit.After);
    }

    [Fact]
    public async Task ChangeLoginName_TakenOrInvalidOrSame_IsRefused()
    {
        var admin = await App.AdminApiClientAsync();
        var (outlet, login, id) = await App.NewOperatorAsync();
        var other = await App.CreateOperatorAsync(outlet, Password);

        await AssertProblemAsync(await admin.PostAsJsonAsync($"/api/operators/{id}/login-name", new { loginName = other }), HttpStatusCode.Conflict, "operator.loginNameTaken");
        await AssertProblemAsync(await admin.PostAsJsonAsync($"/api/operators/{id}/login-name", new { loginName = "x/y" }), HttpStatusCode.BadRequest, "operator.loginNameInvalid");
        await AssertProblemAsync(await admin.PostAsJsonAsync($"/api/operators/{id}/login-name", new { loginName = login }), HttpStatusCode.BadRequest, "operator.loginNameUnchanged");
    }

    [Fact]
    public async Task ResetPassword_EndsSessions_AndTheNewPasswordMustBeChanged()
    {
        var (outlet, login, id) = await App.NewOperatorAsync("Auditor");
        var session = await App.ApiClientAsync(outlet, login, Password);
        var admin = await App.AdminApiClientAsync();

        var response = await admin.PostAsync($"/api/operators/{id}/reset-password", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.True(body.GetProperty("mustChangePassword").GetBoolean());
        var temporary = body.GetProperty("temporaryPassword").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync($"/api/operators/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.TokenAsync(outlet, login, Password)).Status);
        var (status, _, token) = await App.TokenAsync(outlet, login, temporary);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(token!.MustChangePassword);
        await AssertProblemAsync(await App.WithToken(token.AccessToken).GetAsync($"/api/operators/{id}"), HttpStatusCode.Forbidden, "password.changeRequired");
        // The forgotten password went into the history: it cannot come back.
        var reused = await App.WithToken(token.AccessToken).PostAsJsonAsync("/api/auth/change-password", new { oldPassword = temporary, newPassword = Password, confirmPassword = Password });
        await AssertProblemAsync(reused, HttpStatusCode.BadRequest, "password.reused");
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Password.Reset" && e.EntityId == id.ToString())));
    }

    [Fact]
    public async Task Unlock_ClearsTheCount_AndSignInWorksAgain()
    {
        var (outlet, login, id) = await App.NewOperatorAsync();
        var admin = await App.AdminApiClientAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.TokenAsync(outlet, login, "wrong1234")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.TokenAsync(outlet, login, "wrong1234")).Status);
        Assert.Equal((HttpStatusCode)423, (await App.TokenAsync(outlet, login, "wrong1234")).Status);
        Assert.Equal((HttpStatusCode)423, (await App.TokenAsync(outlet, login, Password)).Status);
        var locked = await admin.GetFromJsonAsync<JsonElement>($"/api/operators/{id}");
        Assert.True(locked.GetProperty("isLocked").GetBoolean());
        Assert.Equal(3, locked.GetProperty("accessFailedCount").GetInt32());

        var response = await admin.PostAsync($"/api/operators/{id}/unlock", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unlocked = await response.JsonAsync();
        Assert.False(unlocked.GetProperty("isLocked").GetBoolean());
        Assert.Equal(0, unlocked.GetProperty("accessFailedCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await App.TokenAsync(outlet, login, Password)).Status);
        await AssertProblemAsync(await admin.PostAsync($"/api/operators/{id}/unlock", null), HttpStatusCode.Conflict, "operator.notLocked");
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Operator.Unlock" && e.EntityId == id.ToString())));
    }

    [Fact]
    public async Task Disable_EndsTokensAtOnce_AndEnableLetsTheOperatorBackIn()
    {
        var (outlet, login, id) = await App.NewOperatorAsync("Auditor");
        var session = await App.ApiClientAsync(outlet, login, Password);
        var admin = await App.AdminApiClientAsync();

        var disabled = await admin.PostAsJsonAsync($"/api/operators/{id}/status", new { status = "Disabled" });

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal("Disabled", (await disabled.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync($"/api/operators/{id}")).StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, "signIn.disabled"), ((await App.TokenAsync(outlet, login, Password)).Status, (await App.TokenAsync(outlet, login, Password)).Code));
        await AssertProblemAsync(await admin.PostAsJsonAsync($"/api/operators/{id}/status", new { status = "Disabled" }), HttpStatusCode.Conflict, "operator.alreadyInStatus");
        await AssertProblemAsync(await admin.PostAsJsonAsync($"/api/operators/{id}/status", new { status = "1" }), HttpStatusCode.BadRequest, "operator.statusInvalid");

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/operators/{id}/status", new { status = "Active" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.TokenAsync(outlet, login, Password)).Status);
        var actions = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.EntityId == id.ToString() && e.Action.StartsWith("Operator.")).Select(e => e.Action).ToListAsync());
        Assert.Contains("Operator.Disable", actions);
        Assert.Contains("Operator.Enable", actions);
    }

    [Fact]
    public async Task Disable_Yourself_IsRefused()
    {
        var admin = await App.AdminApiClientAsync();
        var adminId = await App.IdOfAsync(AdminAppFactory.HeadOffice, "admin");

        await AssertProblemAsync(await admin.PostAsJsonAsync($"/api/operators/{adminId}/status", new { status = "Disabled" }), HttpStatusCode.Conflict, "operator.self");
    }

    [Fact]
    public async Task TheLastActiveAdministrator_CannotLoseTheAdministratorRole()
    {
        var admin = await App.AdminApiClientAsync();
        var adminId = await App.IdOfAsync(AdminAppFactory.HeadOffice, "admin");
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/operators/{adminId}");

        var demoted = await admin.PutAsJsonAsync($"/api/operators/{adminId}",
            new { displayName = read.GetProperty("displayName").GetString(), roles = new[] { "Auditor" }, version = read.GetProperty("version").GetString() });

        await AssertProblemAsync(demoted, HttpStatusCode.Conflict, "operator.lastAdministrator");
        Assert.Equal(["Administrator"], (await admin.GetFromJsonAsync<JsonElement>($"/api/operators/{adminId}")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task OutletOperator_WithView_SeesOnlyTheirOutlet_AndAnotherOutletsOperatorIs404()
    {
        var outletA = await App.CreateOutletAsync();
        var outletB = await App.CreateOutletAsync();
        var viewer = await App.CreateOperatorWithGrantsAsync(outletA, "Operators.View");
        var colleague = await App.CreateOperatorAsync(outletA, Password);
        var stranger = await App.CreateOperatorAsync(outletB, Password);
        var strangerId = await App.IdOfAsync(outletB, stranger);
        var client = await App.ApiClientAsync(outletA, viewer.Login, Password);

        await AssertProblemAsync(await client.GetAsync($"/api/operators/{strangerId}"), HttpStatusCode.NotFound, "operator.notFound");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/operators/{strangerId}/permissions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/operators/{strangerId}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/operators/{await App.IdOfAsync(outletA, colleague)}")).StatusCode);
        var all = await client.GetFromJsonAsync<JsonElement>("/api/operators?limit=500");
        var outlets = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("outletCode").GetString()).Distinct().ToList();
        Assert.Equal([outletA], outlets);
        var filtered = await client.GetFromJsonAsync<JsonElement>($"/api/operators?outlet={outletB}");
        Assert.Empty(filtered.GetProperty("items").EnumerateArray());
        // Viewing is all it may do.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/operators/{await App.IdOfAsync(outletA, colleague)}/unlock", null)).StatusCode);
    }

    [Fact]
    public async Task OutletOperator_WithManage_CannotActOnAnotherOutlet()
    {
        var outletA = await App.CreateOutletAsync();
        var outletB = await App.CreateOutletAsync();
        var manager = await App.CreateOperatorWithGrantsAsync(outletA, "Operators.View", "Operators.Manage", "Operators.ManagePasswords");
        var strangerId = await App.IdOfAsync(outletB, await App.CreateOperatorAsync(outletB, Password));
        var client = await App.ApiClientAsync(outletA, manager.Login, Password);

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/operators/{strangerId}/reset-password", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/operators/{strangerId}/login-name", new { loginName = Codes.NewLoginName() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/operators/{strangerId}/permissions/Operators.View", null)).StatusCode);
        var create = await client.PostAsJsonAsync("/api/operators", new { outletCode = outletB, loginName = Codes.NewLoginName(), displayName = "Elsewhere" });
        await AssertProblemAsync(create, HttpStatusCode.BadRequest, "operator.outletUnknown");
        var own = await client.PostAsJsonAsync("/api/operators", new { outletCode = outletA, loginName = Codes.NewLoginName(), displayName = "Colleague" });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task Update_WithAStaleVersion_Is409WithTheCurrentVersion()
    {
        var (_, _, id) = await App.NewOperatorAsync();
        var admin = await App.AdminApiClientAsync();
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/operators/{id}");
        var version = read.GetProperty("version").GetString();

        var first = await admin.PutAsJsonAsync($"/api/operators/{id}", new { displayName = "First edit", employeeNumber = "E-7", phone = "", roles = new[] { "Reviewer" }, version });
        var second = await admin.PutAsJsonAsync($"/api/operators/{id}", new { displayName = "Second edit", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var saved = await first.JsonAsync();
        Assert.Equal("First edit", saved.GetProperty("displayName").GetString());
        Assert.Equal(["Reviewer"], saved.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        await AssertProblemAsync(second, HttpStatusCode.Conflict, "concurrency.stale");
        Assert.Equal(saved.GetProperty("version").GetString(), (await second.JsonAsync()).GetProperty("version").GetString());
        var missing = await admin.PutAsJsonAsync($"/api/operators/{id}", new { displayName = "No version" });
        await AssertProblemAsync(missing, HttpStatusCode.BadRequest, "version.required");
    }

    [Fact]
    public async Task Update_RolesOnly_StillMovesTheVersionOn()
    {
        var (_, _, id) = await App.NewOperatorAsync();
        var admin = await App.AdminApiClientAsync();
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/operators/{id}");
        var version = read.GetProperty("version").GetString();
        var name = read.GetProperty("displayName").GetString();

        var changed = await admin.PutAsJsonAsync($"/api/operators/{id}", new { displayName = name, roles = new[] { "Auditor" }, version });
        var stale = await admin.PutAsJsonAsync($"/api/operators/{id}", new { displayName = name, roles = Array.Empty<string>(), version });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await AssertProblemAsync(stale, HttpStatusCode.Conflict, "concurrency.stale");
    }

    [Fact]
    public async Task NonGuidIds_Are404_NeverA500()
    {
        var admin = await App.AdminApiClientAsync();

        foreach (var url in new[] { "/api/operators/not-a-guid", "/api/operators/12345/permissions", "/api/operators/%20/history" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/operators/nope/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/operators/nope/status", new { status = "Active" })).StatusCode);
        await AssertProblemAsync(await admin.GetAsync($"/api/operators/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "operator.notFound");
    }
}

public sealed class OperatorsApiTests_Sqlite(SqliteDatabase db) : OperatorsApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class OperatorsApiTests_Postgres(PostgresDatabase db) : OperatorsApiTests(db), IClassFixture<PostgresDatabase>;
