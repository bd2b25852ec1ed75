using System.Net;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.CustomerAccounts;

/// <summary>Customer arrivals: recorded into suspense, matched once, one bank reference once, another outlet's 404.</summary>
public abstract class ArrivalsApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static string NewReference() => "TR" + Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();

    [Fact]
    public async Task Arrival_WaitsInSuspense_IsMatchedOnce_AndTheSameKeyReplaysWithoutCreditingTwice()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var admin = await App.AdminApiClientAsync();
        var customer = await App.NewCustomerAsync(client);
        var reference = NewReference();
        var suspense = AccountRef.OfOutlet(AccountKind.Suspense, customer.OutletId);
        var suspenseBefore = await App.BalanceAsync(suspense);

        var recorded = await (await client.PostKeyedAsync("/api/arrivals", new { amount = 1234.50m, bankReference = reference.ToLowerInvariant(), payer = "Guangzhou Haulage Co.", receivedOn = "2026-01-05" })).Json(HttpStatusCode.Created);
        var duplicate = await (await client.PostKeyedAsync("/api/arrivals", new { amount = 10m, bankReference = " " + reference, payer = "Someone", receivedOn = "2026-01-05" })).Json(HttpStatusCode.Conflict);
        var id = recorded.GetProperty("id").GetString();
        var inSuspense = await App.BalanceAsync(suspense);
        var listed = await (await client.GetAsync("/api/arrivals?status=Unmatched")).Json(HttpStatusCode.OK);
        var key = Guid.NewGuid().ToString("N");
        var matched = await (await client.PostKeyedAsync($"/api/arrivals/{id}/match", new { customer = customer.Code }, key)).Json(HttpStatusCode.OK);
        var replay = await (await client.PostKeyedAsync($"/api/arrivals/{id}/match", new { customer = customer.Code }, key)).Json(HttpStatusCode.OK);
        var again = await (await client.PostKeyedAsync($"/api/arrivals/{id}/match", new { customer = customer.Code })).Json(HttpStatusCode.Conflict);

        Assert.Equal("Unmatched", recorded.GetProperty("status").GetString());
        Assert.Equal(reference, recorded.GetProperty("bankReference").GetString());
        Assert.Equal("customerAccounts.referenceTaken", duplicate.GetProperty("code").GetString());
        Assert.Equal(suspenseBefore - 1234.50m, inSuspense);
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Equal("Matched", matched.GetProperty("status").GetString());
        Assert.Equal(customer.Code, matched.GetProperty("customer").GetString());
        Assert.Equal(matched.ToString(), replay.ToString());
        Assert.Equal("customerAccounts.arrivalMatched", again.GetProperty("code").GetString());
        Assert.Equal(customer.Code, again.GetProperty("customer").GetString());
        Assert.Equal(1234.50m, await App.CustomerBalanceAsync(customer.Id));
        Assert.Equal(suspenseBefore, await App.BalanceAsync(suspense));
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Arrival.Match" && e.EntityId == recorded.GetProperty("reference").GetString())));
        await App.AssertIntactAsync(admin);
    }

    [Fact]
    public async Task AnotherOutletsArrival_Is404_HeadOfficeRecordsAndMatchesToAnyCustomer_AndBadInputNamesEveryField()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var (_, _, stranger) = await App.OutletOperatorAsync();
        var admin = await App.AdminApiClientAsync();
        var customer = await App.NewCustomerAsync(client);
        var recorded = await (await client.PostKeyedAsync("/api/arrivals", new { amount = 50m, bankReference = NewReference(), payer = "Payer", receivedOn = "2026-01-05" })).Json(HttpStatusCode.Created);
        var id = recorded.GetProperty("id").GetString();

        var foreignGet = await stranger.GetAsync($"/api/arrivals/{id}");
        var foreignMatch = await stranger.PostKeyedAsync($"/api/arrivals/{id}/match", new { customer = customer.Code });
        var bad = await (await client.PostKeyedAsync("/api/arrivals", new { amount = 0m, bankReference = " ", payer = "", receivedOn = "2999-01-01" })).Json(HttpStatusCode.BadRequest);
        var atHeadOffice = await (await admin.PostKeyedAsync("/api/arrivals", new { amount = 70m, bankReference = NewReference(), payer = "Payer", receivedOn = "2026-01-06", customer = customer.Code })).Json(HttpStatusCode.Created);
        var seenByHeadOffice = await admin.GetAsync($"/api/arrivals/{id}");

        Assert.Equal(HttpStatusCode.NotFound, foreignGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignMatch.StatusCode);
        var errors = bad.GetProperty("errors");
        foreach (var field in new[] { "amount", "bankReference", "payer", "receivedOn" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field}: {errors}");
        }

        Assert.Equal("Matched", atHeadOffice.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, seenByHeadOffice.StatusCode);
        Assert.Equal(70m, await App.CustomerBalanceAsync(customer.Id));
        await App.AssertIntactAsync(admin);
    }
}

public sealed class ArrivalsApiTests_Sqlite(SqliteDatabase db) : ArrivalsApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class ArrivalsApiTests_Postgres(PostgresDatabase db) : ArrivalsApiTests(db), IClassFixture<PostgresDatabase>;
