using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Kernel;

/// <summary>The audit trail through the real host: events written by changes, filters, keyset paging, CSV, access.</summary>
public abstract class AuditTrailTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task SignIns_AreAudited_AndFilteredByOperatorWithKeysetPaging()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, "Counter2024", "Outlet operator");
        for (var i = 0; i < 3; i++)
        {
            await App.ApiClientAsync(outlet, login, "Counter2024");
        }

        var admin = await App.AdminApiClientAsync();
        var first = await admin.GetFromJsonAsync<JsonElement>($"/api/audit/events?operator={login}&module=Operators&limit=2");
        var items = first.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, e => Assert.Equal("SignIn", e.GetProperty("action").GetString()));
        Assert.All(items, e => Assert.Equal(outlet, e.GetProperty("outlet").GetString()));
        var next = first.GetProperty("next").GetString();
        Assert.NotNull(next);

        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/audit/events?operator={login}&module=Operators&limit=2&after={next}");
        Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        var ids = items.Concat(second.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
    }

    [Fact]
    public async Task Events_FilteredByOutletAndDates_MatchOnlyTheirRange()
    {
        var outlet = await App.CreateOutletAsync();
        var admin = await App.AdminApiClientAsync();
        // The filter's days are the network's local days (from 16:00 UTC at +08:00 the local day is already tomorrow's).
        DateOnly local;
        using (var scope = App.Services.CreateScope())
        {
            local = await scope.ServiceProvider.GetRequiredService<Admin.Kernel.Time.LocalClock>().TodayAsync();
        }
        var today = local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = local.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var created = await admin.GetFromJsonAsync<JsonElement>($"/api/audit/events?module=Outlets&from={today}&to={today}&limit=500");
        var event1 = created.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("entityId").GetString() == outlet);
        Assert.Equal("Outlet.Create", event1.GetProperty("action").GetString());
        Assert.Contains(outlet, event1.GetProperty("after").GetString());

        var none = await admin.GetFromJsonAsync<JsonElement>($"/api/audit/events?module=Outlets&from={tomorrow}");
        Assert.Empty(none.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("after=%%%bad", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("from=2026-02-01&to=2026-01-01", "from")]
    [InlineData("from=not-a-date", "from")]
    public async Task List_BadFilter_Is400WithFieldError(string query, string field)
    {
        var admin = await App.AdminApiClientAsync();

        var response = await admin.GetAsync($"/api/audit/events?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_FilteredCsv_HasHeaderAndTheRows()
    {
        var outlet = await App.CreateOutletAsync(name: "导出测试网点");
        var admin = await App.AdminApiClientAsync();

        var response = await admin.GetAsync($"/api/audit/events/export.csv?module=Outlets");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("id,occurredAt,operator", csv.TrimStart('\uFEFF'));
        Assert.Contains(outlet, csv);
        Assert.Contains("导出测试网点", csv);
    }

    [Fact]
    public async Task AuditScreen_WithFilters_ShowsEventsAndExportLink()
    {
        var outlet = await App.CreateOutletAsync();
        var screens = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);

        var page = await screens.GetStringAsync("/admin/audit?module=Outlets");

        Assert.Contains(outlet, page);
        Assert.Contains("/admin/audit/export.csv?module=Outlets", page);
    }

    [Fact]
    public async Task AuditApi_AsOutletOperator_IsForbidden()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, "Counter2024", "Outlet operator");
        var client = await App.ApiClientAsync(outlet, login, "Counter2024");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit/events")).StatusCode);
    }

    [Fact]
    public async Task AuditEvents_CannotBeModifiedThroughTheContext()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async d =>
        {
            var e = await d.Set<AuditEvent>().OrderBy(x => x.Id).FirstAsync();
            e.Summary = "rewritten";
            return await d.SaveChangesAsync();
        }));
        Assert.Contains("append-only", ex.Message);
    }
}

public sealed class AuditTrailTests_Sqlite(SqliteDatabase db) : AuditTrailTests(db), IClassFixture<SqliteDatabase>;

public sealed class AuditTrailTests_Postgres(PostgresDatabase db) : AuditTrailTests(db), IClassFixture<PostgresDatabase>;
