using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Counter.Models;
using Admin.Kernel.Data;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Counter;

/// <summary>The customer API through the real host: create, scoping, search, versions, validation, balance postings.</summary>
public abstract class CustomersApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Create_ByOutletOperator_GetsACodeOfTheirOutletAndIsAudited()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();

        var customer = await client.CreateCustomerAsync("Li Na");

        var code = customer.GetProperty("code").GetString()!;
        Assert.StartsWith(outlet, code);
        Assert.Equal(14, code.Length);
        Assert.Equal(outlet, customer.GetProperty("outlet").GetString());
        Assert.Equal(0m, customer.GetProperty("balance").GetDecimal());
        Assert.Equal("1", customer.GetProperty("version").GetString());
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Module == "Counter" && e.Action == "Customer.Create" && e.EntityId == code)));
    }

    [Fact]
    public async Task Get_CustomerOfAnotherOutlet_Is404AndHiddenFromListAndSearch()
    {
        var (_, _, clientA) = await App.OutletOperatorAsync();
        var (_, _, clientB) = await App.OutletOperatorAsync();
        var name = "Scoped " + Guid.NewGuid().ToString("N")[..8];
        var customer = await clientA.CreateCustomerAsync(name);
        var id = customer.GetProperty("id").GetString();

        var own = await clientA.GetAsync($"/api/customers/{id}");
        var other = await clientB.GetAsync($"/api/customers/{id}");
        var otherPut = await clientB.PutAsJsonAsync($"/api/customers/{id}", new { type = "Individual", name = "Taken over", idType = "Passport", idNumber = "E1", version = "1" });
        var otherList = await clientB.GetFromJsonAsync<JsonElement>($"/api/customers?search={Uri.EscapeDataString(name)}");
        var ownList = await clientA.GetFromJsonAsync<JsonElement>($"/api/customers?search={Uri.EscapeDataString(name)}");
        var headOffice = await (await App.AdminApiClientAsync()).GetAsync($"/api/customers/{id}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPut.StatusCode);
        Assert.Empty(otherList.GetProperty("items").EnumerateArray());
        Assert.Single(ownList.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, headOffice.StatusCode);
    }

    [Fact]
    public async Task Create_ForAnotherOutlet_ByOutletOperator_Is400()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var other = await App.CreateOutletAsync();

        var response = await client.PostAsJsonAsync("/api/customers", new { type = "Individual", name = "Elsewhere", idType = "ResidentId", idNumber = CounterTestKit.NewResidentId(), outlet = other });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("customer.otherOutlet", await response.CodeAsync());
    }

    [Fact]
    public async Task Create_WrongResidentIdCheckCharacter_Is400WithAClearMessage()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await client.PostAsJsonAsync("/api/customers", new { type = "Individual", name = "Typo", idType = "ResidentId", idNumber = "110105194912310021" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("此居民身份证号码的校验位（最后一位）应为 X，请检查号码是否输错。", errors.GetProperty("idNumber")[0].GetString());
    }

    [Fact]
    public async Task Create_MissingFields_Is400WithAnErrorPerField()
    {
        var client = await App.AdminApiClientAsync();

        var response = await client.PostAsJsonAsync("/api/customers", new { type = "Robot", name = "", idType = "", phone = "call me" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "type", "name", "idType", "phone" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task Update_StaleVersion_Is409WithTheCurrentVersion()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = await client.CreateCustomerAsync();
        var id = customer.GetProperty("id").GetString();
        var idNumber = customer.GetProperty("idNumber").GetString();

        var first = await client.PutAsJsonAsync($"/api/customers/{id}", new { type = "Individual", name = "First edit", idType = "ResidentId", idNumber, version = "1" });
        var second = await client.PutAsJsonAsync($"/api/customers/{id}", new { type = "Individual", name = "Second edit", idType = "ResidentId", idNumber, version = "1" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("2", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("2", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString());
        Assert.Equal("First edit", (await client.GetFromJsonAsync<JsonElement>($"/api/customers/{id}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task List_SearchesCodeNamePhoneAndIdNumber_AndPagesByKeyset()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var a = await client.CreateCustomerAsync("Zhou One");
        var b = await client.CreateCustomerAsync("Zhou Two");
        var c = await client.CreateCustomerAsync("Zhou Three");

        var byId = await client.GetFromJsonAsync<JsonElement>($"/api/customers?search={b.GetProperty("idNumber").GetString()}");
        var byCode = await client.GetFromJsonAsync<JsonElement>($"/api/customers?search={c.GetProperty("code").GetString()}");
        var byPhone = await client.GetFromJsonAsync<JsonElement>("/api/customers?search=138%200013");
        var page1 = await client.GetFromJsonAsync<JsonElement>("/api/customers?search=Zhou&limit=2");
        var page2 = await client.GetFromJsonAsync<JsonElement>($"/api/customers?search=Zhou&limit=2&after={page1.GetProperty("next").GetString()}");

        Assert.Equal(b.GetProperty("code").GetString(), Assert.Single(byId.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(c.GetProperty("code").GetString(), Assert.Single(byCode.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(3, byPhone.GetProperty("items").GetArrayLength());
        Assert.Equal([a.GetProperty("code").GetString(), b.GetProperty("code").GetString()], page1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(c.GetProperty("code").GetString(), Assert.Single(page2.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("next").ValueKind);
        Assert.All(page1.GetProperty("items").EnumerateArray(), i => Assert.Equal(outlet, i.GetProperty("outlet").GetString()));
    }

    [Fact]
    public async Task BalanceAndHistory_AreTheLedgersCustomerAccount_NewestFirst_WithMemoAndReference()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var id = Guid.Parse((await client.CreateCustomerAsync()).GetProperty("id").GetString()!);
        var outletId = await App.WithDbAsync(d => d.Set<Customer>().Where(c => c.Id == id).Select(c => c.OutletId).SingleAsync());
        var account = AccountRef.Customer(id, outletId);
        var suspense = AccountRef.OfOutlet(AccountKind.Suspense, outletId);

        // As a money task would: entries on the customer's account (a credit, then a debit), with memo and reference.
        Assert.True((await App.PostAsync(LedgerKit.Move(suspense, account, 150.25m) with { Memo = "cheque cleared", Reference = "CHQ-1" })).Succeeded);
        Assert.True((await App.PostAsync(LedgerKit.Move(account, suspense, 50.25m) with { Memo = "cheque bounced after clearing", Reference = "CHQ-1" })).Succeeded);

        var customer = await client.GetFromJsonAsync<JsonElement>($"/api/customers/{id}");
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/balance-history");
        Assert.Equal(100.00m, customer.GetProperty("balance").GetDecimal());
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal(-50.25m, history[0].GetProperty("amount").GetDecimal());
        Assert.Equal(100.00m, history[0].GetProperty("balanceAfter").GetDecimal());
        Assert.Equal("cheque bounced after clearing", history[0].GetProperty("reason").GetString());
        Assert.Equal("CHQ-1", history[0].GetProperty("reference").GetString());
        Assert.Equal(150.25m, history[1].GetProperty("balanceAfter").GetDecimal());
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/customers?search={customer.GetProperty("code").GetString()}");
        Assert.Equal(100.00m, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("balance").GetDecimal());
    }
}

public sealed class CustomersApiTests_Sqlite(SqliteDatabase db) : CustomersApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class CustomersApiTests_Postgres(PostgresDatabase db) : CustomersApiTests(db), IClassFixture<PostgresDatabase>;
