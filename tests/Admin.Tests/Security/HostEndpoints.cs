using System.Net;
using System.Text.Json;
using Admin.Kernel.Hosting;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Security;

/// <summary>How an endpoint is reached and guarded, read from the running host's endpoint metadata.</summary>
public sealed record HostEndpoint(
    string Method,
    RoutePattern Pattern,
    string DisplayName,
    bool IsApi,
    bool IsAnonymous,
    bool IsSignedInOnly,
    IReadOnlyList<string> Permissions,
    string? ModuleId,
    Type? BodyType,
    Type? FormType,
    IReadOnlyList<string> SimpleFields)
{
    public bool IsWrite => Method is not ("GET" or "HEAD" or "OPTIONS");

    public IReadOnlyList<RoutePatternParameterPart> Parameters => Pattern.Parameters;

    public string Template => "/" + (Pattern.RawText ?? "").TrimStart('/');

    public override string ToString() => $"{Method} {Template}";

    /// <summary>The URL with each route parameter replaced (values are escaped).</summary>
    public string Url(Func<RoutePatternParameterPart, string> value)
    {
        var segments = Pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternSeparatorPart sep => sep.Content,
            RoutePatternParameterPart param => Uri.EscapeDataString(value(param)),
            _ => "",
        })));
        return "/" + string.Join("/", segments);
    }

    /// <summary>A value every constraint of the parameter accepts, that names nothing.</summary>
    public static string Placeholder(RoutePatternParameterPart p) => Constraint(p) switch
    {
        "guid" => Guid.NewGuid().ToString(),
        "int" or "long" => "499",
        _ => "zz-none",
    };

    /// <summary>The parameter's first inline constraint (guid, int, ...), or null.</summary>
    public static string? Constraint(RoutePatternParameterPart p) => p.ParameterPolicies.Select(x => x.Content?.Split('(')[0]).FirstOrDefault(c => c is not null);

    /// <summary>True when the value satisfies the parameter's constraint.</summary>
    public static bool Fits(RoutePatternParameterPart p, string value) => Constraint(p) switch
    {
        "guid" => Guid.TryParse(value, out _),
        "int" or "long" => long.TryParse(value, out _),
        _ => true,
    };
}

/// <summary>Every endpoint of the host, one row per HTTP method.</summary>
public static class HostEndpoints
{
    public static IReadOnlyList<HostEndpoint> All(AdminAppFactory app)
    {
        var list = new List<HostEndpoint>();
        foreach (var e in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var m = e.Metadata;
            var action = m.GetMetadata<ControllerActionDescriptor>();
            var path = e.RoutePattern.RawText?.TrimStart('/') ?? "";
            var isApi = action is not null
                ? action.ControllerTypeInfo.IsDefined(typeof(ApiControllerAttribute), inherit: true)
                : path.StartsWith("api/", StringComparison.Ordinal);
            var authorize = m.GetOrderedMetadata<IAuthorizeData>();
            var permissions = authorize.OfType<RequirePermissionAttribute>().Select(a => a.Permission).Distinct().ToList();
            var anonymous = m.GetMetadata<IAllowAnonymous>() is not null;
            var signedIn = !anonymous && permissions.Count == 0 && authorize.OfType<RequireSignedInAttribute>().Any();
            var body = action?.Parameters.FirstOrDefault(p => p.BindingInfo?.BindingSource == BindingSource.Body)?.ParameterType;
            var form = isApi ? null : action?.Parameters.FirstOrDefault(p => p.ParameterType.IsClass && p.ParameterType != typeof(string)
                && p.ParameterType != typeof(IFormFile) && p.ParameterType != typeof(IFormFileCollection)
                && (p.BindingInfo?.BindingSource is null || p.BindingInfo.BindingSource == BindingSource.Form || p.BindingInfo.BindingSource == BindingSource.ModelBinding))?.ParameterType;
            // Simple action parameters that are not route values (a screen's returnUrl, culture): posted as form fields.
            var simple = action?.Parameters.Where(p => (p.ParameterType == typeof(string) || p.ParameterType.IsValueType) && p.ParameterType != typeof(CancellationToken)
                && e.RoutePattern.GetParameter(p.Name) is null).Select(p => p.Name).ToList() ?? [];
            var methods = m.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                list.Add(new HostEndpoint(method, e.RoutePattern, e.DisplayName ?? path, isApi, anonymous, signedIn, permissions,
                    m.GetMetadata<ModuleEndpointMetadata>()?.ModuleId, body, form, simple));
            }
        }

        return list.OrderBy(x => x.Template, StringComparer.Ordinal).ThenBy(x => x.Method, StringComparer.Ordinal).ToList();
    }

    /// <summary>True when the endpoint's module (if any) is on now: a disabled module's endpoints answer 404 to everyone.</summary>
    public static bool IsOn(AdminAppFactory app, HostEndpoint e) =>
        e.ModuleId is null || app.Services.GetRequiredService<ModuleStates>().IsEnabled(e.ModuleId);

    /// <summary>Every permission the host declares.</summary>
    public static IReadOnlyList<string> AllPermissions(AdminAppFactory app) =>
        app.Services.GetRequiredService<PermissionCatalog>().All.Select(p => p.Name).ToList();

    /// <summary>The permissions the operator holds now, through the host's own resolver.</summary>
    public static Task<IReadOnlySet<string>> PermissionsOfAsync(AdminAppFactory app, Guid operatorId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IPermissionResolver>().GetPermissionsAsync(
            new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new System.Security.Claims.Claim(Admin.Kernel.Security.AdminClaims.OperatorId, operatorId.ToString())], "test"))));

    /// <summary>
    /// Short identifier-like strings found in the JSON of every parameterless API list (GET) the client may read:
    /// what this caller can see. Used to find resource ids without knowing any module.
    /// </summary>
    public static async Task<HashSet<string>> VisibleValuesAsync(AdminAppFactory app, HttpClient client)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in All(app).Where(e => e.IsApi && e.Method == "GET" && e.Parameters.Count == 0 && !e.Template.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var response = await client.GetAsync(e.Template + "?limit=500");
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType?.Contains("json") != true)
            {
                continue;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Collect(json.RootElement, values);
        }

        return values;
    }

    private static void Collect(JsonElement e, HashSet<string> values)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Collect(p.Value, values);
                }

                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                {
                    Collect(x, values);
                }

                break;
            case JsonValueKind.String:
                var s = e.GetString()!;
                if (s.Length is > 0 and <= 64 && !s.Any(char.IsWhiteSpace) && !s.Contains('/'))
                {
                    values.Add(s);
                }

                break;
        }
    }
}
