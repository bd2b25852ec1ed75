using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Issuing;

/// <summary>
/// A business-rule refusal (422) that concerns fields names them in <c>errors</c>, the shape of a 400 validation problem,
/// in both languages; a 422 that concerns no field (a reused idempotency key) has none.
/// </summary>
public abstract class IssuingProblemTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task CashRefused_AndFaceValueAboveCap_Are422_NamingTheirFields()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var anonymous = await IssuingProduct.CreateAsync(desk.Admin, "Anonymous");
        await desk.StockAsync(anonymous, 2);
        object Sale(string method, decimal face, decimal second) =>
            new { product = anonymous.Code, paymentMethod = method, cards = new[] { new { number = anonymous.Number(1), faceValue = face }, new { number = anonymous.Number(2), faceValue = second } } };

        var cash = await desk.PostAsync("/api/cards/sell-anonymous", Sale("Cash", 1000m, 500m));
        var aboveCap = await desk.PostAsync("/api/cards/sell-anonymous", Sale("Transfer", 1500m, 100m));
        desk.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var chinese = await desk.PostAsync("/api/cards/sell-anonymous", Sale("Cash", 1000m, 500m));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, cash.StatusCode);
        Assert.Equal("application/problem+json", cash.Content.Headers.ContentType?.MediaType);
        var problem = await cash.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("issuing.cashRefused", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(["paymentMethod"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal(problem.GetProperty("detail").GetString(), errors.GetProperty("paymentMethod")[0].GetString());
        var capErrors = (await aboveCap.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, aboveCap.StatusCode);
        Assert.Equal(["cards[0].faceValue"], capErrors.EnumerateObject().Select(p => p.Name));
        var zh = (await chinese.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("paymentMethod")[0].GetString()!;
        Assert.Contains("现金", zh);
    }

    [Fact]
    public async Task A422ThatConcernsNoField_HasNoErrors()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        var key = Guid.NewGuid().ToString("N");
        async Task<HttpResponseMessage> CollectAsync(string method)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/counter/fee-collections")
            {
                Content = JsonContent.Create(new { customer, paymentMethod = method, items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m } } }),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.Created, (await CollectAsync("Cash")).StatusCode);
        var reused = await CollectAsync("Transfer");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        var problem = await reused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("idempotency.keyReused", problem.GetProperty("code").GetString());
        Assert.False(problem.TryGetProperty("errors", out _));
    }
}

public sealed class IssuingProblemTests_Sqlite(SqliteDatabase db) : IssuingProblemTests(db), IClassFixture<SqliteDatabase>;

public sealed class IssuingProblemTests_Postgres(PostgresDatabase db) : IssuingProblemTests(db), IClassFixture<PostgresDatabase>;
