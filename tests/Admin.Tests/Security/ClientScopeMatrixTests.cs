using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Security;

/// <summary>
/// Client credentials limited by scope, generated from the host's endpoint metadata like the authorisation matrix: every
/// endpoint that requires a permission is called with a system client's token that holds every scope the administrator
/// could grant except that endpoint's own permission(s). Each answers 403 and writes nothing; the same token is accepted
/// where its scopes suffice, so the refusals are about the scope and not about the token.
/// </summary>
public abstract class ClientScopeMatrixTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task EveryPermissionEndpoint_RefusesAClientToken_WhoseScopesLackItsPermission()
    {
        var admin = await App.IdOfAsync(AdminAppFactory.HeadOffice, "admin");
        var grantable = await HostEndpoints.PermissionsOfAsync(App, admin);
        var groups = HostEndpoints.All(App).Where(e => e.Permissions.Count > 0 && HostEndpoints.IsOn(App, e))
            .GroupBy(e => string.Join(",", e.Permissions.Order(StringComparer.Ordinal))).ToList();
        Assert.True(groups.Count > 20, "The list of guarded endpoints looks empty.");

        var failures = new List<string>();
        var called = 0;
        var audits = await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.OperatorLogin!.StartsWith("client:")));
        foreach (var group in groups)
        {
            var lacking = group.First().Permissions;
            var scopes = grantable.Where(p => !lacking.Contains(p)).Order(StringComparer.Ordinal).ToArray();
            var (clientId, secret) = await App.RegisterClientAsync("System", scopes);
            var (status, tokens) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret! });
            Assert.True(status == HttpStatusCode.OK, tokens.ToString());
            var api = App.Bearer(tokens.Str("access_token"));

            foreach (var e in group)
            {
                var request = new HttpRequestMessage(new HttpMethod(e.Method), e.Url(HostEndpoint.Placeholder));
                if (e.IsWrite)
                {
                    request.Content = e.IsApi ? JsonContent.Create(new { }) : new FormUrlEncodedContent([]);
                }

                var response = await api.SendAsync(request);
                called++;
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{e} with scopes lacking {group.Key}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }

            // The control: where its scopes suffice, the very same token is accepted.
            if (!lacking.Contains(OperatorsPermissionNames.ManageClients))
            {
                var control = await api.GetAsync("/api/clients");
                Assert.True(control.StatusCode == HttpStatusCode.OK, $"The token lacking {group.Key} was refused /api/clients too: {(int)control.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {called} calls were not refused:\n" + string.Join("\n", failures));
        Assert.Equal(audits, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.OperatorLogin!.StartsWith("client:"))));
    }

    private static class OperatorsPermissionNames
    {
        public const string ManageClients = "Operators.ManageClients";
    }
}

public sealed class ClientScopeMatrixTests_Sqlite(SqliteDatabase db) : ClientScopeMatrixTests(db), IClassFixture<SqliteDatabase>;

public sealed class ClientScopeMatrixTests_Postgres(PostgresDatabase db) : ClientScopeMatrixTests(db), IClassFixture<PostgresDatabase>;
