using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cards.Models;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;

namespace Admin.Tests.Cards;

/// <summary>A product of its own for one test: a fresh prefix, so its ranges never meet another test's.</summary>
internal sealed record TestProduct(string Code, string Prefix)
{
    private static int _next = Random.Shared.Next(0, 50_000);

    public CardNumbering Numbering => new(16, Prefix, CheckDigitRule.Luhn);

    /// <summary>The n-th valid number of the product (n from 1).</summary>
    public string Number(int n) => Numbering.NumberOf(long.Parse(Prefix + n.ToString().PadLeft(15 - Prefix.Length, '0')));

    public static async Task<TestProduct> CreateAsync(HttpClient admin)
    {
        var prefix = "6" + (Interlocked.Increment(ref _next) % 100_000).ToString("D5");
        var code = CardProductsApiTests.NewCode();
        var response = await admin.PostAsJsonAsync("/api/card-products", CardProductsApiTests.Product(code, prefix));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return new TestProduct(code, prefix);
    }
}

internal static class CardStockTestKit
{
    public static object Numbers(TestProduct p, params (int First, int Last)[] ranges) =>
        ranges.Select(r => new { first = p.Number(r.First), last = r.Last == r.First ? null : p.Number(r.Last) }).ToArray();

    public static async Task<JsonElement> CreatedAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>Where a number is now, as the API answers (the place's name).</summary>
    public static async Task<string?> PlaceAsync(this HttpClient client, TestProduct p, int n)
    {
        var response = await client.GetAsync($"/api/card-stock/numbers/{p.Code}/{p.Number(n)}");
        return response.StatusCode == HttpStatusCode.OK ? (await response.JsonAsync()).GetProperty("place").GetString() : null;
    }

    public static async Task AssertVerifiesAsync(this HttpClient admin)
    {
        var report = await (await admin.GetAsync("/api/card-stock/verify")).JsonAsync();
        Assert.True(report.GetProperty("ok").GetBoolean(), report.ToString());
    }

    /// <summary>Registers cards 1..count of the product, has the outlet request them and head office ship them, and the outlet receive them.</summary>
    public static async Task StockOutletAsync(HttpClient admin, HttpClient outletClient, TestProduct p, int count)
    {
        await admin.PostAsJsonAsync("/api/card-stock/ranges", new { product = p.Code, first = p.Number(1), last = p.Number(count) }).CreatedAsync();
        var request = await outletClient.PostAsJsonAsync("/api/card-stock/requests", new { product = p.Code, quantity = count }).CreatedAsync();
        var id = request.GetProperty("id").GetGuid();
        await admin.PostAsJsonAsync($"/api/card-stock/requests/{id}/ship", new { numbers = Numbers(p, (1, count)) }).CreatedAsync();
        await outletClient.PostAsJsonAsync("/api/card-stock/receive", new { product = p.Code, numbers = Numbers(p, (1, count)) }).CreatedAsync();
    }
}
