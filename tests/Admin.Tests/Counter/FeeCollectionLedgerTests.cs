using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Counter.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Counter;

/// <summary>Fee collection on the ledger: its entry (till, fee income, the deposit held for the customer) and its idempotency key.</summary>
public abstract class FeeCollectionLedgerTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static object Body(string customer) => new
    {
        customer, paymentMethod = "BankCard",
        items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m }, new { fee = "DEPOSIT", quantity = 2, collected = 60.00m }, new { fee = "SERVICE", quantity = 1, collected = 10.00m } },
    };

    [Fact]
    public async Task ACollection_PostsTill_FeeIncome_AndTheDepositHeldForTheCustomer_Once_ForTheSameKey()
    {
        var (_, login, client) = await App.OutletOperatorAsync();
        var created = await client.CreateCustomerAsync();
        var customer = Guid.Parse(created.GetProperty("id").GetString()!);
        var (outlet, operatorId) = await App.WithDbAsync(async d => (
            await d.Set<Customer>().Where(c => c.Id == customer).Select(c => c.OutletId).SingleAsync(),
            await d.Database.SqlQueryRaw<Guid>("""SELECT "Id" AS "Value" FROM "Operators_Operators" WHERE "LoginName" = {0}""", login).SingleAsync()));

        var key = Guid.NewGuid().ToString("N");
        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/counter/fee-collections") { Content = JsonContent.Create(Body(created.GetProperty("code").GetString()!)) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        var first = await SendAsync();
        var again = await SendAsync();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        var receipt = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetString();
        Assert.Equal(receipt, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetString());
        Assert.Equal(90.00m, await App.BalanceAsync(AccountRef.Till(operatorId, outlet, "BankCard")));
        Assert.Equal(30.00m, await App.BalanceAsync(AccountRef.OfOutlet(AccountKind.FeeIncome, outlet)));
        Assert.Equal(60.00m, await App.BalanceAsync(AccountRef.CustomerDeposit(customer, outlet)));
        Assert.Equal(0m, await App.CustomerBalanceAsync(customer));
        var entries = await App.WithDbAsync(d => d.Set<Admin.Modules.Ledger.Models.LedgerEntry>().Where(e => e.TaskType == "Counter.FeeCollection" && e.Reference == receipt).CountAsync());
        Assert.Equal(1, entries);
        await App.AssertIntactAsync(await App.AdminApiClientAsync());
    }

    [Fact]
    public async Task ACollection_WithoutAKey_Is400_AndWritesNothing()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var code = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        using var bare = App.CreateClient();
        bare.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        var before = await App.TableCountsAsync();

        var response = await bare.PostAsJsonAsync("/api/counter/fee-collections", Body(code));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("idempotency.keyRequired", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(before, await App.TableCountsAsync());
    }
}

public sealed class FeeCollectionLedgerTests_Sqlite(SqliteDatabase db) : FeeCollectionLedgerTests(db), IClassFixture<SqliteDatabase>;

public sealed class FeeCollectionLedgerTests_Postgres(PostgresDatabase db) : FeeCollectionLedgerTests(db), IClassFixture<PostgresDatabase>;
