using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Outlets.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Outlets;

/// <summary>The outlets list through the API: filters, keyset paging, wildcards taken literally, bad filters, CSV export.</summary>
public abstract class OutletsListApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task List_FiltersAndKeysetPaging_WalkEveryMatchOnce()
    {
        var client = await App.AdminApiClientAsync();
        var prefix = Prefix();
        var branch = await App.CreateOutletAsync(OutletType.Branch, name: $"{prefix} branch");
        var codes = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add(await App.CreateOutletAsync(parent: branch, name: $"{prefix} outlet {i}"));
        }

        var suspended = codes[2];
        await client.PostAsJsonAsync($"/api/outlets/{suspended}/status", new { status = "Suspended", reason = "Test" });

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var url = $"/api/outlets?search={Uri.EscapeDataString(prefix)}&type=Outlet&limit=2" + (after is null ? "" : $"&after={after}");
            var page = await client.GetFromJsonAsync<JsonElement>(url);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!));
            after = page.GetProperty("next").GetString();
            pages++;
        }
        while (after is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(codes.Order(StringComparer.Ordinal), seen);

        var onlySuspended = await client.GetFromJsonAsync<JsonElement>($"/api/outlets?search={Uri.EscapeDataString(prefix)}&status=Suspended");
        Assert.Equal([suspended], onlySuspended.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));

        var children = await client.GetFromJsonAsync<JsonElement>($"/api/outlets?parent={branch}");
        Assert.Equal(codes.Order(StringComparer.Ordinal), children.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));

        var branches = await client.GetFromJsonAsync<JsonElement>($"/api/outlets?search={Uri.EscapeDataString(prefix.ToLowerInvariant())}&type=branch");
        Assert.Equal([branch], branches.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));

        var byCode = await client.GetFromJsonAsync<JsonElement>($"/api/outlets?search={codes[4]}");
        Assert.Contains(codes[4], byCode.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task List_SearchWithLikeWildcards_MatchesThemLiterally()
    {
        var client = await App.AdminApiClientAsync();
        var prefix = Prefix();
        var percent = await App.CreateOutletAsync(name: $"{prefix} 100%_off");
        await App.CreateOutletAsync(name: $"{prefix} 1000 off");

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/outlets?search={Uri.EscapeDataString($"{prefix} 100%_")}");

        Assert.Equal([percent], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("status=Open")]
    [InlineData("type=Kiosk")]
    [InlineData("parent=12")]
    [InlineData("after=not-a-cursor")]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=many")]
    public async Task List_BadFilter_Is400(string query)
    {
        var client = await App.AdminApiClientAsync();

        var response = await client.GetAsync($"/api/outlets?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Export_HasBomHeaderAndTheFilteredRows()
    {
        var client = await App.AdminApiClientAsync();
        var prefix = Prefix();
        var a = await App.CreateOutletAsync(name: $"{prefix} 天河");
        var b = await App.CreateOutletAsync(name: $"{prefix} 越秀");
        var other = await App.CreateOutletAsync();

        var response = await client.GetAsync($"/api/outlets/export.csv?search={Uri.EscapeDataString(prefix)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,name,shortName,type,parent,address,phone,manager,openedOn,status,closedOn,statusReason", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{a},{prefix} 天河,,Outlet,{AdminAppFactory.HeadOffice},", lines.Single(l => l.StartsWith(a, StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith(b, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith(other, StringComparison.Ordinal));
    }

    private static string Prefix() => "T" + Guid.NewGuid().ToString("N")[..10];
}

public sealed class OutletsListApiTests_Sqlite(SqliteDatabase db) : OutletsListApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class OutletsListApiTests_Postgres(PostgresDatabase db) : OutletsListApiTests(db), IClassFixture<PostgresDatabase>;
