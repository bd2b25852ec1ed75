using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Admin.Tests.Cheques;

/// <summary>What the cheque tests set up: cheques with fresh numbers, dated in the outlets' local today.</summary>
internal static class ChequeTestKit
{
    /// <summary>Today in the network's local time (UTC+8, the default of Kernel.UtcOffsetMinutes).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddMinutes(480));

    public static string NewNumber() => Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static object Body(string? customer, decimal? amount = 1000.00m, string? number = null, string bank = "ICBC Guangzhou Tianhe", DateOnly? date = null, object? review = null, string drawer = "Lin Hua Trading Co.") => new
    {
        customer, number = number ?? NewNumber(), drawerName = drawer, drawerBank = bank, drawerAccount = "3602000109000012345", amount,
        chequeDate = (date ?? Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), review,
    };

    /// <summary>Receives a cheque (201 expected) and answers its JSON.</summary>
    public static async Task<JsonElement> ReceiveAsync(this HttpClient client, string? customer, decimal amount = 1000.00m, string? number = null, object? review = null, string drawer = "Lin Hua Trading Co.")
    {
        var response = await client.PostAsJsonAsync("/api/cheques", Body(customer, amount, number, review: review, drawer: drawer));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Receiving a cheque answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> ClearAsync(this HttpClient client, string id, DateOnly? on = null) =>
        client.PostAsJsonAsync($"/api/cheques/{id}/clear", new { clearedOn = on?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });

    public static Task<HttpResponseMessage> BounceAsync(this HttpClient client, string id, string? reviewer, string reason = "InsufficientFunds", string? note = null) =>
        client.PostAsJsonAsync($"/api/cheques/{id}/bounce", new { reason, note, review = reviewer is null ? null : new { loginName = reviewer, password = Counter.CounterTestKit.Password } });
}
