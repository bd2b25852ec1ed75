using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Counter.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.TopUps;

/// <summary>What the top-up tests set up: a desk (outlet, operator, colleague, head office) and customers of it.</summary>
internal static class TopUpsTestKit
{
    /// <summary>A customer of the desk's outlet: its id and code.</summary>
    public static async Task<(Guid Id, string Code)> CustomerAsync(this IssuingDesk desk, string type = "Individual")
    {
        var response = await desk.Client.PostAsJsonAsync("/api/customers", type == "Company"
            ? new { type, name = "Tianhe Fleet " + Guid.NewGuid().ToString("N")[..6], idType = "Other", idNumber = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), phone = "020-12345678", address = "1 Tianhe Road" }
            : new { type, name = "Chen Jing", idType = "ResidentId", idNumber = CounterTestKit.NewResidentId(), phone = "13800138000", address = "2 Huacheng Avenue" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (Guid.Parse(body.GetProperty("id").GetString()!), body.GetProperty("code").GetString()!);
    }

    /// <summary>A top-up answered 201, as JSON.</summary>
    public static async Task<JsonElement> TopUpAsync(this IssuingDesk desk, object body) => await (await desk.PostAsync("/api/topups", body)).Created();

    public static Task<int> ReceiptCountAsync(this AdminAppFactory app) => app.WithDbAsync(d => d.Set<Admin.Modules.TopUps.Models.TopUpReceipt>().CountAsync());

    public static Task<Guid> OutletOfAsync(this AdminAppFactory app, Guid customer) =>
        app.WithDbAsync(d => d.Set<Customer>().Where(c => c.Id == customer).Select(c => c.OutletId).SingleAsync());
}
