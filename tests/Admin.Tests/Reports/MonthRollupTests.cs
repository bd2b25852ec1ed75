using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Closes.Models;
using Admin.Modules.Outlets.Models;
using Admin.Tests.Closes;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.TopUps;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Reports;

/// <summary>
/// The month report rolled up (月结汇总, manual 5.3): a branch user (分公司, like the demo's 44010000/gzbranch, an auditor) sees
/// its own outlets with a branch total, never a sibling branch's; head office sees every branch and the network total; the
/// totals are the sums of the rows; the XLSX opens with the same figures.
/// </summary>
public abstract class MonthRollupTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private async Task<(string Outlet, IssuingDesk Desk)> DeskAtAsync(string outlet, HttpClient admin)
    {
        var (_, login, client) = await App.OutletOperatorAsync(outlet);
        return (outlet, new IssuingDesk(outlet, login, client, await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator"), admin));
    }

    private static async Task TopUpAsync(IssuingDesk desk, decimal amount, string method)
    {
        var (_, code) = await desk.CustomerAsync();
        await desk.TopUpAsync(new { customer = code, amount, paymentMethod = method });
    }

    private static List<string[]> Rows(JsonElement report) =>
        report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("cells").EnumerateArray().Select(c => c.GetString()!).ToArray()).ToList();

    private static decimal Num(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public async Task ABranchUser_SeesItsOutletsMonthRolledUpWithTheBranchTotal_HeadOfficeEveryBranchAndTheNetwork_AndTheXlsxOpens()
    {
        var admin = await App.AdminApiClientAsync();
        var branch = await App.CreateOutletAsync(OutletType.Branch);
        var sibling = await App.CreateOutletAsync(OutletType.Branch);
        var (a1, deskA1) = await DeskAtAsync(await App.CreateOutletAsync(parent: branch), admin);
        var (a2, deskA2) = await DeskAtAsync(await App.CreateOutletAsync(parent: branch), admin);
        var quiet = await App.CreateOutletAsync(parent: branch);
        var (b1, deskB1) = await DeskAtAsync(await App.CreateOutletAsync(parent: sibling), admin);
        await TopUpAsync(deskA1, 300.00m, "Cash");
        await TopUpAsync(deskA1, 120.00m, "Transfer");
        await TopUpAsync(deskA2, 200.00m, "Cash");
        await TopUpAsync(deskB1, 250.00m, "Cash");
        var today = DateOnly.ParseExact((await deskA1.Client.GetFromJsonAsync<JsonElement>("/api/closes/day")).GetProperty("day").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var first = new DateOnly(today.Year, today.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        // One closed day of the month at A1 (the count the report shows; a planted row, the close itself is Closes' own test).
        var a1Id = await App.WithDbAsync(d => d.Set<Outlet>().Where(o => o.Code == a1).Select(o => o.Id).SingleAsync());
        await App.WithDbAsync(async d =>
        {
            d.Add(new DayClose { OutletId = a1Id, OutletCode = a1, Day = first, ClosedAt = DateTime.UtcNow, ClosedBy = "planted", Hash = new string('0', 64) });
            return await d.SaveChangesAsync();
        });
        var branchLogin = await App.CreateOperatorAsync(branch, CounterTestKit.Password, "Auditor");
        var branchUser = await App.ApiClientAsync(branch, branchLogin, CounterTestKit.Password);
        var query = $"kind=branches&from={first:yyyy-MM-dd}&to={last:yyyy-MM-dd}";

        var mine = await (await branchUser.GetAsync($"/api/reports?{query}")).JsonAsync(HttpStatusCode.OK);
        var network = await (await admin.GetAsync($"/api/reports?{query}")).JsonAsync(HttpStatusCode.OK);
        var foreign = await branchUser.GetAsync($"/api/reports?{query}&outlet={b1}");
        var screen = await App.ScreenClientAsync(branch, branchLogin, CounterTestKit.Password);
        var html = await screen.GetStringAsync($"/reports?{query}");
        var xlsx = await screen.GetAsync($"/reports/export?format=xlsx&{query}");

        // The branch user's report: its three outlets (the quiet one with zeros), the branch total, nothing of the sibling branch.
        var columns = mine.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();
        var rows = Rows(mine);
        int Col(string title) => columns.IndexOf(title);
        var outletRows = rows.Where(r => r[0] == "Outlet").ToList();
        Assert.Equal(new[] { a1, a2, quiet }.Order(StringComparer.Ordinal), outletRows.Select(r => r[Col("Outlet")]));
        Assert.All(outletRows, r => Assert.Equal(branch, r[Col("Branch")]));
        Assert.DoesNotContain(rows, r => r.Contains(b1) || r.Contains(sibling));
        var a1Row = outletRows.Single(r => r[Col("Outlet")] == a1);
        Assert.Equal(("300.00", "120.00", "420.00", "1"), (a1Row[Col("Cash")], a1Row[Col("Transfer")], a1Row[Col("Net takings")], a1Row[Col("Days closed")]));
        Assert.Equal("0.00", outletRows.Single(r => r[Col("Outlet")] == quiet)[Col("Net takings")]);
        var branchTotal = rows.Single(r => r[0] == "Branch total");
        Assert.Equal(branch, branchTotal[Col("Branch")]);
        var totals = mine.GetProperty("totals").EnumerateArray().Select(c => c.GetString()!).ToArray();
        foreach (var c in new[] { "Entries", "Cash", "Transfer", "Net takings" })
        {
            Assert.Equal(outletRows.Sum(r => Num(r[Col(c)])), Num(branchTotal[Col(c)]));
            Assert.Equal(outletRows.Sum(r => Num(r[Col(c)])), Num(totals[Col(c)]));
        }

        Assert.Equal(620.00m, Num(totals[Col("Net takings")]));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal("reports.outletUnknown", await foreign.CodeAsync());

        // Head office: both branches, each with its total; the network total is the sum of every outlet row (and of the branch totals).
        var all = Rows(network);
        var netColumns = network.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();
        var net = netColumns.IndexOf("Net takings");
        Assert.Equal(420.00m + 200.00m, Num(all.Single(r => r[0] == "Branch total" && r[1] == branch)[net]));
        Assert.Equal(250.00m, Num(all.Single(r => r[0] == "Branch total" && r[1] == sibling)[net]));
        var networkTotal = Num(network.GetProperty("totals")[net].GetString()!);
        Assert.Equal(all.Where(r => r[0] == "Outlet").Sum(r => Num(r[net])), networkTotal);
        Assert.Equal(all.Where(r => r[0] == "Branch total").Sum(r => Num(r[net])), networkTotal);

        // The screen and the XLSX: a real workbook with the filter rows and the figures as numbers.
        Assert.Contains("report-table", html);
        Assert.Contains("Branch total", html);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("Month report by outlet and branch", xml);
        Assert.Contains(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), xml);
        Assert.Contains(a1, xml);
        Assert.Contains(">420<", xml);
        Assert.Contains(">620<", xml);
        Assert.DoesNotContain(b1, xml);
    }
}

public sealed class MonthRollupTests_Sqlite(SqliteDatabase db) : MonthRollupTests(db), IClassFixture<SqliteDatabase>;

public sealed class MonthRollupTests_Postgres(PostgresDatabase db) : MonthRollupTests(db), IClassFixture<PostgresDatabase>;
