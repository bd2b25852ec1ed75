using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Kernel.Audit;
using Admin.Kernel.Hosting;
using Admin.Kernel.Modules;
using Admin.Kernel.Settings;
using Admin.Kernel.Time;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Admin.Tests.Printing;
using Admin.Tests.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Admin.Tests.Screens.Generated;

/// <summary>
/// One time on every screen, the network's local time (issue 21, point 1). The offset is set so that the records the test
/// creates fall on another day in local time than in UTC (the 23:30 UTC → 07:30 next day case, whatever the hour the
/// test runs at). Then every screen of the host — read from the endpoint metadata, route values filled with the records'
/// ids and codes, so a new module's screens are covered the moment they are mapped — is rendered in English and in
/// 简体中文: no visible "UTC", and none of the records' instants written as a UTC clock. The record pages, lists, exports
/// and the application form show the local date and time, and a filter on the local date finds the records.
/// </summary>
public abstract partial class LocalTimeScreensTests(DatabaseFixture db, ITestOutputHelper output)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task EveryScreen_RecordsAcrossLocalMidnight_LocalTimesOnly_NoUtcLabel_FiltersByLocalDay()
    {
        // 1. An offset that puts "now" on another calendar day locally than in UTC.
        var hour = DateTime.UtcNow.Hour;
        var offsetMinutes = hour >= 10 ? 840 : -720;
        await App.WithScopeAsync(async sp =>
            Assert.True((await sp.GetRequiredService<SystemSettings>().SetAsync(LocalClock.UtcOffsetSetting, offsetMinutes.ToString(CultureInfo.InvariantCulture), null, "test")).Succeeded));
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        var start = DateTime.UtcNow.AddSeconds(-1);

        // 2. Records: an outlet, its operator, a customer, a fee collection, a cheque (with their audit records).
        var (outlet, login, api) = await App.OutletOperatorAsync();
        var customer = await api.CreateCustomerAsync("Chen Jing");
        var customerCode = customer.GetProperty("code").GetString()!;
        var collected = await api.PostAsJsonAsync("/api/counter/fee-collections", new { customer = customerCode, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m } } });
        Assert.True(collected.StatusCode == HttpStatusCode.Created, await collected.Content.ReadAsStringAsync());
        var collection = await collected.Content.ReadFromJsonAsync<JsonElement>();
        var localToday = DateOnly.FromDateTime(LocalTimes.ToLocal(DateTime.UtcNow, offset));
        var received = await api.PostAsJsonAsync("/api/cheques", ChequeTestKit.Body(customerCode, 1000.00m, date: localToday));
        Assert.True(received.StatusCode == HttpStatusCode.Created, await received.Content.ReadAsStringAsync());
        var cheque = await received.Content.ReadFromJsonAsync<JsonElement>();

        var chequeAt = Instant(cheque, "receivedAt");
        var collectionAt = Instant(collection, "at");
        var events = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Where(e => e.OccurredAt >= start).ToListAsync());
        var instants = events.Select(e => e.OccurredAt).Append(chequeAt).Append(collectionAt).Append(Instant(customer, "createdAt")).ToList();
        var localDay = LocalClock.DayOf(chequeAt, offset);
        Assert.NotEqual(DateOnly.FromDateTime(chequeAt), localDay); // the premise: the local day is not the UTC day
        // A time written on the UTC clock, as a screen that forgot the offset would show it.
        var utcClocks = instants.Select(i => i.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Distinct().ToList();

        var (_, headLogin, _) = await App.CreateOperatorWithGrantsAsync(AdminAppFactory.HeadOffice, [.. HostEndpoints.AllPermissions(App)]);
        var head = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, headLogin, OperatorsTestKit.Password);
        var counter = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);

        // 3. Every screen, both languages: no "UTC", no UTC clock of a record.
        var values = new List<string> { outlet, login, customerCode, Text(cheque, "id"), Text(collection, "id"), Text(customer, "id"), "fee-collection", "cheque-receipt", "FeeCollection", "ChequeReceipt" }
            .Append((await App.IdOfAsync(outlet, login)).ToString()).Distinct().ToList();
        var failures = new List<string>();
        var rendered = 0;
        foreach (var path in ScreenPaths(values))
        {
            foreach (var language in new[] { "en", "zh-CN" })
            {
                var page = await VisibleTextAsync(head, path, language);
                if (page is null)
                {
                    continue;
                }

                rendered++;
                if (UtcWord().Match(page) is { Success: true } utc)
                {
                    failures.Add($"{path} ({language}) shows \"UTC\": …{Around(page, utc.Index)}…");
                }

                foreach (var clock in utcClocks.Where(page.Contains))
                {
                    failures.Add($"{path} ({language}) shows the UTC clock {clock}: …{Around(page, page.IndexOf(clock, StringComparison.Ordinal))}…");
                }
            }
        }

        output.WriteLine($"{rendered} screens rendered at offset {offsetMinutes} min");
        Assert.True(rendered >= 60, $"Only {rendered} screens rendered?");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));

        // 4. The lists and record pages that show the records show them in local time, and say so once.
        string Local(DateTime utc, LocalTimeFormat format = LocalTimeFormat.Minutes) => LocalTimes.Format(utc, offset, format);
        var label = $"({LocalTimes.OffsetText(offset)})";
        await ShowsAsync(head, "/cheques", Local(chequeAt), label);
        await ShowsAsync(head, $"/cheques/{Text(cheque, "id")}", Local(chequeAt, LocalTimeFormat.Seconds), label);
        await ShowsAsync(counter, "/counter/collections", Local(collectionAt), label);
        await ShowsAsync(counter, $"/counter/collections/{Text(collection, "id")}", Local(collectionAt, LocalTimeFormat.Seconds), label);
        await ShowsAsync(head, $"/counter/customers/{Text(customer, "id")}", Local(collectionAt), label);
        var chequeEvent = events.First(e => e.Module == "Cheques");
        await ShowsAsync(head, "/admin/audit?module=Cheques", Local(chequeEvent.OccurredAt, LocalTimeFormat.Seconds), label);

        // 5. A filter on the local day finds them; the UTC day does not.
        var day = localDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var utcDay = DateOnly.FromDateTime(chequeAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var receipt = Text(cheque, "receiptNumber");
        Assert.Contains(receipt, await VisibleTextAsync(head, $"/cheques?from={day}&to={day}&customer={customerCode}", "en") ?? "");
        Assert.DoesNotContain(receipt, await VisibleTextAsync(head, $"/cheques?from={utcDay}&to={utcDay}&customer={customerCode}", "en") ?? "");
        Assert.Contains(Local(chequeEvent.OccurredAt, LocalTimeFormat.Seconds), await VisibleTextAsync(head, $"/admin/audit?module=Cheques&from={day}&to={day}", "en") ?? "");
        Assert.DoesNotContain(Local(chequeEvent.OccurredAt, LocalTimeFormat.Seconds), await VisibleTextAsync(head, $"/admin/audit?module=Cheques&from={utcDay}&to={utcDay}", "en") ?? "");
        Assert.Contains(Text(collection, "receipt"), await VisibleTextAsync(counter, $"/counter/journal?date={day}", "en") ?? "");

        // 6. Exports write local time with its offset; the application form prints the local date and time.
        var csv = await head.GetStringAsync($"/cheques/export.csv?customer={customerCode}");
        Assert.Contains(LocalTimes.Iso(chequeAt, offset), csv);
        var auditCsv = await head.GetStringAsync($"/admin/audit/export.csv?module=Cheques&from={day}&to={day}");
        Assert.Contains(LocalTimes.Iso(chequeEvent.OccurredAt, offset), auditCsv);
        var customersCsv = await head.GetStringAsync($"/counter/customers/export.csv?q={customerCode}");
        Assert.Contains(LocalTimes.Iso(Instant(customer, "createdAt"), offset), customersCsv);
        var pdf = Spaces().Replace(await PdfTools.TextAsync(await api.GetByteArrayAsync($"/api/forms/fee-collection/{Text(collection, "id")}.pdf")), " ");
        Assert.Contains(LocalTimes.ToLocal(collectionAt, offset).ToString("yyyy年MM月dd日 HH:mm", CultureInfo.InvariantCulture), pdf);
        Assert.Contains(LocalTimes.OffsetText(offset), pdf);
        Assert.DoesNotContain("UTC", pdf);
    }

    private static async Task ShowsAsync(HttpClient client, string path, string local, string label)
    {
        var page = await VisibleTextAsync(client, path, "en");
        Assert.True(page is not null, $"{path} did not render");
        Assert.True(page.Contains(local, StringComparison.Ordinal), $"{path} does not show the local time {local}");
        Assert.True(page.Contains(label, StringComparison.Ordinal), $"{path} does not say which local time {label}");
    }

    /// <summary>
    /// Every screen answering GET with HTML, from the endpoint metadata: paths without route values as they are, those
    /// with route values with every combination of the records' ids and codes that fits their constraints.
    /// </summary>
    private IEnumerable<string> ScreenPaths(IReadOnlyList<string> values)
    {
        var states = App.Services.GetRequiredService<ModuleStates>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var action = e.Metadata.GetMetadata<ControllerActionDescriptor>();
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var module = e.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId;
            var raw = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
            if (action is null || action.ControllerTypeInfo.IsDefined(typeof(ApiControllerAttribute), true) || !methods.Contains("GET")
                || (module is not null && !states.IsEnabled(module)) || raw.EndsWith(".csv", StringComparison.Ordinal)
                || raw.EndsWith(".pdf", StringComparison.Ordinal) || raw.Contains("sign", StringComparison.OrdinalIgnoreCase) && raw.Contains("out", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var endpoint = new HostEndpoint("GET", e.RoutePattern, raw, false, false, false, [], module, null, null, []);
            IEnumerable<Dictionary<string, string>> fills = [[]];
            foreach (var p in e.RoutePattern.Parameters)
            {
                var fitting = values.Where(v => HostEndpoint.Fits(p, v)).ToList();
                fills = fills.SelectMany(f => fitting.Select(v => new Dictionary<string, string>(f) { [p.Name] = v }));
            }

            foreach (var fill in fills.Take(200))
            {
                var url = endpoint.Url(p => fill[p.Name]);
                if (seen.Add(url))
                {
                    yield return url;
                }
            }
        }
    }

    /// <summary>The text a person sees on a page (no scripts, styles, tags), or null when the path is not an HTML page (404, a redirect, a file).</summary>
    private static async Task<string?> VisibleTextAsync(HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.True((int)response.StatusCode < 500, $"GET {path} ({language}) answered {(int)response.StatusCode}");
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return null;
        }

        var html = await response.Content.ReadAsStringAsync();
        var text = Tags().Replace(Hidden().Replace(html, " "), " ");
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ");
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 60), Math.Min(120, text.Length - Math.Max(0, index - 60)));

    private static string Text(JsonElement e, string name) => e.GetProperty(name).ToString();

    private static DateTime Instant(JsonElement e, string name) =>
        DateTime.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    [GeneratedRegex(@"\bUTC\b")]
    private static partial Regex UtcWord();

    [GeneratedRegex(@"<(script|style|template)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

public sealed class LocalTimeScreensTests_Sqlite(SqliteDatabase db, ITestOutputHelper output) : LocalTimeScreensTests(db, output), IClassFixture<SqliteDatabase>;

public sealed class LocalTimeScreensTests_Postgres(PostgresDatabase db, ITestOutputHelper output) : LocalTimeScreensTests(db, output), IClassFixture<PostgresDatabase>;
