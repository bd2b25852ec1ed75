using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cards.Models;
using Admin.Tests.Cards;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;

namespace Admin.Tests.Issuing;

/// <summary>A card product of one kind for one test, with a fresh prefix, and cards 1..n of it in an operator's drawer.</summary>
internal sealed record IssuingProduct(string Code, string Prefix)
{
    private static int _next = Random.Shared.Next(0, 40_000);

    public string Number(int n) => new CardNumbering(16, Prefix, CheckDigitRule.Luhn).NumberOf(long.Parse(Prefix + n.ToString().PadLeft(15 - Prefix.Length, '0')));

    public TestProduct AsTestProduct => new(Code, Prefix);

    /// <summary>Creates the product (anonymous: face values 100, 200, 500, 1000 under a 1,000 cap, real name from 2,000, cash below 1,500).</summary>
    public static async Task<IssuingProduct> CreateAsync(HttpClient admin, string kind)
    {
        var prefix = "5" + (Interlocked.Increment(ref _next) % 100_000).ToString("D5");
        var code = CardProductsApiTests.NewCode();
        var anonymous = kind == "Anonymous";
        var response = await admin.PostAsJsonAsync("/api/card-products", new
        {
            code, nameEn = "Test card " + code, nameZh = "测试卡 " + code, kind, numberLength = 16, prefix, checkDigit = "Luhn",
            balanceCap = anonymous ? 1000m : 5000m, validityMonths = anonymous ? 36 : (int?)null, realNameThreshold = anonymous ? 2000m : (decimal?)null,
            companyCashLimit = anonymous ? 1500m : 5000m, individualCashLimit = anonymous ? 1500m : 50000m,
            faceValues = anonymous ? new[] { 100m, 200m, 500m, 1000m } : [],
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return new IssuingProduct(code, prefix);
    }
}

/// <summary>An outlet, its operator (with a drawer) and a colleague who may review, plus head office.</summary>
internal sealed record IssuingDesk(string Outlet, string Login, HttpClient Client, string Colleague, HttpClient Admin)
{
    public object Review => new { loginName = Colleague, password = CounterTestKit.Password };

    public static async Task<IssuingDesk> CreateAsync(AdminAppFactory app)
    {
        var (outlet, login, client) = await app.OutletOperatorAsync();
        var colleague = await app.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        return new IssuingDesk(outlet, login, client, colleague, await app.AdminApiClientAsync());
    }

    /// <summary>Cards 1..count of the product: registered, shipped to the outlet, received, taken into the operator's drawer (all but <paramref name="leaveAtOutlet"/>).</summary>
    public async Task StockAsync(IssuingProduct p, int count, int leaveAtOutlet = 0)
    {
        await CardStockTestKit.StockOutletAsync(Admin, Client, p.AsTestProduct, count);
        await Client.PostAsJsonAsync("/api/card-stock/take", new { product = p.Code, numbers = CardStockTestKit.Numbers(p.AsTestProduct, (1, count - leaveAtOutlet)) }).CreatedAsync();
    }

    /// <summary>A money-moving POST with a fresh idempotency key.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, object body) => IssuingTestKit.PostKeyedAsync(Client, url, body);
}

internal static class IssuingTestKit
{
    public static async Task<HttpResponseMessage> PostKeyedAsync(HttpClient client, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }

    public static object NewCustomer(string name = "Wang Fang") =>
        new { type = "Individual", name, idType = "ResidentId", idNumber = CounterTestKit.NewResidentId(), phone = "13800000000" };

    /// <summary>The ledger verifies and the trial balance is zero.</summary>
    public static async Task AssertLedgerCleanAsync(HttpClient admin)
    {
        var verify = await (await admin.GetAsync("/api/ledger/verify")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(verify.GetProperty("intact").GetBoolean(), verify.ToString());
        var trial = await (await admin.GetAsync("/api/ledger/trial-balance")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0m, trial.GetProperty("net").GetDecimal());
    }

    public static async Task<JsonElement> Created(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
