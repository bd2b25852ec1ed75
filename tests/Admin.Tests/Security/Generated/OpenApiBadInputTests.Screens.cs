using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Admin.Kernel.Hosting;
using Admin.Kernel.Modules;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Security.Generated;

public abstract partial class OpenApiBadInputTests
{
    /// <summary>
    /// The GET filters of every screen, generated from the endpoint list: every query field of every screen (simple action
    /// parameters and the properties of a filter model) gets the hostile values of its .NET type, as a head-office operator
    /// and as an outlet operator. No 5xx, a clean log, and a date at either end of the calendar answers a page (or the
    /// caller's refusal), never a 400 or an error page.
    /// </summary>
    [Fact]
    public async Task EveryScreenFilter_HostileValuesOfEachFieldsType_APageNotAnError_CleanLog()
    {
        var target = await App.CreateOutletAsync();
        var other = await App.CreateOutletAsync();
        var all = HostEndpoints.AllPermissions(App).ToArray();
        var (_, loginH, _) = await App.CreateOperatorWithGrantsAsync(AdminAppFactory.HeadOffice, all);
        var (_, loginO, _) = await App.CreateOperatorWithGrantsAsync(other, all);
        var loginOp = await App.CreateOperatorAsync(target, OperatorsTestKit.Password, Admin.Kernel.Permissions.DefaultRoles.OutletOperator);
        var foreign = (await HostEndpoints.VisibleValuesAsync(App, await App.ApiClientAsync(other, loginO, OperatorsTestKit.Password))).Append(other).ToList();
        var callers = new[]
        {
            ("head office", await ScreenClientAsync(AdminAppFactory.HeadOffice, loginH)),
            ("outlet operator", await ScreenClientAsync(target, loginOp)),
        };

        var screens = ScreenFilters().ToList();
        Assert.True(screens.Count >= 15, $"Only {screens.Count} screens with GET filters?");
        host.Log.Clear();
        var failures = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var count = 0;
        foreach (var (role, client) in callers)
        {
            var probes = screens.SelectMany(s => s.Fields.SelectMany(f => ScreenValues(f.Type, foreign).Select(v => (s.Path, f.Name, v.Label, v.Value, f.Type))))
                .Concat(screens.Where(s => s.Fields.Any(f => f.Name.Equals("from", StringComparison.OrdinalIgnoreCase)) && s.Fields.Any(f => f.Name.Equals("to", StringComparison.OrdinalIgnoreCase)))
                    .Select(s => (s.Path, Name: "from=9999-12-31&to", Label: "range backwards across the calendar", Value: "0001-01-01", Type: typeof(DateOnly))))
                .ToList();
            count += probes.Count;
            await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (p, ct) =>
            {
                var url = $"{p.Path}?{(p.Name.Contains('=', StringComparison.Ordinal) ? p.Name : Uri.EscapeDataString(p.Name))}={Uri.EscapeDataString(p.Value)}";
                var what = $"{role}: GET {p.Path} {p.Name}: {p.Label}";
                HttpResponseMessage response;
                using (host.Log.InFlight(what))
                {
                    response = await client.GetAsync(url, ct);
                }

                using (response)
                {
                    var status = (int)response.StatusCode;
                    var calendarEnd = p.Label.Contains("of the calendar", StringComparison.Ordinal);
                    if (status >= 500 || (calendarEnd && status == 400))
                    {
                        failures.Enqueue($"{status} for {what}");
                    }
                }
            });
        }

