using System.Net;
using System.Net.Http.Json;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Counter;

/// <summary>The home chart of today's counter tasks per outlet, through the real host.</summary>
public abstract class CounterHomeChartTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Home_ShowsTodaysCollectionsOfTheOperatorsOutletOnly()
    {
        var (outlet, login, api) = await App.OutletOperatorAsync();
        var (otherOutlet, _, otherApi) = await App.OutletOperatorAsync();
        foreach (var client in new[] { api, otherApi })
        {
            var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
            var r = await client.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Cash", items = new[] { new { fee = "SERVICE", quantity = 1, collected = 10m } } });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }

        var screen = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);
        var home = await screen.GetStringAsync("/");
        var admin = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var headOfficeHome = await admin.GetStringAsync("/");

        Assert.Contains("Today&#x27;s counter tasks per outlet", home);
        Assert.Contains(outlet, home);
        Assert.DoesNotContain(otherOutlet, home);
        Assert.Contains(outlet, headOfficeHome);
        Assert.Contains(otherOutlet, headOfficeHome);
    }
}

public sealed class CounterHomeChartTests_Sqlite(SqliteDatabase db) : CounterHomeChartTests(db), IClassFixture<SqliteDatabase>;

public sealed class CounterHomeChartTests_Postgres(PostgresDatabase db) : CounterHomeChartTests(db), IClassFixture<PostgresDatabase>;
