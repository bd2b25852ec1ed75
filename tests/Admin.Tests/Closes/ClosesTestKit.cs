using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.TopUps.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Closes;

/// <summary>What the close tests share: a shift close and a day close through the API, the receipt's till, a line changed behind the console's back.</summary>
internal static class ClosesTestKit
{
    public static Task<HttpResponseMessage> CloseShiftAsync(this HttpClient client, object body) => IssuingTestKit.PostKeyedAsync(client, "/api/closes/shifts", body);

    public static Task<HttpResponseMessage> CloseDayAsync(this HttpClient client, object body) => IssuingTestKit.PostKeyedAsync(client, "/api/closes/days", body);

    /// <summary>The colleague's own API client.</summary>
    public static Task<HttpClient> ColleagueAsync(this IssuingDesk desk, AdminAppFactory app) => app.ApiClientAsync(desk.Outlet, desk.Colleague, CounterTestKit.Password);

    /// <summary>The serving operator and outlet of a top-up receipt (whose till took the money).</summary>
    public static Task<(Guid Operator, Guid Outlet)> TillOfAsync(this AdminAppFactory app, JsonElement receipt)
    {
        var id = Guid.Parse(receipt.GetProperty("id").GetString()!);
        return app.WithDbAsync(async d =>
        {
            var r = await d.Set<TopUpReceipt>().AsNoTracking().SingleAsync(x => x.Id == id);
            return (r.OperatorId, r.OutletId);
        });
    }

    /// <summary>Changes a ledger line's amount with SQL, as someone with database access would (on PostgreSQL past the immutability trigger).</summary>
    public static Task ChangeLineAsync(this AdminAppFactory app, long lineId, long byFen) => app.WithDbAsync(async d =>
    {
        var update = $"UPDATE \"Ledger_Lines\" SET \"Amount\" = \"Amount\" + {byFen} WHERE \"Id\" = {lineId}";
        var sql = d.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal)
            ? $"SET session_replication_role = replica; {update}; SET session_replication_role = DEFAULT;"
            : update;
        return await d.Database.ExecuteSqlRawAsync(sql);
    });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
