using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Counter.Models;
using Admin.Modules.Reviews.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Counter;

/// <summary>Fee overrides through the real review gate: 428 → review → 201, one review per batch, no reuse for another amount.</summary>
public abstract class FeeReviewTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static object Waiver(string? customer, decimal card = 0.00m, object? review = null) => new
    {
        customer, paymentMethod = "Cash", review,
        items = new[] { new { fee = "CARD", quantity = 1, collected = card }, new { fee = "DEPOSIT", quantity = 1, collected = 30.00m } },
    };

    [Fact]
    public async Task WaivedCardFee_Is428_ThenAColleaguesReview_Is201WithOneGrantedRecord()
    {
        var (outlet, maker, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var first = await client.PostAsJsonAsync("/api/counter/fee-collections", Waiver(customer));
        var problem = await first.Content.ReadFromJsonAsync<JsonElement>();
        var second = await client.PostAsJsonAsync("/api/counter/fee-collections", Waiver(customer, review: new { loginName = colleague, password = CounterTestKit.Password }));

        Assert.Equal((HttpStatusCode)428, first.StatusCode);
        Assert.Equal("review.required", problem.GetProperty("code").GetString());
        Assert.Equal("Counter.FeeOverride", problem.GetProperty("reviewPoint").GetString());
        Assert.Equal(["collected 0.00, schedule 20.00: card cost fee"], problem.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var body = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(colleague, body.GetProperty("reviewer").GetString());
        Assert.Equal(maker, body.GetProperty("operator").GetString());
        Assert.Equal($"{outlet}-000001", body.GetProperty("receipt").GetString());
        var records = await App.WithDbAsync(d => d.Set<Authorisation>().AsNoTracking().Where(a => a.OutletCode == outlet).ToListAsync());
        var record = Assert.Single(records);
        Assert.Equal(AuthorisationResult.Granted, record.Result);
        Assert.Equal(body.GetProperty("id").GetString(), record.TaskId);
        Assert.Contains("\"collected\":\"0.00\"", record.Summary);
        Assert.Contains("\"schedule\":\"20.00\"", record.Summary);
    }

    [Fact]
    public async Task ReviewRequired_CarriesTheCanonicalSummaryTheGrantRecords_AndReasonsInTheCallersLanguage()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var first = await client.PostAsJsonAsync("/api/counter/fee-collections", Waiver(customer));
        var problem = await first.Content.ReadFromJsonAsync<JsonElement>();
        using var chinese = new HttpRequestMessage(HttpMethod.Post, "/api/counter/fee-collections") { Content = JsonContent.Create(Waiver(customer)) };
        chinese.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var inChinese = await (await client.SendAsync(chinese)).Content.ReadFromJsonAsync<JsonElement>();
        var granted = await client.PostAsJsonAsync("/api/counter/fee-collections", Waiver(customer, review: new { loginName = colleague, password = CounterTestKit.Password }));

        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        var record = Assert.Single(await App.WithDbAsync(d => d.Set<Authorisation>().AsNoTracking().Where(a => a.OutletCode == outlet).ToListAsync()));
        Assert.Equal(record.Summary, problem.GetProperty("summary").GetString());
        Assert.Equal(["实收 0.00，标准 20.00：工本费"], inChinese.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task OneReview_CoversABatchOfSeveralOverriddenItems()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        object Batch(object? review) => new
        {
            customer, paymentMethod = "Cash", review,
            items = new[] { new { fee = "CARD", quantity = 3, collected = 0.00m }, new { fee = "DEPOSIT", quantity = 1, collected = 5.00m } },
        };

        var first = await client.PostAsJsonAsync("/api/counter/fee-collections", Batch(null));
        var second = await client.PostAsJsonAsync("/api/counter/fee-collections", Batch(new { loginName = colleague, password = CounterTestKit.Password }));

        Assert.Equal((HttpStatusCode)428, first.StatusCode);
        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reasons").GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Single(await App.WithDbAsync(d => d.Set<Authorisation>().AsNoTracking().Where(a => a.OutletCode == outlet).ToListAsync()));
    }

    [Fact]
    public async Task ReducedServiceFee_NeedsNoReview_WhileAnItemMarkedForReviewDoes()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        using var admin = await App.AdminApiClientAsync();
        var strict = "R" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var created = await admin.PostAsJsonAsync("/api/counter/fee-items", new { code = strict, nameEn = "Strict fee", nameZh = "严格费", amount = 8.00m });
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        object Paying(string fee, decimal collected) => new { customer, paymentMethod = "Cash", items = new[] { new { fee, quantity = 1, collected } } };

        var service = await client.PostAsJsonAsync("/api/counter/fee-collections", Paying("SERVICE", 0.00m));
        var strictBefore = await client.PostAsJsonAsync("/api/counter/fee-collections", Paying(strict, 4.00m));
        var item = await (await admin.GetAsync($"/api/counter/fee-items/{strict}")).Content.ReadFromJsonAsync<JsonElement>();
        var changed = await admin.PutAsJsonAsync($"/api/counter/fee-items/{strict}", new
        {
            nameEn = "Strict fee", nameZh = "严格费", version = item.GetProperty("version").GetString(), reviewWhenChanged = false,
        });
        var strictAfter = await client.PostAsJsonAsync("/api/counter/fee-collections", Paying(strict, 4.00m));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewWhenChanged").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, service.StatusCode);
        Assert.Equal((HttpStatusCode)428, strictBefore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.False((await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewWhenChanged").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, strictAfter.StatusCode);
        var audit = await App.WithDbAsync(d => d.Set<Admin.Kernel.Audit.AuditEvent>().AsNoTracking().Where(e => e.Action == "FeeItem.Update" && e.EntityId == strict).ToListAsync());
        Assert.Contains("\"reviewWhenChanged\":false", Assert.Single(audit).After);
    }

    [Fact]
    public async Task Review_IsNotReusableForADifferentAmount()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var reviewed = await client.PostAsJsonAsync("/api/counter/fee-collections", Waiver(customer, 10.00m, new { loginName = colleague, password = CounterTestKit.Password }));
        var other = await client.PostAsJsonAsync("/api/counter/fee-collections", Waiver(customer, 5.00m));

        Assert.Equal(HttpStatusCode.Created, reviewed.StatusCode);
        Assert.Equal((HttpStatusCode)428, other.StatusCode);
        var records = await App.WithDbAsync(d => d.Set<Authorisation>().AsNoTracking().Where(a => a.OutletCode == outlet).ToListAsync());
        var record = Assert.Single(records);
        Assert.Contains("\"collected\":\"10.00\"", record.Summary);
        Assert.Contains("\"total\":\"40.00\"", record.Summary);
    }

    [Fact]
    public async Task SelfReview_Is403_AndNothingIsCollected()
    {
        var (outlet, maker, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var response = await client.PostAsJsonAsync("/api/counter/fee-collections", Waiver(customer, review: new { loginName = maker, password = CounterTestKit.Password }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("review.checkerIsMaker", await response.CodeAsync());
        Assert.Equal(0, await App.WithDbAsync(d => d.Set<FeeCollection>().CountAsync(c => c.OutletCode == outlet)));
    }

    [Fact]
    public async Task ReviewerOfAnotherOutlet_Is403()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var elsewhere = await App.CreateOutletAsync();
        var stranger = await App.CreateOperatorAsync(elsewhere, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var response = await client.PostAsJsonAsync("/api/counter/fee-collections", Waiver(customer, review: new { loginName = stranger, password = CounterTestKit.Password }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("review.", await response.CodeAsync());
    }
}

public sealed class FeeReviewTests_Sqlite(SqliteDatabase db) : FeeReviewTests(db), IClassFixture<SqliteDatabase>;

public sealed class FeeReviewTests_Postgres(PostgresDatabase db) : FeeReviewTests(db), IClassFixture<PostgresDatabase>;
