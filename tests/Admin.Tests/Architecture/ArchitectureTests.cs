using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Architecture;

/// <summary>
/// Rules generated from the running host's module catalog and endpoint list, so that a new module, table or endpoint
/// cannot escape them.
/// </summary>
public sealed class ArchitectureTests(SqliteDatabase db) : IClassFixture<SqliteDatabase>
{
    private AdminAppFactory App => db.App;

    private ModuleCatalog Catalog => App.Services.GetRequiredService<ModuleCatalog>();

    private IReadOnlyList<Endpoint> Endpoints => App.Services.GetRequiredService<EndpointDataSource>().Endpoints;

    [Fact]
    public void EveryEndpoint_RequiresAPermissionOrIsExplicitlyOpen()
    {
        var endpoints = Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 20, "The endpoint list looks empty.");

        var offenders = endpoints
            .Where(e =>
            {
                var m = e.Metadata;
                var explicitlyOpen = m.GetMetadata<IAllowAnonymous>() is not null;
                var authorize = m.GetOrderedMetadata<IAuthorizeData>();
                var permission = authorize.OfType<RequirePermissionAttribute>().Any();
                var signedIn = authorize.OfType<RequireSignedInAttribute>().Any();
                return !(explicitlyOpen || permission || signedIn);
            })
            .Select(e => e.DisplayName)
            .ToList();

        Assert.True(offenders.Count == 0, "Endpoints without [RequirePermission], [RequireSignedIn] or [AllowAnonymous]:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void EveryUnsafeScreenAction_ValidatesTheAntiforgeryToken()
    {
        var screenActions = Endpoints
            .Select(e => (Endpoint: e, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(x => x.Action is not null && !x.Action.ControllerTypeInfo.IsDefined(typeof(ApiControllerAttribute), inherit: true))
            // The status page is re-executed for any method to show an error; it changes nothing.
            .Where(x => x.Action!.ControllerTypeInfo.AsType() != typeof(Admin.Kernel.Controllers.StatusController))
            // OpenID Connect protocol endpoints (/connect/authorize, /connect/token): anonymous by nature, the message's
            // own credential (code + PKCE verifier, refresh token, client secret) is checked by OpenIddict, no cookie acts.
            .Where(x => x.Action!.ControllerTypeInfo.AsType() != typeof(Admin.Modules.Operators.Controllers.ConnectController))
            .ToList();
        Assert.NotEmpty(screenActions);

        var offenders = screenActions
            .Where(x => x.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(m => m is not ("GET" or "HEAD")) == true)
            .Where(x => !x.Endpoint.Metadata.OfType<ValidateAntiForgeryTokenAttribute>().Any())
            .Select(x => x.Endpoint.DisplayName)
            .ToList();

        Assert.True(offenders.Count == 0, "Screen actions that change state without [ValidateAntiForgeryToken]:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void EveryApiEndpoint_BelongsToAModule()
    {
        var offenders = Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<Admin.Kernel.Hosting.ModuleEndpointMetadata>() is null)
            .Select(e => e.DisplayName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public async Task EveryTable_CarriesItsModulePrefix()
    {
        var ids = Catalog.Modules.Select(m => m.Id).ToHashSet();
        var offenders = await App.WithDbAsync(d => Task.FromResult(d.Model.GetEntityTypes()
            .Select(t => (Type: t, Table: t.GetTableName() ?? ""))
            .Where(x =>
            {
                var prefix = x.Table.Split('_', 2)[0];
                if (!x.Table.Contains('_') || !ids.Contains(prefix))
                {
                    return true;
                }

                // An entity declared by a module must live in that module's tables.
                var owner = Catalog.FindByType(x.Type.ClrType);
                return owner is not null && owner.Id != prefix;
            })
            .Select(x => $"{x.Type.ClrType.Name} -> {x.Table}")
            .ToList()));

        Assert.True(offenders.Count == 0, "Tables without their module's prefix:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void EveryModule_ReferencesOnlyTheModulesItDeclares()
    {
        var byAssembly = Catalog.Modules.GroupBy(m => m.Assembly.GetName().Name!).ToDictionary(g => g.Key, g => g.ToList());
        var offenders = new List<string>();
        // The fake modules live in the test assembly, which references everything; the rule is for shipped modules.
        foreach (var module in Catalog.Modules.Where(m => m.Assembly != typeof(ArchitectureTests).Assembly))
        {
            var allowed = Catalog.DependenciesOf(module.Id).Append(module.Id).Append("Kernel").ToHashSet();
            foreach (var reference in module.Assembly.GetReferencedAssemblies())
            {
                if (byAssembly.TryGetValue(reference.Name!, out var referenced) && referenced.All(r => !allowed.Contains(r.Id)))
                {
                    offenders.Add($"{module.Id} references {string.Join("/", referenced.Select(r => r.Id))} without declaring it in DependsOn");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryPermission_CarriesItsModulePrefix_AndEveryDefaultGrantExists()
    {
        var permissions = App.Services.GetRequiredService<PermissionCatalog>();
        foreach (var p in permissions.All)
        {
            Assert.NotNull(Catalog.Find(p.ModuleId));
            Assert.False(string.IsNullOrWhiteSpace(p.Description));
        }

        foreach (var (role, granted) in permissions.DefaultGrants())
        {
            Assert.Contains(role, DefaultRoles.All);
            Assert.All(granted, g => Assert.NotNull(permissions.Find(g)));
        }
    }

    [Fact]
    public void EveryModule_HasChineseTextsForItsMenuAndDescription()
    {
        var text = App.Services.GetRequiredService<Admin.Kernel.Localization.AdminText>();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        try
        {
            var missing = Catalog.Modules.Where(m => !m.GetType().Namespace!.StartsWith("Admin.Tests", StringComparison.Ordinal))
                .SelectMany(m => new[] { m.DisplayName, m.Description })
                .Concat(App.Services.GetServices<Admin.Kernel.Navigation.INavigationProvider>()
                    .Where(p => !p.GetType().Namespace!.StartsWith("Admin.Tests", StringComparison.Ordinal))
                    .SelectMany(p => p.GetMenuItems()).SelectMany(i => new[] { i.Title, i.Group }))
                .Concat(App.Services.GetRequiredService<PermissionCatalog>().All.Where(p => !p.Name.StartsWith("Sample", StringComparison.Ordinal)).Select(p => p.Description))
                .Where(s => text[s].ResourceNotFound)
                .Distinct()
                .ToList();
            Assert.True(missing.Count == 0, "No zh-CN text for:\n" + string.Join("\n", missing));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
