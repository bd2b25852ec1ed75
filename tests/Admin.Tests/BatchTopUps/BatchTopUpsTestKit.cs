using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cards.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.BatchTopUps;

/// <summary>
/// An outlet with a maker and a colleague (both outlet operators), a company customer with money on its account, and
/// secondary cards of a fresh product (cap 5,000) issued to it — written straight into the tables, so that a test can
/// have 10,000 cards without 10,000 issuing tasks.
/// </summary>
internal sealed class BatchDesk
{
    public required AdminAppFactory App { get; init; }
    public required string Outlet { get; init; }
    public required Guid OutletId { get; init; }
    public required string Maker { get; init; }
    public required HttpClient MakerClient { get; init; }
    public required string Colleague { get; init; }
    public required HttpClient ColleagueClient { get; init; }
    public required HttpClient Admin { get; init; }
    public required string CustomerCode { get; init; }
    public required Guid CustomerId { get; init; }
    public required IssuingProduct Product { get; init; }
    public required Guid ProductId { get; init; }
    public List<(Guid Id, string Number)> Cards { get; } = [];

    public object Review => new { loginName = Colleague, password = CounterTestKit.Password };

    public static async Task<BatchDesk> CreateAsync(AdminAppFactory app, int cards, decimal money)
    {
        var (outlet, maker, makerClient) = await app.OutletOperatorAsync();
        var colleague = await app.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var admin = await app.AdminApiClientAsync();
        var response = await makerClient.PostAsJsonAsync("/api/customers", new
        {
            type = "Company", name = "广州天河运输有限公司", idType = "ResidentId", idNumber = CounterTestKit.NewResidentId(), phone = "020 8888 0000", address = "1 Tianhe Road",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var customer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var product = await IssuingProduct.CreateAsync(admin, "Secondary");
        var desk = new BatchDesk
        {
            App = app, Outlet = outlet, Maker = maker, MakerClient = makerClient, Colleague = colleague, ColleagueClient = await app.ApiClientAsync(outlet, colleague, CounterTestKit.Password),
            Admin = admin, CustomerCode = customer.GetProperty("code").GetString()!, CustomerId = customer.GetProperty("id").GetGuid(), Product = product,
            OutletId = await app.WithDbAsync(d => d.Set<Admin.Modules.Outlets.Models.Outlet>().Where(o => o.Code == outlet).Select(o => o.Id).SingleAsync()),
            ProductId = await app.WithDbAsync(d => d.Set<CardProduct>().Where(p => p.Code == product.Code).Select(p => p.Id).SingleAsync()),
        };
        await desk.AddCardsAsync(cards);
        if (money > 0)
        {
            await desk.FundAsync(money);
        }

        return desk;
    }

    /// <summary>Adds issued secondary cards of the customer.</summary>
    public async Task AddCardsAsync(int count, Guid? customerId = null, CardStatus status = CardStatus.Issued)
    {
        var start = Cards.Count + 1;
        var added = new List<Card>();
        for (var n = start; n < start + count; n++)
        {
            added.Add(new Card
            {
                Id = Guid.NewGuid(), Number = Product.Number(n), ProductId = ProductId, Kind = CardKind.Secondary, CustomerId = customerId ?? CustomerId, Status = status,
                OutletId = OutletId, OutletCode = Outlet, IssuedAt = DateTime.UtcNow, Version = 1,
            });
        }

        await App.WithDbAsync(async d =>
        {
            d.AddRange(added);
            await d.SaveChangesAsync();
            return 0;
        });
        Cards.AddRange(added.Select(c => (c.Id, c.Number)));
    }

    /// <summary>Puts money on the customer's account (from the outlet's suspense account, as a test shortcut for a receipt).</summary>
    public async Task FundAsync(decimal amount)
    {
        var posted = await App.PostAsync(LedgerKit.Move(AccountRef.OfOutlet(AccountKind.Suspense, OutletId), AccountRef.Customer(CustomerId, OutletId), amount));
        Assert.True(posted.Succeeded, string.Join("; ", posted.Errors));
    }

    public Task<decimal> CustomerBalanceAsync() => App.BalanceAsync(AccountRef.Customer(CustomerId, OutletId));

    public Task<decimal> CardBalanceAsync(int index) => App.BalanceAsync(AccountRef.Card(Cards[index].Id, OutletId));

    /// <summary>Submits lines (card index, amount) as the maker; answers the response.</summary>
    public Task<HttpResponseMessage> SubmitAsync(IEnumerable<(int Card, decimal Amount)> lines, string? key = null) =>
        PostAsync(MakerClient, "/api/batch-topups", new { customer = CustomerCode, lines = lines.Select(l => new { card = Cards[l.Card].Number, amount = l.Amount }).ToList() }, key);

    public async Task<JsonElement> SubmittedAsync(IEnumerable<(int Card, decimal Amount)> lines)
    {
        var response = await SubmitAsync(lines);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The maker asks for the review with the colleague's credentials (the kernel's review dialog).</summary>
    public Task<HttpResponseMessage> ReviewAsync(Guid id, object? review = null, HttpClient? client = null, string? key = null) =>
        PostAsync(client ?? MakerClient, $"/api/batch-topups/{id}/review", new { review = review ?? Review }, key);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }

    public async Task<JsonElement> GetAsync(Guid id) => await MakerClient.GetFromJsonAsync<JsonElement>($"/api/batch-topups/{id}");

    /// <summary>Waits until the list leaves Executing (a job runs it); answers it.</summary>
    public async Task<JsonElement> WaitExecutedAsync(Guid id, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var list = await GetAsync(id);
            if (list.GetProperty("status").GetString() != "Executing" || DateTime.UtcNow > until)
            {
                return list;
            }

            await Task.Delay(500);
        }
    }
}
