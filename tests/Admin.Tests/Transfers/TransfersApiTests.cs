using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.CustomerAccounts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Admin.Tests.TopUps;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Transfers;

/// <summary>Manual transfers through the API on the real host: head-office review, ledger, both histories, audit.</summary>
public abstract class TransfersApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Transfer_IsAlwaysReviewedByHeadOffice_ShowsInBothHistoriesWithTheReason_AndNeverTakesTheSourceBelowZero()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (fromId, fromCode) = await desk.CustomerAsync();
        var (toId, toCode) = await desk.CustomerAsync();
        var outlet = await App.OutletOfAsync(fromId);
        await App.FundAsync(AccountRef.Customer(fromId, outlet), 100m);
        var reviewer = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, CounterTestKit.Password, "Reviewer");
        var review = new { loginName = reviewer, password = CounterTestKit.Password };
        const string reason = "misdirected arrival, bank slip 4471";
        object Body(decimal amount, object? r = null) => new { fromCustomer = fromCode, toCustomer = toCode, amount, reason, review = r };

        var byOutlet = await desk.PostAsync("/api/transfers", Body(10m, desk.Review));
        var asked = await (await desk.Admin.PostKeyedAsync("/api/transfers", Body(60m))).Json((HttpStatusCode)428);
        var self = await (await desk.Admin.PostKeyedAsync("/api/transfers", Body(60m, new { loginName = "admin", password = AdminAppFactory.AdminPassword }))).Json(HttpStatusCode.Forbidden);
        var outletReviewer = await (await desk.Admin.PostKeyedAsync("/api/transfers", Body(60m, new { loginName = $"{desk.Outlet}/{desk.Colleague}", password = CounterTestKit.Password }))).Json(HttpStatusCode.Forbidden);
        var made = await (await desk.Admin.PostKeyedAsync("/api/transfers", Body(60m, review))).Json(HttpStatusCode.Created);
        var tooMuch = await (await desk.Admin.PostKeyedAsync("/api/transfers", Body(50m, review))).Json(HttpStatusCode.Conflict);
        var noReason = await (await desk.Admin.PostKeyedAsync("/api/transfers", new { fromCustomer = fromCode, toCustomer = fromCode, amount = 0m })).Json(HttpStatusCode.BadRequest);
        var fromHistory = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/customers/{fromId}/balance-history");
        var toHistory = await desk.Client.GetFromJsonAsync<JsonElement>($"/api/customers/{toId}/balance-history");
        var switchOff = await desk.Admin.PutAsJsonAsync("/api/reviews/points/Transfers.Manual", new { enabled = false, version = "0" });

        Assert.Equal(HttpStatusCode.Forbidden, byOutlet.StatusCode);
        Assert.Equal("Transfers.Manual", asked.GetProperty("reviewPoint").GetString());
        Assert.Equal("review.checkerIsMaker", self.GetProperty("code").GetString());
        Assert.Equal("review.otherOutlet", outletReviewer.GetProperty("code").GetString());
        Assert.Equal(60.00m, made.GetProperty("amount").GetDecimal());
        Assert.Equal(reviewer, made.GetProperty("reviewer").GetString());
        Assert.StartsWith(AdminAppFactory.HeadOffice + "-MT", made.GetProperty("number").GetString());
        Assert.Equal("transfers.fundsShort", tooMuch.GetProperty("code").GetString());
        Assert.Contains(fromCode, tooMuch.GetProperty("detail").GetString());
        Assert.Equal("customer " + fromCode, tooMuch.GetProperty("account").GetString());
        var errors = noReason.GetProperty("errors");
        Assert.True(errors.TryGetProperty("reason", out _), noReason.ToString());
        Assert.True(errors.TryGetProperty("amount", out _), noReason.ToString());
        Assert.True(errors.TryGetProperty("toCustomer", out _), noReason.ToString());
        Assert.Equal(40m, await App.CustomerBalanceAsync(fromId));
        Assert.Equal(60m, await App.CustomerBalanceAsync(toId));
        var fromRow = fromHistory.EnumerateArray().First();
        var toRow = toHistory.EnumerateArray().First();
        Assert.Equal(-60m, fromRow.GetProperty("amount").GetDecimal());
        Assert.Contains(reason, fromRow.GetProperty("reason").GetString());
        Assert.Equal(60m, toRow.GetProperty("amount").GetDecimal());
        Assert.Contains(reason, toRow.GetProperty("reason").GetString());
        Assert.Equal(made.GetProperty("number").GetString(), toRow.GetProperty("reference").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, switchOff.StatusCode);
        Assert.Equal("reviewPoint.alwaysOn", await switchOff.CodeAsync());
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Transfer.Make" && e.EntityId == made.GetProperty("number").GetString())));
        var listed = await desk.Admin.GetFromJsonAsync<JsonElement>($"/api/transfers/{made.GetProperty("id").GetString()}");
        Assert.Equal(reason, listed.GetProperty("reason").GetString());
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task Screen_AsksTheHeadOfficeReviewOverTheForm_ThenShowsTheTransfer()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var (fromId, fromCode) = await desk.CustomerAsync();
        var (_, toCode) = await desk.CustomerAsync();
        await App.FundAsync(AccountRef.Customer(fromId, await App.OutletOfAsync(fromId)), 30m);
        var reviewer = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, CounterTestKit.Password, "Reviewer");
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var fields = new Dictionary<string, string> { ["FromCustomer"] = fromCode, ["ToCustomer"] = toCode, ["Amount"] = "12.50", ["Reason"] = "court order 2026-17" };

        var asked = await AdminAppFactory.PostFormAsync(screen, "/transfers/new", "/transfers/new", new(fields));
        var askedPage = await asked.Content.ReadAsStringAsync();
        fields["Review.LoginName"] = reviewer;
        fields["Review.Password"] = CounterTestKit.Password;
        var done = await AdminAppFactory.PostFormAsync(screen, "/transfers/new", "/transfers/new", new(fields));
        var details = await screen.GetStringAsync(done.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("review", askedPage, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("court order 2026-17", details);
        Assert.Contains(reviewer, details);
    }
}

public sealed class TransfersApiTests_Sqlite(SqliteDatabase db) : TransfersApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class TransfersApiTests_Postgres(PostgresDatabase db) : TransfersApiTests(db), IClassFixture<PostgresDatabase>;
