using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Audit;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Cards;

/// <summary>Card products through the real host, on both databases.</summary>
public abstract class CardProductsApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    internal static object Product(string code, string prefix, string kind = "SingleUser", decimal cap = 5000m, string? version = null) => new
    {
        code, nameEn = "Test card " + code, nameZh = "测试卡 " + code, kind, numberLength = 16, prefix, checkDigit = "Luhn", balanceCap = cap,
        validityMonths = (int?)null, realNameThreshold = (decimal?)null, companyCashLimit = 5000m, individualCashLimit = 50000m, version,
    };

    internal static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    [Fact]
    public async Task TheSetupRecipe_SeedsTheFiveDefaultProducts_WithThe2012Rules()
    {
        var client = await App.AdminApiClientAsync();

        var list = await (await client.GetAsync("/api/card-products?limit=500")).JsonAsync();

        var items = list.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("code").GetString()!);
        foreach (var code in new[] { "SINGLE", "PRIMARY", "SECONDARY", "ANONYMOUS", "INTERNAL" })
        {
            Assert.True(items.ContainsKey(code), code);
        }

        Assert.Equal(5000m, items["SINGLE"].GetProperty("balanceCap").GetDecimal());
        Assert.Equal(1000m, items["ANONYMOUS"].GetProperty("balanceCap").GetDecimal());
        Assert.Equal(36, items["ANONYMOUS"].GetProperty("validityMonths").GetInt32());
        Assert.Equal(10000m, items["ANONYMOUS"].GetProperty("realNameThreshold").GetDecimal());
        Assert.Equal("不记名卡", items["ANONYMOUS"].GetProperty("nameZh").GetString());
        Assert.Equal("Internal", items["INTERNAL"].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Create_Is201WithLocation_Update_Is200_AndBothAreAudited()
    {
        var client = await App.AdminApiClientAsync();
        var code = NewCode();

        var created = await client.PostAsJsonAsync("/api/card-products", Product(code, "7701"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.EndsWith($"/api/card-products/{id}", created.Headers.Location!.ToString());
        Assert.Equal("1", body.GetProperty("version").GetString());

        var updated = await client.PutAsJsonAsync($"/api/card-products/{id}", Product(code, "7701", cap: 3000m, version: "1"));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(3000m, (await updated.JsonAsync()).GetProperty("balanceCap").GetDecimal());
        var actions = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.Module == "Cards" && e.EntityId == code).Select(e => e.Action).ToListAsync());
        Assert.Contains("Product.Create", actions);
        Assert.Contains("Product.Update", actions);
    }

    [Fact]
    public async Task StaleVersion_Is409_AndDuplicateCode_Is409()
    {
        var client = await App.AdminApiClientAsync();
        var code = NewCode();
        var id = (await (await client.PostAsJsonAsync("/api/card-products", Product(code, "7702"))).JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/card-products/{id}", Product(code, "7702", cap: 4000m, version: "1"))).StatusCode);

        var stale = await client.PutAsJsonAsync($"/api/card-products/{id}", Product(code, "7702", cap: 4500m, version: "1"));
        var duplicate = await client.PostAsJsonAsync("/api/card-products", Product(code.ToLowerInvariant(), "7703"));

        await OperatorsTestKit.AssertProblemAsync(stale, HttpStatusCode.Conflict, "concurrency.stale");
        await OperatorsTestKit.AssertProblemAsync(duplicate, HttpStatusCode.Conflict, "cardProduct.duplicate");
    }

    [Fact]
    public async Task BadProduct_Is400WithEveryFieldError_AndSavesNothing()
    {
        var client = await App.AdminApiClientAsync();
        var before = await App.TableCountsAsync();

        var response = await client.PostAsJsonAsync("/api/card-products", new
        {
            code = NewCode(), nameEn = "x", nameZh = "", kind = "Anonymous", numberLength = 16, prefix = "0", checkDigit = "Luhn", balanceCap = 1000m,
            validityMonths = 12, companyCashLimit = 5000m, individualCashLimit = 50000m, faceValues = new[] { 2000m },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "nameZh", "prefix", "validityMonths", "faceValues" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Equal(before, await App.TableCountsAsync());
    }

    [Fact]
    public async Task OutletOperators_MayReadProducts_ButNotChangeThem()
    {
        var (_, _, client) = await App.OutletOperatorAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/card-products")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/card-products", Product(NewCode(), "7704"))).StatusCode);
    }
}

public sealed class CardProductsApiTests_Sqlite(SqliteDatabase db) : CardProductsApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardProductsApiTests_Postgres(PostgresDatabase db) : CardProductsApiTests(db), IClassFixture<PostgresDatabase>;
