using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Admin.Tests.Security;

/// <summary>
/// Thousands of generated bad inputs (seeded, so a failure reproduces) against every write endpoint of the running host, as
/// the administrator: wrong JSON types, huge strings, control characters, mixed scripts, negative and over-precise amounts,
/// malformed dates and codes, missing and extra fields, malformed JSON, bad route values. No answer may be a 5xx, and a
/// request that does not succeed may not change any table (row counts of every table of the model, before and after).
/// A request that does succeed must leave an audit record. A refused review (403 <c>review.*</c>) is itself appended to the
/// authorisation log and counts toward the reviewer's lockout, so those tables may change with it. The test-only till module
/// (whose <c>failAfterRecord</c> deliberately throws to prove rollback) is left out. <c>ADMIN_FUZZ_SEED</c> and
/// <c>ADMIN_FUZZ_COUNT</c> override the seed (default 20261201) and the number of requests (default 10,000 on SQLite;
/// 2,500 on PostgreSQL, which runs the same generator to prove the provider, so CI stays under its time budget).
/// </summary>
public abstract partial class BadInputTests(DatabaseFixture db, ITestOutputHelper output)
{
    private AdminAppFactory App => db.App;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("ADMIN_FUZZ_SEED"), out var s) ? s : 20261201;

    private int Count => int.TryParse(Environment.GetEnvironmentVariable("ADMIN_FUZZ_COUNT"), out var c) ? c : App.Provider == "Postgres" ? 2_500 : 10_000;

    [Fact]
    public async Task TenThousandBadInputs_NoServerError_NoPartialWrite()
    {
        var random = new Random(Seed);

        // Resources to aim at: an outlet of its own and what is there (found as in the authorisation matrix), so that the
        // administrator's own account and head office stay out of reach of an input that happens to be valid.
        var (pool, api, screen, token) = await SetUpAsync();
        var endpoints = HostEndpoints.All(App).Where(e => e.IsWrite && HostEndpoints.IsOn(App, e) && e.ModuleId != "Till").ToList();
        Assert.True(endpoints.Count >= 20, $"Only {endpoints.Count} write endpoints?");

        var tables = await App.WithDbAsync(d => Task.FromResult(d.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList()));
        var countSql = string.Join(" UNION ALL ", tables.Select((t, i) => $"SELECT {i}, COUNT(*) FROM \"{t}\""));
        var auditTable = tables.IndexOf(await App.WithDbAsync(d => Task.FromResult(d.Model.FindEntityType(typeof(AuditEvent))!.GetTableName()!)));

        // A refused sign-in is recorded (with its audit record): attempts against unknown names are counted too.
        var signInTables = tables.Select((t, i) => (t, i)).Where(x => x.t.Contains("SignIn", StringComparison.OrdinalIgnoreCase)).Select(x => x.i).ToHashSet();
        var reviewTables = tables.Select((t, i) => (t, i))
            .Where(x => x.t.StartsWith("Reviews_", StringComparison.Ordinal) || x.t.Contains("SignIn", StringComparison.OrdinalIgnoreCase) || x.t == "Operators_Operators")
            .Select(x => x.i).ToHashSet();
        var failures = new List<string>();
        var timeByEndpoint = new Dictionary<string, double>();
        var statuses = new SortedDictionary<int, int>();
        var perEndpoint = endpoints.ToDictionary(e => e.ToString(), _ => 0);
        var clock = Stopwatch.StartNew();
        var before = await CountsAsync(countSql, tables.Count);
        var previous = "";
        for (var i = 0; i < Count; i++)
        {
            var e = endpoints[i % endpoints.Count];
            var (request, description) = Build(e, random, pool, token);
            var started = clock.Elapsed.TotalMilliseconds;
            var response = await (e.IsApi ? api : screen).SendAsync(request);
            timeByEndpoint[e.ToString()] = timeByEndpoint.GetValueOrDefault(e.ToString()) + clock.Elapsed.TotalMilliseconds - started;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            perEndpoint[e.ToString()]++;

            if (!e.IsAnonymous && (status == 401 || (status == 302 && response.Headers.Location?.ToString().Contains("/login", StringComparison.Ordinal) == true)))
            {
                // The input signed the administrator out (a valid sign-out): sign in again, not a finding.
                (api, screen, token) = await SignInAsync();
                before = await CountsAsync(countSql, tables.Count);
                continue;
            }

            var after = await CountsAsync(countSql, tables.Count);
            var changed = !after.SequenceEqual(before);
            // A refusal: the API's 4xx; for screens only a 4xx is unambiguous (a form shown again with its errors is a 200, like a result page).
            var refused = status >= 400 || (e.IsApi && status is < 200 or >= 300);
            if (status >= 500)
            {
                failures.Add($"#{i} {e}: {status} for {description} [{request.Content?.Headers.ContentType}] previous: {previous}");
            }
            else if (changed && after[auditTable] == before[auditTable])
            {
                failures.Add($"#{i} {e}: {status} changed rows ({Diff(tables, before, after)}) without an audit record for {description}");
            }
            else if (changed && refused && !(e.IsAnonymous && ChangedOnly(before, after, auditTable, signInTables))
                && !(status == 403 && (await response.Content.ReadAsStringAsync()).Contains("\"review.", StringComparison.Ordinal) && ChangedOnly(before, after, auditTable, reviewTables)))
            {
                failures.Add($"#{i} {e}: {status} but rows changed ({Diff(tables, before, after)}) for {description}");
            }

            before = after;
            previous = $"{e} {status} {description[..Math.Min(200, description.Length)]}";
            if (failures.Count > 50)
            {
                break;
            }
        }

        output.WriteLine($"{Count} requests in {clock.Elapsed.TotalSeconds:0.0} s (seed {Seed}) on {App.Provider}; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        output.WriteLine("slowest: " + string.Join(", ", timeByEndpoint.OrderByDescending(t => t.Value).Take(8).Select(t => $"{t.Key} {t.Value / 1000:0.0} s")));
        output.WriteLine($"{endpoints.Count} write endpoints: {string.Join(", ", perEndpoint.Select(p => $"{p.Key}×{p.Value}"))}");
        Assert.True(failures.Count == 0, $"seed {Seed}:\n" + string.Join("\n", failures));
    }

    /// <summary>True when only these tables' counts changed.</summary>
    private static bool ChangedOnly(long[] before, long[] after, int audit, HashSet<int> allowed) =>
        before.Select((n, t) => t == audit || allowed.Contains(t) || n == after[t]).All(x => x);

    private static string Diff(List<string> tables, long[] before, long[] after) =>
        string.Join(", ", tables.Select((t, i) => (t, d: after[i] - before[i])).Where(x => x.d != 0).Select(x => $"{x.t} {x.d:+0;-0}"));

    private async Task<long[]> CountsAsync(string sql, int n) => await App.WithDbAsync(async d =>
    {
        var counts = new long[n];
        var connection = d.Database.GetDbConnection();
        await d.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return counts;
    });

    private async Task<(List<string> Pool, HttpClient Api, HttpClient Screen, string Token)> SetUpAsync()
    {
        var target = await App.CreateOutletAsync();
        var other = await App.CreateOutletAsync();
        var all = HostEndpoints.AllPermissions(App).ToArray();
        var (_, loginT, _) = await App.CreateOperatorWithGrantsAsync(target, all);
        var (_, loginO, _) = await App.CreateOperatorWithGrantsAsync(other, all);
        await App.CreateOperatorAsync(target, OperatorsTestKit.Password, Admin.Kernel.Permissions.DefaultRoles.OutletOperator);
        var seen = await HostEndpoints.VisibleValuesAsync(App, await App.ApiClientAsync(target, loginT, OperatorsTestKit.Password));
        seen.ExceptWith(await HostEndpoints.VisibleValuesAsync(App, await App.ApiClientAsync(other, loginO, OperatorsTestKit.Password)));
        var pool = seen.Concat(all).OrderBy(v => v, StringComparer.Ordinal).ToList();
        var (api, screen, token) = await SignInAsync();
        return (pool, api, screen, token);
    }

    private async Task<(HttpClient Api, HttpClient Screen, string Token)> SignInAsync()
    {
        var api = await App.AdminApiClientAsync();
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        // Any page's antiforgery token serves every form of this session; it goes in the header the host names.
        var page = await screen.GetStringAsync("/account/profile");
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(token), "No antiforgery token on the profile page.");
        return (api, screen, token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    // ---- generation ------------------------------------------------------------------------------------------------

    private static readonly string[] BadStrings =
    [
        "", " ", "\t\r\n", "\u0000", "abc\u0000def", "\u0001\u0002\u001b[31m", "\u202eevil\u202c", "\u200b\u200d\ufeff",
        "天河营业部 Ωμέγα مرحبا Привет 😀𝕏", "ｆｕｌｌｗｉｄｔｈ１２３", "e\u0301\u0301\u0301", "\ud800", "\udfff\ud800",
        "' OR '1'='1", "'; DROP TABLE x; --", "\" OR 1=1 --", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}",
        "../../../../etc/passwd", "%00", "%2e%2e%2f", "null", "undefined", "NaN", "-1", "0", "1e309", "99999999999999999999999",
        "12ab", "1234567", "123456789", "０１２３４５６７", "00000000", "-0000000", "2024-13-01", "2024-02-30", "0000-00-00",
        "01/05/2024", "2024-5-1", "2024-05-01T25:61:00Z", "9999-12-31T23:59:59.9999999+14:00", "-2024-01-01", "Active ",
        "ACTIVE", "active", "Disabled\u0000", "Outlet,Branch", "a,b,\"c", "=cmd|' /C calc'!A0", "@SUM(1+1)", "+1", "\\\\server\\share",
    ];

    private static readonly JsonNode?[] BadNumbers =
    [
        JsonValue.Create(-1), JsonValue.Create(-0.01m), JsonValue.Create(0.001m), JsonValue.Create(1.234567m), JsonValue.Create(12345678901234567.89m),
        JsonValue.Create(long.MaxValue), JsonValue.Create(long.MinValue), JsonValue.Create(decimal.MaxValue), JsonValue.Create(1e300), JsonValue.Create(-1e-300),
        JsonValue.Create(int.MaxValue), JsonValue.Create(0),
    ];

    private static string Huge(Random r) => new(r.Next(3) switch { 0 => 'x', 1 => '天', _ => '\u0007' }, r.Next(3) == 0 ? 300_000 : 5_000);

    private static JsonNode? BadValue(Random r) => r.Next(12) switch
    {
        0 => JsonValue.Create(Huge(r)),
        1 or 2 or 3 or 4 => JsonValue.Create(BadStrings[r.Next(BadStrings.Length)]),
        5 or 6 => BadNumbers[r.Next(BadNumbers.Length)]?.DeepClone(),
        7 => JsonValue.Create(r.Next(2) == 0),
        8 => null,
        9 => new JsonArray(JsonValue.Create("x"), JsonValue.Create(1), null),
        10 => new JsonObject { ["x"] = JsonValue.Create(BadStrings[r.Next(BadStrings.Length)]) },
        _ => JsonValue.Create(r.NextDouble() * 1e6 * (r.Next(2) == 0 ? -1 : 1)),
    };

    /// <summary>A plausible value of the type: the starting point that the mutations spoil.</summary>
    private static JsonNode? Sample(Type type, List<string> pool, Random r, int depth = 0)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return JsonValue.Create(r.Next(3) == 0 && pool.Count > 0 ? pool[r.Next(pool.Count)] : "Sample " + r.Next(1000));
        }

        if (type == typeof(bool))
        {
            return JsonValue.Create(true);
        }

        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            return JsonValue.Create(names[r.Next(names.Length)]);
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            return JsonValue.Create(r.Next(1, 100));
        }

        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
        {
            return JsonValue.Create(12.34m);
        }

        if (type == typeof(DateOnly))
        {
            return JsonValue.Create("2024-05-01");
        }

        if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return JsonValue.Create("2024-05-01T08:00:00Z");
        }

        if (type == typeof(Guid))
        {
            var guids = pool.Where(v => Guid.TryParse(v, out _)).ToList();
            return JsonValue.Create(guids.Count > 0 ? guids[r.Next(guids.Count)] : Guid.NewGuid().ToString());
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            return new JsonArray(Sample(element, pool, r, depth + 1));
        }

        var o = new JsonObject();
        if (depth > 3)
        {
            return o;
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            if (typeof(IFormFile).IsAssignableFrom(p.PropertyType) || p.PropertyType == typeof(Type))
            {
                continue;
            }

            o[JsonNamingPolicy.CamelCase.ConvertName(p.Name)] = Sample(p.PropertyType, pool, r, depth + 1);
        }

        return o;
    }

    /// <summary>One spoiled request and a description to reproduce it by.</summary>
    private static (HttpRequestMessage Request, string Description) Build(HostEndpoint e, Random r, List<string> pool, string token)
    {
        // Route values: mostly real ones of the target outlet, sometimes malformed.
        var url = e.Url(p =>
        {
            var fitting = pool.Where(v => HostEndpoint.Fits(p, v)).ToList();
            return r.Next(6) switch
            {
                // (A NUL or a lone surrogate cannot be in a request line at all: the server refuses it before the host sees it.)
                0 => BadStrings[r.Next(BadStrings.Length)] is var s && s.Length > 0 && !s.Contains('\0') && !s.Any(char.IsSurrogate) ? s : "x",
                1 => HostEndpoint.Placeholder(p),
                _ => fitting.Count > 0 ? fitting[r.Next(fitting.Count)] : HostEndpoint.Placeholder(p),
            };
        });
        var request = new HttpRequestMessage(new HttpMethod(e.Method), url);
        string description;
        if (!e.IsApi)
        {
            request.Headers.Add("X-CSRF-TOKEN", token);
        }

        var template = e.BodyType ?? e.FormType;
        var body = template is not null ? Sample(template, pool, r) as JsonObject ?? []
            : e.SimpleFields.Count > 0 ? new JsonObject(e.SimpleFields.Select(f => new KeyValuePair<string, JsonNode?>(f, JsonValue.Create("/status/401"))))
            : new JsonObject { ["value"] = "x" };
        var mutation = r.Next(14);
        var fields = body.Select(kv => kv.Key).ToList();
        switch (mutation)
        {
            case 0 or 1 or 2 or 3 when fields.Count > 0:
                // Wrong type, odd string, odd number in one or several fields.
                foreach (var _ in Enumerable.Range(0, 1 + r.Next(Math.Min(3, fields.Count))))
                {
                    body[fields[r.Next(fields.Count)]] = BadValue(r);
                }

                break;
            case 4 when fields.Count > 0:
                body.Remove(fields[r.Next(fields.Count)]);
                break;
            case 5:
                body = [];
                break;
            case 6:
                body["extra" + r.Next(100)] = BadValue(r);
                body["$type"] = "System.Object";
                break;
            case 7 when fields.Count > 0:
                foreach (var f in fields)
                {
                    body[f] = BadValue(r);
                }

                break;
        }

        if (e.IsApi)
        {
            var json = body.ToJsonString();
            (request.Content, description) = (mutation, r.Next(4)) switch
            {
                (-1, _) => ((HttpContent)Raw(""), ""),
                (8, 0) => (Raw(json[..(json.Length / 2)]), "truncated JSON"),
                (8, 1) => (Raw(json.Replace(":", ",", StringComparison.Ordinal)), "broken JSON"),
                (8, 2) => (Raw(new string('[', 5000) + new string(']', 5000)), "deep JSON"),
                (8, _) => (Raw(r.Next(2) == 0 ? "null" : "[1,2,3]"), "JSON not an object"),
                (9, 0) => (new ByteArrayContent(Bytes(r)) { Headers = { ContentType = new("application/json") } }, "binary as JSON"),
                (9, 1) => (new StringContent(json, Encoding.UTF8, "text/plain"), "JSON as text/plain"),
                (9, 2) => (new StringContent(Csv(r), Encoding.UTF8, "text/csv"), "bad CSV"),
                (9, _) => (Multipart(r), "multipart with a bad file"),
                (10, _) => (Raw("\ufeff" + json), "JSON with a BOM"),
                (11, _) => (Raw(json.Replace("\"", "'", StringComparison.Ordinal)), "single-quoted JSON"),
                _ => (Raw(json), Truncate(json)),
            };
        }
        else
        {
            var form = body.Where(kv => kv.Value is not JsonObject).SelectMany(kv => kv.Value is JsonArray a
                    ? a.Select(x => new KeyValuePair<string, string>(Pascal(kv.Key), Text(x)))
                    : [new KeyValuePair<string, string>(Pascal(kv.Key), Text(kv.Value))])
                .ToList();
            if (mutation == 8)
            {
                form.Add(new("__RequestVerificationToken", "forged"));
            }

            (request.Content, description) = mutation is 9 && r.Next(2) == 0
                ? ((HttpContent)Multipart(r), "multipart with a bad file")
                : (new FormUrlEncodedContent(form), Truncate(string.Join("&", form.Select(f => $"{f.Key}={f.Value}"))));
        }

        return (request, $"{e.Method} {url} {description}");

        static StringContent Raw(string s) => new(s, Encoding.UTF8, "application/json");
        static string Truncate(string s) => s.Length > 300 ? s[..300] + $"…({s.Length} chars)" : s;
        static string Pascal(string s) => char.ToUpperInvariant(s[0]) + s[1..];
        static string Text(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n?.ToJsonString() ?? "";
    }

    private static byte[] Bytes(Random r)
    {
        var b = new byte[r.Next(1, 2000)];
        r.NextBytes(b);
        return b;
    }

    private static string Csv(Random r)
    {
        var lines = new List<string> { string.Join(",", Enumerable.Range(0, r.Next(1, 12)).Select(_ => BadStrings[r.Next(BadStrings.Length)])) };
        for (var i = r.Next(0, 20); i > 0; i--)
        {
            lines.Add(string.Join(r.Next(5) == 0 ? ";" : ",", Enumerable.Range(0, r.Next(0, 14)).Select(_ => r.Next(6) == 0 ? Huge(r)[..50] : BadStrings[r.Next(BadStrings.Length)])));
        }

        return string.Join(r.Next(2) == 0 ? "\n" : "\r\n", lines) + (r.Next(2) == 0 ? "\"" : "");
    }

    private static MultipartFormDataContent Multipart(Random r)
    {
        var content = new MultipartFormDataContent();
        var file = r.Next(3) == 0 ? new ByteArrayContent(Bytes(r)) : new ByteArrayContent(Encoding.UTF8.GetBytes(Csv(r)));
        content.Add(file, r.Next(4) == 0 ? "other" : "file", r.Next(2) == 0 ? "outlets.csv" : "../../x.exe");
        return content;
    }
}

public sealed class BadInputTests_Sqlite(SqliteDatabase db, ITestOutputHelper output) : BadInputTests(db, output), IClassFixture<SqliteDatabase>;

public sealed class BadInputTests_Postgres(PostgresDatabase db, ITestOutputHelper output) : BadInputTests(db, output), IClassFixture<PostgresDatabase>;
