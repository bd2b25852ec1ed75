using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cards.Models;
using Admin.Modules.Counter.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.CustomerAccounts;

/// <summary>A customer of a desk with its outlet id, and money put on its accounts through the ledger as a task would.</summary>
internal sealed record TestCustomer(Guid Id, string Code, Guid OutletId);

internal static class CustomerAccountsTestKit
{
    public static async Task<TestCustomer> NewCustomerAsync(this AdminAppFactory app, HttpClient client, string name = "Zhou Min")
    {
        var created = await client.CreateCustomerAsync(name);
        var id = Guid.Parse(created.GetProperty("id").GetString()!);
        var outlet = await app.WithDbAsync(d => d.Set<Customer>().Where(c => c.Id == id).Select(c => c.OutletId).SingleAsync());
        return new TestCustomer(id, created.GetProperty("code").GetString()!, outlet);
    }

    /// <summary>A multi-user customer with a primary card and <paramref name="secondaries"/> secondary cards, issued through the API.</summary>
    public static async Task<(TestCustomer Customer, List<(Guid Id, string Number)> Cards)> CustomerWithCardsAsync(this AdminAppFactory app, IssuingDesk desk, int secondaries)
    {
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        await desk.StockAsync(primary, 1);
        var issued = await (await desk.PostAsync("/api/cards/issue", new
        {
            newCustomer = IssuingTestKit.NewCustomer("Closing Fleet"), multiUser = true, product = primary.Code, card = new { number = primary.Number(1) }, paymentMethod = "Cash",
        })).Created();
        var numbers = new List<string> { primary.Number(1) };
        if (secondaries > 0)
        {
            var secondary = await IssuingProduct.CreateAsync(desk.Admin, "Secondary");
            await desk.StockAsync(secondary, secondaries);
            await (await desk.PostAsync("/api/cards/issue-secondary", new
            {
                primaryCard = primary.Number(1), product = secondary.Code, paymentMethod = "Cash",
                cards = Enumerable.Range(1, secondaries).Select(n => new { number = secondary.Number(n) }).ToArray(),
            })).Created();
            numbers.AddRange(Enumerable.Range(1, secondaries).Select(secondary.Number));
        }

        var code = issued.GetProperty("customer").GetString()!;
        var customer = await app.WithDbAsync(d => d.Set<Customer>().Where(c => c.Code == code).Select(c => new TestCustomer(c.Id, c.Code, c.OutletId)).SingleAsync());
        var cards = await app.WithDbAsync(d => d.Set<Card>().Where(c => numbers.Contains(c.Number)).Select(c => new { c.Id, c.Number }).ToListAsync());
        return (customer, numbers.Select(n => (cards.Single(c => c.Number == n).Id, n)).ToList());
    }

    /// <summary>Credits an account from the outlet's Suspense (money arrived from outside), as one task.</summary>
    public static async Task FundAsync(this AdminAppFactory app, AccountRef account, decimal amount)
    {
        var posted = await app.PostAsync(LedgerKit.Move(AccountRef.OfOutlet(AccountKind.Suspense, account.OutletId), account, amount, "Test.Fund"));
        Assert.True(posted.Succeeded, string.Join("; ", posted.Errors));
    }

    /// <summary>Moves money between two accounts as one task (a load: card to purse).</summary>
    public static async Task MoveAsync(this AdminAppFactory app, AccountRef from, AccountRef to, decimal amount)
    {
        var posted = await app.PostAsync(LedgerKit.Move(from, to, amount, "Test.Move"));
        Assert.True(posted.Succeeded, string.Join("; ", posted.Errors));
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> PostKeyedAsync(this HttpClient client, string url, object body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }

    public static async Task SetMoneyAsync(HttpClient admin, string key, decimal value)
    {
        var settings = await (await admin.GetAsync("/api/settings")).Content.ReadFromJsonAsync<JsonElement>();
        var version = settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == key).GetProperty("version").GetString();
        var response = await admin.PutAsJsonAsync($"/api/settings/{key}", new { value = value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
