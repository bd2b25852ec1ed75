using System.Net;
using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets;
using Admin.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Security;

/// <summary>
/// The session statement reads a permissions version, and an operator's permission set is cached per version
/// (<c>PermissionSetCache</c>). The version is raised by database triggers, so a change written any way at all — here by
/// statements straight to the tables, past every service of the console — takes effect at the operator's next request.
/// Without the triggers (or with a cache not keyed by the version) the removed permission would still open the endpoint.
/// </summary>
public abstract class PermissionsVersionTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task APermissionTakenFromARole_ByAStatementToTheTable_IsRefusedAtTheNextRequest_AndGivenBackLikewise()
    {
        var login = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, "Counter2024", "Auditor");
        var client = await App.ApiClientAsync(AdminAppFactory.HeadOffice, login, "Counter2024");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/outlets")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/outlets")).StatusCode); // now from the cache

        var roleId = await App.WithDbAsync(d => d.Set<Role>().Where(r => r.Name == "Auditor").Select(r => r.Id).SingleAsync());
        var before = await VersionAsync();
        var removed = await App.WithDbAsync(d => d.Set<IdentityRoleClaim<Guid>>()
            .Where(c => c.RoleId == roleId && c.ClaimType == PermissionClaims.Type && c.ClaimValue == OutletsPermissions.View).ExecuteDeleteAsync());
        Assert.Equal(1, removed);
        Assert.True(await VersionAsync() > before, "deleting a role permission raises the permissions version");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/outlets")).StatusCode);

        await App.WithDbAsync(async d =>
        {
            d.Set<IdentityRoleClaim<Guid>>().Add(new IdentityRoleClaim<Guid> { RoleId = roleId, ClaimType = PermissionClaims.Type, ClaimValue = OutletsPermissions.View });
            return await d.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/outlets")).StatusCode);
    }

    [Fact]
    public async Task ADirectGrantAndARoleAssignment_WrittenToTheTables_TakeEffectAtTheNextRequest()
    {
        var login = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, "Counter2024", "Auditor");
        var client = await App.ApiClientAsync(AdminAppFactory.HeadOffice, login, "Counter2024");
        var operatorId = await App.WithDbAsync(d => d.Set<Operator>().Where(o => o.LoginName == login).Select(o => o.Id).SingleAsync());
        var auditor = await App.WithDbAsync(d => d.Set<Role>().Where(r => r.Name == "Auditor").Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/outlets")).StatusCode);

        // The role taken away by a statement: nothing is left.
        var before = await VersionAsync();
        await App.WithDbAsync(d => d.Set<IdentityUserRole<Guid>>().Where(r => r.UserId == operatorId && r.RoleId == auditor).ExecuteDeleteAsync());
        Assert.True(await VersionAsync() > before, "removing a role assignment raises the permissions version");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/outlets")).StatusCode);

        // A direct grant inserted by a statement: the endpoint opens again.
        before = await VersionAsync();
        await App.WithDbAsync(async d =>
        {
            d.Set<IdentityUserClaim<Guid>>().Add(new IdentityUserClaim<Guid> { UserId = operatorId, ClaimType = PermissionClaims.Type, ClaimValue = OutletsPermissions.View });
            return await d.SaveChangesAsync();
        });
        Assert.True(await VersionAsync() > before, "a direct grant raises the permissions version");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/outlets")).StatusCode);
    }

    private Task<long> VersionAsync() =>
        App.WithDbAsync(d => d.Set<PermissionsVersion>().AsNoTracking().Where(v => v.Id == PermissionsVersion.SingleId).Select(v => v.Value).SingleAsync());
}

public sealed class PermissionsVersionTests_Sqlite(SqliteDatabase db) : PermissionsVersionTests(db), IClassFixture<SqliteDatabase>;

public sealed class PermissionsVersionTests_Postgres(PostgresDatabase db) : PermissionsVersionTests(db), IClassFixture<PostgresDatabase>;
