using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Counter.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Counter;

/// <summary>Fee collection through the real host: validation, receipt numbers under concurrency, scoping, the schedule's history.</summary>
public abstract class FeeCollectionsApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Collect_AtTheSchedule_Is201WithAReceiptAndCapitals()
    {
        var (outlet, login, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var response = await client.PostAsJsonAsync("/api/counter/fee-collections", new
        {
            customer, paymentMethod = "Cash",
            items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m }, new { fee = "DEPOSIT", quantity = 2, collected = 60.00m } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{outlet}-000001", body.GetProperty("receipt").GetString());
        Assert.Equal(80.00m, body.GetProperty("total").GetDecimal());
        Assert.Equal("捌拾元整", body.GetProperty("totalInCapitals").GetString());
        Assert.Equal(login, body.GetProperty("operator").GetString());
        Assert.Equal(60.00m, body.GetProperty("items")[1].GetProperty("schedule").GetDecimal());
        var got = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location!.OriginalString);
        Assert.Equal(body.GetProperty("receipt").GetString(), got.GetProperty("receipt").GetString());
        var receipt = body.GetProperty("receipt").GetString();
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "FeeCollection.Create" && e.EntityId == receipt)));
    }

    [Fact]
    public async Task Collect_BadAmountsAndQuantities_Is400WithAMessagePerField()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var response = await client.PostAsJsonAsync("/api/counter/fee-collections", new
        {
            customer, paymentMethod = "Cash",
            items = new object[]
            {
                new { fee = "CARD", quantity = 1, collected = -1.00m },
                new { fee = "DEPOSIT", quantity = 0, collected = 30.00m },
                new { fee = "SERVICE", quantity = 1, collected = 10.005m },
                new { fee = "NOPE", quantity = 1, collected = 1m },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("The amount cannot be negative.", errors.GetProperty("items[0].collected")[0].GetString());
        Assert.Equal("The quantity is a whole number from 1 to 999.", errors.GetProperty("items[1].quantity")[0].GetString());
        Assert.Equal("Amounts have at most two decimals (fen).", errors.GetProperty("items[2].collected")[0].GetString());
        Assert.Equal("There is no fee item NOPE in the schedule today.", errors.GetProperty("items[3].fee")[0].GetString());
        Assert.Equal(0, await App.WithDbAsync(d => d.Set<FeeCollection>().CountAsync(c => c.CustomerCode == customer)));
    }

    [Fact]
    public async Task Collect_NothingOrNoMethod_Is400_InChineseToo()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await client.PostAsJsonAsync("/api/counter/fee-collections", new { customer = "", items = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("请选择客户。", errors.GetProperty("customer")[0].GetString());
        Assert.Equal("请至少添加一个费用项目。", errors.GetProperty("items")[0].GetString());
        Assert.Equal("请选择收款方式。", errors.GetProperty("paymentMethod")[0].GetString());
    }

    [Fact]
    public async Task Collect_CustomerOfAnotherOutlet_IsRefused_AndItsCollectionsAre404()
    {
        var (_, _, clientA) = await App.OutletOperatorAsync();
        var (_, _, clientB) = await App.OutletOperatorAsync();
        var customer = (await clientA.CreateCustomerAsync()).GetProperty("code").GetString();
        var created = await clientA.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20m } } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var collect = await clientB.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20m } } });
        var get = await clientB.GetAsync($"/api/counter/fee-collections/{id}");
        var list = await clientB.GetFromJsonAsync<JsonElement>("/api/counter/fee-collections");

        Assert.Equal(HttpStatusCode.BadRequest, collect.StatusCode);
        Assert.Equal("customer.notFound", await collect.CodeAsync());
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Collect_TwentyAtOnce_GivesReceiptNumbersWithoutGapsOrDuplicates()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            client.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Cash", items = new[] { new { fee = "SERVICE", quantity = 1, collected = 10m } } })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await App.WithDbAsync(d => d.Set<FeeCollection>().Where(c => c.OutletCode == outlet).Select(c => c.ReceiptNumber).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), numbers.Order());
    }

    [Fact]
    public async Task List_PagesNewestFirst()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        for (var i = 0; i < 3; i++)
        {
            var r = await client.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Cash", items = new[] { new { fee = "SERVICE", quantity = 1, collected = 10m } } });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }

        var page1 = await client.GetFromJsonAsync<JsonElement>("/api/counter/fee-collections?limit=2");
        var page2 = await client.GetFromJsonAsync<JsonElement>($"/api/counter/fee-collections?limit=2&after={page1.GetProperty("next").GetString()}");

        Assert.Equal([$"{outlet}-000003", $"{outlet}-000002"], page1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("receipt").GetString()));
        Assert.Equal($"{outlet}-000001", Assert.Single(page2.GetProperty("items").EnumerateArray()).GetProperty("receipt").GetString());
    }

    [Fact]
    public async Task FeeChange_NeverAltersPastCollections_AndOnlyHeadOfficeMaintains()
    {
        var admin = await App.AdminApiClientAsync();
        var code = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var created = await admin.PostAsJsonAsync("/api/counter/fee-items", new { code, nameEn = "Test fee", nameZh = "测试费", amount = 5.00m });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        var collected = await client.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Cash", items = new[] { new { fee = code, quantity = 1, collected = 5m } } });
        var id = (await collected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var changed = await admin.PutAsJsonAsync($"/api/counter/fee-items/{code}", new { nameEn = "Test fee", nameZh = "测试费", amount = 8.00m, version = "1" });
        var byOperator = await client.PutAsJsonAsync($"/api/counter/fee-items/{code}", new { nameEn = "Mine", nameZh = "我的", amount = 0m, version = "2" });
        var past = await admin.PutAsJsonAsync($"/api/counter/fee-items/{code}", new { nameEn = "Test fee", nameZh = "测试费", amount = 9.00m, effectiveFrom = "2020-01-01", version = "2" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var item = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(8.00m, item.GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, byOperator.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Equal("fee.effectiveFromPast", await past.CodeAsync());
        var old = await client.GetFromJsonAsync<JsonElement>($"/api/counter/fee-collections/{id}");
        Assert.Equal(5.00m, old.GetProperty("items")[0].GetProperty("schedule").GetDecimal());
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "FeeItem.Update" && e.EntityId == code)));
    }

    [Fact]
    public async Task PaymentMethod_Disabled_IsRefusedAtTheCounter()
    {
        var admin = await App.AdminApiClientAsync();
        var methods = await admin.GetFromJsonAsync<JsonElement>("/api/counter/payment-methods");
        var transfer = methods.EnumerateArray().Single(m => m.GetProperty("code").GetString() == "Transfer");
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();

        var disabled = await admin.PutAsJsonAsync("/api/counter/payment-methods/Transfer", new { enabled = false, version = transfer.GetProperty("version").GetString() });
        var refused = await client.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Transfer", items = new[] { new { fee = "CARD", quantity = 1, collected = 20m } } });
        var version = (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString();
        var enabled = await admin.PutAsJsonAsync("/api/counter/payment-methods/Transfer", new { enabled = true, version });

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("feeCollection.paymentMethodDisabled", await refused.CodeAsync());
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
    }
}

public sealed class FeeCollectionsApiTests_Sqlite(SqliteDatabase db) : FeeCollectionsApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class FeeCollectionsApiTests_Postgres(PostgresDatabase db) : FeeCollectionsApiTests(db), IClassFixture<PostgresDatabase>;
