using System.Net;
using System.Net.Http.Json;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Kernel;

/// <summary>Home-page charts (SCREENS.md): shown to operators holding the chart's permission, only while its module is on.</summary>
public abstract class HomeChartTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Chart_ShowsRealCounts_ToPermittedOperators_WhileTheModuleIsOn()
    {
        var admin = await App.AdminApiClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/modules", new { id = "Sample", enabled = true })).StatusCode);
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, "Counter2024", "Outlet operator");

        var screens = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var home = await screens.GetStringAsync("/");
        Assert.Contains("Sample outlets by type", home);
        Assert.Contains("<svg viewBox=", home);
        Assert.Matches(@"<th scope=""row"">HeadOffice</th>\s*<td>1</td>", home);

        // An operator without Sample.Use does not see it.
        var counter = await App.ScreenClientAsync(outlet, login, "Counter2024");
        Assert.DoesNotContain("Sample outlets by type", await counter.GetStringAsync("/"));

        // Switched off, it is gone for everyone.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/modules", new { id = "Sample", enabled = false })).StatusCode);
        Assert.DoesNotContain("Sample outlets by type", await screens.GetStringAsync("/"));
    }

    [Fact]
    public async Task CounterChart_CountsEveryTaskKind_ChequesToo()
    {
        var (outlet, _, api) = await Admin.Tests.Counter.CounterTestKit.OutletOperatorAsync(App);
        var customer = (await Admin.Tests.Counter.CounterTestKit.CreateCustomerAsync(api)).GetProperty("code").GetString()!;
        var collected = await api.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m } } });
        Assert.Equal(HttpStatusCode.Created, collected.StatusCode);
        await Admin.Tests.Cheques.ChequeTestKit.ReceiveAsync(api, customer, 500.00m);
        await Admin.Tests.Cheques.ChequeTestKit.ReceiveAsync(api, customer, 600.00m);

        var home = await (await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword)).GetStringAsync("/");
        var row = System.Text.RegularExpressions.Regex.Match(home, $@"<th scope=""row"">{outlet}</th>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(row.Success, "the outlet has no bar in today's counter tasks");
        var counts = System.Text.RegularExpressions.Regex.Matches(row.Groups[1].Value, @"<td>(\d+)</td>").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, counts.Sum()); // one fee collection and two cheques, counted by kind
        Assert.Contains(2, counts);
    }

    [Fact]
    public async Task Chart_InChinese_TranslatesTheFrame()
    {
        var admin = await App.AdminApiClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/modules", new { id = "Sample", enabled = true })).StatusCode);
        var screens = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        screens.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var home = await screens.GetStringAsync("/");

        Assert.Contains("ta-chart", home);
        Assert.DoesNotContain(">Details</a>", home);
        Assert.Contains("网点</li>", home); // the series name, translated
    }
}

public sealed class HomeChartTests_Sqlite(SqliteDatabase db) : HomeChartTests(db), IClassFixture<SqliteDatabase>;

public sealed class HomeChartTests_Postgres(PostgresDatabase db) : HomeChartTests(db), IClassFixture<PostgresDatabase>;
