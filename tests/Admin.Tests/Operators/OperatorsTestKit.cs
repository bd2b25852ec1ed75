using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Admin.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Operators;

/// <summary>What the operator and role tests set up and read, each time with fresh names.</summary>
internal static class OperatorsTestKit
{
    public const string Password = "Counter2024";

    /// <summary>The id of an operator.</summary>
    public static Task<Guid> IdOfAsync(this AdminAppFactory app, string outlet, string login) =>
        app.WithDbAsync(d => d.Set<Operator>().Where(o => o.OutletCode == outlet && o.LoginName == login).Select(o => o.Id).SingleAsync());

    /// <summary>An operator with these roles at a new outlet, answering outlet, login and id.</summary>
    public static async Task<(string Outlet, string Login, Guid Id)> NewOperatorAsync(this AdminAppFactory app, params string[] roles)
    {
        var outlet = await app.CreateOutletAsync();
        var login = await app.CreateOperatorAsync(outlet, Password, roles);
        return (outlet, login, await app.IdOfAsync(outlet, login));
    }

    /// <summary>A role with exactly these permissions (created on the system path, as a recipe would), answering its name.</summary>
    public static async Task<string> CreateRoleAsync(this AdminAppFactory app, params string[] permissions)
    {
        var name = "Role " + Guid.NewGuid().ToString("N")[..8];
        var result = await app.WithScopeAsync(sp => sp.GetRequiredService<RoleMaintenance>().UpsertRoleAsync(name, null, permissions, isSystem: false));
        Assert.True(result.Succeeded);
        return name;
    }

    /// <summary>An operator whose only permissions are these, granted directly (no role), answering outlet, login and id.</summary>
    public static async Task<(string Outlet, string Login, Guid Id)> CreateOperatorWithGrantsAsync(this AdminAppFactory app, string outlet, params string[] permissions)
    {
        var login = await app.CreateOperatorAsync(outlet, Password);
        var id = await app.IdOfAsync(outlet, login);
        await app.WithDbAsync(async d =>
        {
            d.AddRange(permissions.Select(p => new IdentityUserClaim<Guid> { UserId = id, ClaimType = PermissionClaims.Type, ClaimValue = p }));
            return await d.SaveChangesAsync();
        });
        return (outlet, login, id);
    }

    /// <summary>Asks for a token; answers the status and, on failure, the problem's code.</summary>
    public static async Task<(HttpStatusCode Status, string? Code, AdminAppFactory.TokenBody? Token)> TokenAsync(this AdminAppFactory app, string outlet, string login, string password)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password });
        return response.StatusCode == HttpStatusCode.OK
            ? (response.StatusCode, null, await response.Content.ReadFromJsonAsync<AdminAppFactory.TokenBody>())
            : (response.StatusCode, await CodeAsync(response), null);
    }

    /// <summary>A client carrying this bearer token.</summary>
    public static HttpClient WithToken(this AdminAppFactory app, string accessToken)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }

    /// <summary>The problem's <c>code</c>, or null when the body is not a problem.</summary>
    public static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    /// <summary>Asserts the status and the problem code of a response.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var actual = await CodeAsync(response);
        Assert.True(response.StatusCode == status && actual == code,
            $"Expected {(int)status} {code}, got {(int)response.StatusCode} {actual}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Reads a JSON body.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
