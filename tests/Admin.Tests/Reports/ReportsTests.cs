using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Closes;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Admin.Tests.TopUps;

namespace Admin.Tests.Reports;

/// <summary>The period reports on the real host: figures against the ledger for planted top-ups, the drill-down, exports, scope, and long ranges as jobs.</summary>
public abstract class ReportsTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Takings_EqualTheLedger_ForCashAndTransferTopUpsAndACancel_DrillDownToTheReceipt_AndTheXlsxHasTheFilterRows()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (_, code) = await desk.CustomerAsync();
        var cash = await desk.TopUpAsync(new { customer = code, amount = 300.00m, paymentMethod = "Cash" });
        await desk.TopUpAsync(new { customer = code, amount = 200.00m, paymentMethod = "Transfer" });
        var mistaken = await desk.TopUpAsync(new { customer = code, amount = 50.00m, paymentMethod = "Cash" });
        (await desk.PostAsync($"/api/receipts/{mistaken.GetProperty("id").GetString()}/cancel", new { reason = "typed twice", review = desk.Review })).EnsureSuccessStatusCode();
        var (op, outlet) = await App.TillOfAsync(cash);
        var day = (await desk.Client.GetFromJsonAsync<JsonElement>("/api/closes/day")).GetProperty("day").GetString()!;
        var query = $"kind=takings&from={day}&to={day}&outlet={desk.Outlet}";

        var report = await (await desk.Admin.GetAsync($"/api/reports?{query}")).JsonAsync(HttpStatusCode.OK);
        var mine = await (await desk.Client.GetAsync($"/api/reports?kind=takings&from={day}&to={day}")).JsonAsync(HttpStatusCode.OK);
        var other = await App.OutletOperatorAsync();
        var hidden = await other.Client.GetAsync($"/api/reports?{query}");
        var backwards = await desk.Admin.GetAsync($"/api/reports?kind=takings&from={day}&to=2000-01-01&outlet={desk.Outlet}");
        var rows = report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("cells").EnumerateArray().Select(c => c.GetString()!).ToArray()).ToList();
        var drill = report.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("cells")[3].GetString() == "Cash" && r.GetProperty("cells")[4].GetString() == "Succeeded")
            .GetProperty("drill").GetString();
        var entries = await (await desk.Admin.GetAsync($"/api/reports/entries?{drill}")).JsonAsync(HttpStatusCode.OK);
        var entriesAll = await (await desk.Admin.GetAsync($"/api/reports/entries?outlet={desk.Outlet}&day={day}&method=Cash")).JsonAsync(HttpStatusCode.OK);
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var html = await screen.GetStringAsync($"/reports?{query}");
        var drillHtml = await screen.GetStringAsync($"/reports/entries?{drill}");
        var csv = Encoding.UTF8.GetString(await screen.GetByteArrayAsync($"/reports/export?format=csv&{query}"));
        var run = await (await desk.Admin.PostAsJsonAsync("/api/reports/runs", new { kind = "takings", from = day, to = day, outlet = desk.Outlet })).JsonAsync(HttpStatusCode.Created);
        var xlsx = await desk.Admin.GetAsync($"/api/reports/runs/{run.GetProperty("id").GetString()}/result?format=xlsx");
        var sheet = SheetXml(await xlsx.Content.ReadAsByteArrayAsync());
        var pdf = await desk.Admin.GetAsync($"/api/forms/report/{run.GetProperty("id").GetString()}.pdf");

        string Amount(string method, string status) => rows.Where(r => r[3] == method && r[4] == status).Select(r => r[6]).SingleOrDefault() ?? "none";
        Assert.Equal("300.00", Amount("Cash", "Succeeded"));
        Assert.Equal("200.00", Amount("Transfer", "Succeeded"));
        Assert.Equal("50.00", Amount("Cash", "Corrected"));
        Assert.Equal("-50.00", Amount("Cash", "Correction"));
        Assert.All(rows, r => Assert.Equal(desk.Outlet, r[0]));
        var tills = await App.BalanceAsync(AccountRef.Till(op, outlet, "Cash")) + await App.BalanceAsync(AccountRef.Till(op, outlet, "Transfer"));
        Assert.Equal(tills, decimal.Parse(report.GetProperty("totals")[6].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(500.00m, tills);
        Assert.Equal(rows.Count, mine.GetProperty("rows").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, hidden.StatusCode);
        Assert.Equal("reports.outletUnknown", await hidden.CodeAsync());
        Assert.Equal("reports.backwards", await backwards.CodeAsync());
        Assert.Equal(300.00m, entries.EnumerateArray().Single().GetProperty("amount").GetDecimal());
        Assert.Equal(cash.GetProperty("receipt").GetString(), entries.EnumerateArray().Single().GetProperty("reference").GetString());
        Assert.Equal(3, entriesAll.GetArrayLength());
        Assert.Contains("report-table", html);
        Assert.Contains("300.00", html);
        Assert.Contains($"/topups/receipts/{cash.GetProperty("id").GetString()}", drillHtml);
        Assert.Contains("Top-up reconciliation", csv);
        Assert.Contains(desk.Outlet, csv);
        Assert.Contains("300.00", csv);
        Assert.Equal(ReportXlsxType, xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Top-up reconciliation", sheet);
        Assert.Contains(desk.Outlet, sheet);
        Assert.Contains(day, sheet);
        Assert.Contains("Made at", sheet);
        Assert.Contains(">300<", sheet);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
    }

    [Fact]
    public async Task ALargeRange_RunsAsATrackedJob_WithProgress_AndTheResultIsKeptForDownload()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (_, code) = await desk.CustomerAsync();
        await desk.TopUpAsync(new { customer = code, amount = 80.00m, paymentMethod = "Cash" });
        var today = DateOnly.ParseExact((await desk.Client.GetFromJsonAsync<JsonElement>("/api/closes/day")).GetProperty("day").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = today.AddDays(-120).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var now = await desk.Client.GetAsync($"/api/reports?kind=takings&from={from}&to={to}");
        var queued = await (await desk.Client.PostAsJsonAsync("/api/reports/runs", new { kind = "takings", from, to })).JsonAsync(HttpStatusCode.Accepted);
        var id = queued.GetProperty("id").GetString();
        JsonElement run = queued;
        for (var i = 0; i < 240 && run.GetProperty("status").GetString() == "Queued"; i++)
        {
            await Task.Delay(500);
            run = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/reports/runs/{id}");
        }

        var notReady = queued.GetProperty("status").GetString();
        var result = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/reports/runs/{id}/result");
        var other = await App.OutletOperatorAsync();
        var hidden = await other.Client.GetAsync($"/api/reports/runs/{id}");
        var screen = await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password);
        var page = await screen.GetStringAsync($"/reports/runs/{id}");

        Assert.Equal("reports.useJob", await now.CodeAsync());
        Assert.Equal("Queued", notReady);
        Assert.Equal("Done", run.GetProperty("status").GetString());
        Assert.Equal(100, run.GetProperty("percent").GetInt32());
        Assert.Equal(121, run.GetProperty("total").GetInt32());
        Assert.Equal("80.00", result.GetProperty("totals")[6].GetString());
        Assert.Equal(121, result.GetProperty("chart").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Contains("run-xlsx", page);
    }

    private const string ReportXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The first worksheet's XML of an XLSX (a zip): what a spreadsheet program reads.</summary>
    private static string SheetXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}

public sealed class ReportsTests_Sqlite(SqliteDatabase db) : ReportsTests(db), IClassFixture<SqliteDatabase>;

public sealed class ReportsTests_Postgres(PostgresDatabase db) : ReportsTests(db), IClassFixture<PostgresDatabase>;
