using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Admin.Kernel.Permissions;
using Admin.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Reviews;

/// <summary>
/// The Auditor role reads and changes nothing: every state-changing API endpoint of the host (generated from the endpoint
/// list, so a new module's endpoints are covered too) refuses an auditor with 403, except the few every signed-in
/// operator may use on their own account.
/// </summary>
public sealed partial class AuditorReadOnlyTests(SqliteDatabase db) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task EveryWriteEndpoint_RefusesTheAuditor()
    {
        var app = db.App;
        var login = await app.CreateOperatorAsync(AdminAppFactory.HeadOffice, "Counter2024", "Auditor");
        var auditor = await app.ApiClientAsync(AdminAppFactory.HeadOffice, login, "Counter2024");
        var writes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().OfType<RequireSignedInAttribute>().Any())
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m != HttpMethods.Get && m != HttpMethods.Head)
                .Select(m => (Method: m, Path: "/" + RouteParameter().Replace(e.RoutePattern.RawText!, p => p.Value.Contains(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "1"))))
            .Distinct()
            .ToList();
        Assert.True(writes.Count > 10, $"Only {writes.Count} write endpoints found.");

        var allowed = new List<string>();
        foreach (var (method, path) in writes)
        {
            var response = await auditor.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                allowed.Add($"{method} {path}: {(int)response.StatusCode}");
            }
        }

        Assert.True(allowed.Count == 0, "An auditor reached:\n" + string.Join("\n", allowed));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