        await Task.Delay(500);
        output.WriteLine($"{count} screen requests over {screens.Count} screens in {clock.Elapsed.TotalSeconds:0.0} s on {App.Provider}");
        Assert.True(failures.IsEmpty && host.Log.Entries.Count == 0,
            string.Join("\n", failures.Take(60).Concat(host.Log.Entries.Take(30).Select(l => "log: " + l))));
    }

    /// <summary>Signed in through the login screen, on the real server: cookies kept, redirects not followed.</summary>
    private async Task<HttpClient> ScreenClientAsync(string outlet, string login)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = host.Database.BaseAddress,
        };
        var response = await AdminAppFactory.PostFormAsync(client, "/login", "/login",
            new() { ["OutletCode"] = outlet, ["LoginName"] = login, ["Password"] = OperatorsTestKit.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private sealed record ScreenFilter(string Path, IReadOnlyList<(string Name, Type Type)> Fields);

    /// <summary>Every screen answering GET, with its query fields, read from the endpoint metadata.</summary>
    private IEnumerable<ScreenFilter> ScreenFilters()
    {
        var states = App.Services.GetRequiredService<ModuleStates>();
        foreach (var e in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var action = e.Metadata.GetMetadata<ControllerActionDescriptor>();
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var module = e.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId;
            if (action is null || action.ControllerTypeInfo.IsDefined(typeof(ApiControllerAttribute), true) || !methods.Contains("GET")
                || e.RoutePattern.Parameters.Count > 0 || (module is not null && !states.IsEnabled(module)) || module == "Till")
            {
                continue;
            }

            var fields = new List<(string, Type)>();
            foreach (var p in action.Parameters.Where(p => p.ParameterType != typeof(CancellationToken) && p.BindingInfo?.BindingSource != BindingSource.Services))
            {
                if (IsSimple(p.ParameterType))
                {
                    fields.Add((p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType));
                }
                else if (p.ParameterType.IsClass && p.ParameterType != typeof(IFormFile))
                {
                    fields.AddRange(p.ParameterType.GetProperties().Where(x => x.CanWrite && IsSimple(x.PropertyType)).Select(x => (x.Name, x.PropertyType)));
                }
            }

            if (fields.Count > 0)
            {
                yield return new ScreenFilter("/" + e.RoutePattern.RawText!.TrimStart('/'), fields);
            }
        }

        static bool IsSimple(Type t) => (Nullable.GetUnderlyingType(t) ?? t) is var u && (u.IsPrimitive || u.IsEnum || u == typeof(string) || u == typeof(decimal)
            || u == typeof(DateOnly) || u == typeof(DateTime) || u == typeof(DateTimeOffset) || u == typeof(Guid));
    }

    private static IEnumerable<(string Label, string Value)> ScreenValues(Type type, IReadOnlyList<string> foreign)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset))
        {
            return [("first day of the calendar", "0001-01-01"), ("last day of the calendar", "9999-12-31"), ("30 February", "2024-02-30"), ("not a date", "x")];
        }

        if (t == typeof(int) || t == typeof(long) || t == typeof(short))
        {
            var max = t == typeof(long) ? long.MaxValue.ToString(CultureInfo.InvariantCulture) : int.MaxValue.ToString(CultureInfo.InvariantCulture);
            return [("0", "0"), ("-1", "-1"), ("maximum", max), ("one past the maximum", max + "0")];
        }

        if (t == typeof(decimal) || t == typeof(double))
        {
            return [("30 digits", "123456789012345678901234567890"), ("more decimal places than money", "0.0000001"), ("-1", "-1")];
        }

        if (t == typeof(bool))
        {
            return [("not a boolean", "maybe")];
        }

        if (t == typeof(Guid))
        {
            return [("id that does not exist", Guid.NewGuid().ToString()), ("not a uuid", "x"), ("id of another outlet", foreign.FirstOrDefault(v => Guid.TryParse(v, out _)) ?? Guid.NewGuid().ToString())];
        }

        if (t.IsEnum)
        {
            return [("enum name that does not exist", "NoSuchValue")];
        }

        return [("empty string", ""), ("6 kB string", new string('x', 6_000)), ("control characters", "a\u0001\u001b[31m"), ("NUL", "a\u0000b"),
            ("right-to-left marks", "\u202eevil\u202c"), ("emoji", "😀🇨🇳"), ("code of another outlet", foreign.FirstOrDefault(v => !Guid.TryParse(v, out _)) ?? "x")];
    }
}
