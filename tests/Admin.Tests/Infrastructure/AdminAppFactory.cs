using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Admin.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Admin.Modules.Operators.Services;
using Admin.Modules.Outlets.Models;
using Admin.Modules.Outlets.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Infrastructure;

/// <summary>The real host on a database of its own (SQLite file or PostgreSQL database), set up by the setup recipe.</summary>
public sealed partial class AdminAppFactory(string provider, string connectionString, IDictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The first administrator's password (Setup:AdminPassword) in every test host.</summary>
    public const string AdminPassword = "Admin2024ok";

    /// <summary>The head-office outlet the setup recipe creates.</summary>
    public const string HeadOffice = "10000000";

    public string Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Admin", ConnectionString);
        builder.UseSetting("Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Setup:DemoPassword", "Demo2024ok");
        builder.UseSetting("Modules:RefreshSeconds", "0");
        builder.UseSetting("OpenId:RequireHttps", "false"); // the test server speaks plain HTTP
        // The test assembly may carry modules of its own (Admin.Tests.Fakes), loaded like separately shipped modules.
        builder.UseSetting("Modules:Assemblies:0", typeof(AdminAppFactory).Assembly.GetName().Name);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        configure?.Invoke(builder);
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs code against the host's database in a scope of its own.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Runs code against the host's database in a scope of its own.</summary>
    public Task WithScopeAsync(Func<IServiceProvider, Task> action) => WithScopeAsync<object?>(async sp => { await action(sp); return null; });

    /// <summary>Runs code against the host's database context.</summary>
    public Task<T> WithDbAsync<T>(Func<AdminDbContext, Task<T>> action) => WithScopeAsync(sp => action(sp.GetRequiredService<AdminDbContext>()));

    /// <summary>Creates an outlet with a fresh 8-digit code under head office (or the given parent).</summary>
    public async Task<string> CreateOutletAsync(OutletType type = OutletType.Outlet, string parent = HeadOffice, string? name = null)
    {
        var code = Codes.NewOutletCode();
        var result = await WithScopeAsync(sp => sp.GetRequiredService<OutletService>()
            .UpsertAsync(new OutletInput(code, name ?? $"Test outlet {code}", null, type, parent, null, null, null, null), allowUpdate: false));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        return code;
    }

    /// <summary>Creates an operator with a known password that needs no change, and answers their login name.</summary>
    public async Task<string> CreateOperatorAsync(string outletCode, string password, params string[] roles)
    {
        var login = Codes.NewLoginName();
        var result = await WithScopeAsync(sp => sp.GetRequiredService<OperatorMaintenance>()
            .CreateAsync(new NewOperator(outletCode, login, $"Operator {login}", null, null, roles), password, mustChangePassword: false));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        return login;
    }

    /// <summary>Signs in through the API and answers a client carrying the bearer token.</summary>
    public async Task<HttpClient> ApiClientAsync(string outletCode, string login, string password)
    {
        // A fresh idempotency key on every POST, as a well-behaved client sends it (money-moving endpoints require one).
        var client = CreateDefaultClient(new IdempotencyKeys());
        var response = await client.PostAsJsonAsync("/api/auth/token", new { outletCode, loginName = login, password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Sign-in of {outletCode}/{login} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>An API client signed in as the first administrator.</summary>
    public Task<HttpClient> AdminApiClientAsync() => ApiClientAsync(HeadOffice, "admin", AdminPassword);

    /// <summary>Signs in through the login screen (with its antiforgery token) and answers the cookie-carrying client.</summary>
    public async Task<HttpClient> ScreenClientAsync(string outletCode, string login, string password)
    {
        var client = CreateBrowserLikeClient();
        var response = await PostFormAsync(client, "/login", "/login", new() { ["OutletCode"] = outletCode, ["LoginName"] = login, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Screen sign-in answered {(int)response.StatusCode}");
        return client;
    }

    /// <summary>GETs a form page, takes its antiforgery token, and POSTs the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(formPage);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {formPage}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        // A money-moving form carries its idempotency key in a hidden field: send it as a browser would.
        if (IdempotencyField().Match(page) is { Success: true } key && !fields.ContainsKey("IdempotencyKey"))
        {
            fields["IdempotencyKey"] = key.Groups[1].Value;
        }

        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of a form page (one per signed-in client: any form of the console takes it).</summary>
    public static async Task<string> AntiforgeryTokenOfAsync(HttpClient client, string formPage)
    {
        var token = AntiforgeryToken().Match(await client.GetStringAsync(formPage));
        Assert.True(token.Success, $"No antiforgery token on {formPage}");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>The row count of every table of the model, in table-name order: "nothing changed" is an equal array.</summary>
    public Task<long[]> TableCountsAsync() => WithDbAsync(async d =>
    {
        var tables = d.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
        var counts = new long[tables.Count];
        var connection = d.Database.GetDbConnection();
        await d.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(" UNION ALL ", tables.Select((t, i) => $"SELECT {i}, COUNT(*) FROM \"{t}\""));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"IdempotencyKey\" value=\"([^\"]+)\"")]
    private static partial Regex IdempotencyField();

    public sealed record TokenBody(string AccessToken, string RefreshToken, long ExpiresIn, bool MustChangePassword);
}

/// <summary>Unique values for test data, so tests never depend on each other's rows.</summary>
public static class Codes
{
    private static int _next = Random.Shared.Next(0, 1_000_000);

    /// <summary>A fresh 8-digit outlet code starting with 2-9 (head office is 10000000).</summary>
    public static string NewOutletCode() => (20_000_000 + (Interlocked.Increment(ref _next) % 79_999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fresh login name.</summary>
    public static string NewLoginName() => "op" + Guid.NewGuid().ToString("N")[..10];
}
