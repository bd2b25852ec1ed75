using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Admin.Host.Startup;

/// <summary>
/// Behind a TLS-terminating proxy (nginx, a load balancer): <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
/// honoured only on connections from the proxies listed in <c>ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR networks); ASP.NET Core's default trust of loopback is removed, so with
/// nothing listed no forwarded header is read at all. From a listed proxy the request is the client's: its address (audit
/// trail, authorisation log, sign-in limits), its scheme (Secure cookies, https redirects and links, HSTS).
/// <c>ForwardedHeaders:ForwardLimit</c> (default 1) is how many proxies deep the chain is.
/// </summary>
internal static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = Values(section, "KnownProxies").Select(v => IPAddress.TryParse(v, out var a) ? a
            : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{v}' is not an IP address.")).ToList();
        var networks = Values(section, "KnownNetworks").Select(v => System.Net.IPNetwork.TryParse(v, out var n) ? n
            : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{v}' is not a network (address/prefix, e.g. 10.0.0.0/8).")).ToList();
        var limit = section.GetValue<int?>("ForwardLimit") ?? 1;
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
            o.ForwardLimit = limit;
        });
        services.AddSingleton(new TrustedProxyList(proxies.Count + networks.Count > 0));
        return services;
    }

    /// <summary>Reads the forwarded headers first of all, when any proxy is listed.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<TrustedProxyList>().Any)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    // A list may come as an array (KnownProxies:0, KnownProxies:1) or as one comma-separated value (an environment variable).
    private static IEnumerable<string> Values(IConfigurationSection section, string key) =>
        (section.GetSection(key).Get<string[]>() ?? [])
            .Concat(section[key] is { } single ? [single] : [])
            .SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal);

    private sealed record TrustedProxyList(bool Any);
}
