using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Allocations.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Allocations;

/// <summary>Pre-allocation and its templates through the API on the real host and ledger.</summary>
public abstract class AllocationsApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Allocate_ToThreeSecondaryCards_OneEntryDebitsTheCustomerAndCreditsEachCard()
    {
        var w = await AllocationWorld.CreateAsync(App);

        var body = await w.AllocateAsync((1, 100m), (2, 250.50m), (3, 49.50m));

        Assert.Equal(400m, body.GetProperty("total").GetDecimal());
        Assert.Equal([100m, 250.50m, 49.50m], body.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("balance").GetDecimal()));
        Assert.Equal(600m, await w.CustomerBalanceAsync(App));
        Assert.Equal(250.50m, (await w.CardAsync(App, w.Card(2))).Card);
        var entry = body.GetProperty("ledgerEntry").GetInt64();
        var lines = await App.WithDbAsync(d => d.Set<Admin.Modules.Ledger.Models.LedgerLine>().CountAsync(l => l.EntryId == entry));
        Assert.Equal(4, lines);
        var id = body.GetProperty("id").GetString();
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.Action == "Allocation.Post" && e.EntityId == id)));
        var again = await w.Desk.Client.GetFromJsonAsync<JsonElement>($"/api/allocations/{id}");
        Assert.Equal(w.Customer, again.GetProperty("customer").GetString());
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task Allocate_ByThePresentedPrimaryCard_FindsTheCustomer()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 1);

        var body = await (await w.Desk.PostAsync("/api/allocations", new { primaryCard = w.PrimaryCard, cards = new[] { new { card = w.Card(1), amount = 80m } } })).Created();

        Assert.Equal(w.Customer, body.GetProperty("customer").GetString());
        Assert.Equal(w.PrimaryCard, body.GetProperty("primaryCard").GetString());
        Assert.Equal(920m, await w.CustomerBalanceAsync(App));
    }

    [Fact]
    public async Task Allocate_BadCards_AllErrorsAtOnce_AndNothingMoves()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 2);
        var other = await AllocationWorld.CreateAsync(App, secondaries: 1, funds: 0);

        var response = await w.Desk.PostAsync("/api/allocations", new
        {
            customer = w.Customer,
            cards = new object[]
            {
                new { card = w.PrimaryCard, amount = 10m }, new { card = w.Card(1), amount = 0m }, new { card = w.Card(2), amount = 10.001m },
                new { card = other.Card(1), amount = 10m }, new { card = "1234", amount = 10m }, new { card = w.Card(2), amount = 5m },
            },
        });
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("cards[0].card", out _), problem.ToString());
        Assert.True(errors.TryGetProperty("cards[1].amount", out _));
        Assert.True(errors.TryGetProperty("cards[2].amount", out _));
        Assert.True(errors.TryGetProperty("cards[3].card", out _));
        Assert.True(errors.TryGetProperty("cards[4].card", out _));
        Assert.True(errors.TryGetProperty("cards[5].card", out _));
        Assert.Equal(1000m, await w.CustomerBalanceAsync(App));
        Assert.Equal(0, await App.WithDbAsync(d => d.Set<Allocation>().CountAsync(a => a.CustomerId == w.CustomerId)));
    }

    [Fact]
    public async Task Allocate_AboveTheCardCap_Is422_MoreThanTheCustomerHas_Is409_NothingMoves()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 2, funds: 6000m);

        var aboveCap = await w.Desk.PostAsync("/api/allocations", new { customer = w.Customer, cards = new[] { new { card = w.Card(1), amount = 5000.01m } } });
        var capProblem = await aboveCap.JsonAsync(HttpStatusCode.UnprocessableEntity);
        var tooMuch = await w.Desk.PostAsync("/api/allocations", new { customer = w.Customer, cards = new[] { new { card = w.Card(1), amount = 4000m }, new { card = w.Card(2), amount = 2000.01m } } });

        Assert.Equal("allocations.aboveCap", capProblem.GetProperty("code").GetString());
        Assert.Equal((HttpStatusCode)409, tooMuch.StatusCode);
        Assert.Equal("ledger.insufficientFunds", await tooMuch.CodeAsync());
        Assert.Equal(6000m, await w.CustomerBalanceAsync(App));
        Assert.Equal(0m, (await w.CardAsync(App, w.Card(1))).Card);
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task Allocate_SameKeyTwice_MovesTheMoneyOnce()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 1);
        var body = new { customer = w.Customer, cards = new[] { new { card = w.Card(1), amount = 10m } } };
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/allocations") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "alloc-" + w.Customer);
            return await w.Desk.Client.SendAsync(request);
        }

        var first = await (await Send()).Created();
        var second = await (await Send()).Created();

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(990m, await w.CustomerBalanceAsync(App));
    }

    [Fact]
    public async Task Allocate_OtherOutletsCustomer_IsNotFound_AndHeadOfficeHasNoCounter()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 1);
        var (_, _, stranger) = await App.OutletOperatorAsync();

        var foreign = await IssuingTestKit.PostKeyedAsync(stranger, "/api/allocations", new { customer = w.Customer, cards = new[] { new { card = w.Card(1), amount = 10m } } });
        var headOffice = await IssuingTestKit.PostKeyedAsync(w.Desk.Admin, "/api/allocations", new { customer = w.Customer, cards = new[] { new { card = w.Card(1), amount = 10m } } });
        var created = await w.AllocateAsync((1, 5m));
        var read = await stranger.GetAsync($"/api/allocations/{created.GetProperty("id").GetString()}");

        Assert.Equal("allocations.customerNotFound", await foreign.CodeAsync());
        Assert.Equal(HttpStatusCode.Conflict, headOffice.StatusCode);
        Assert.Equal("allocations.outletOnly", await headOffice.CodeAsync());
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Templates_CreateApplyEditDelete_SharesSplitToTheFen_EditsAudited_StaleVersionIs409()
    {
        var w = await AllocationWorld.CreateAsync(App);
        var url = $"/api/customers/{w.Customer}/allocation-templates";
        var shares = await (await w.Desk.Client.PostAsJsonAsync(url, new
        {
            name = "Fleet thirds", mode = "Share", lines = new[] { new { card = w.Card(1), value = 1m }, new { card = w.Card(2), value = 1m }, new { card = w.Card(3), value = 1m } },
        })).Created();
        var amounts = await (await w.Desk.Client.PostAsJsonAsync(url, new
        {
            name = "Monthly", lines = new[] { new { card = w.Card(1), value = 200m }, new { card = w.Card(3), value = 50m } },
        })).Created();
        var duplicate = await w.Desk.Client.PostAsJsonAsync(url, new { name = "Monthly", lines = new[] { new { card = w.Card(2), value = 1m } } });

        var applied = await (await w.Desk.PostAsync("/api/allocations", new { customer = w.Customer, template = "Fleet thirds", total = 100m })).Created();
        var noTotal = await w.Desk.PostAsync("/api/allocations", new { customer = w.Customer, template = shares.GetProperty("id").GetString() });
        var byAmounts = await (await w.Desk.PostAsync("/api/allocations", new { customer = w.Customer, template = amounts.GetProperty("id").GetString() })).Created();

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal([33.34m, 33.33m, 33.33m], applied.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("amount").GetDecimal()));
        Assert.Equal("Fleet thirds", applied.GetProperty("templateName").GetString());
        Assert.Equal("allocations.templateTotalRequired", await noTotal.CodeAsync());
        Assert.Equal(250m, byAmounts.GetProperty("total").GetDecimal());
        Assert.Equal(650m, await w.CustomerBalanceAsync(App));

        var id = amounts.GetProperty("id").GetString();
        var version = amounts.GetProperty("version").GetString();
        var edited = await (await w.Desk.Client.PutAsJsonAsync($"/api/allocation-templates/{id}", new
        {
            name = "Monthly", mode = "Amount", version, lines = new[] { new { card = w.Card(2), value = 70m } },
        })).JsonAsync(HttpStatusCode.OK);
        var stale = await w.Desk.Client.PutAsJsonAsync($"/api/allocation-templates/{id}", new { name = "Monthly", version, lines = new[] { new { card = w.Card(2), value = 1m } } });
        var staleProblem = await stale.JsonAsync(HttpStatusCode.Conflict);
        var (_, _, stranger) = await App.OutletOperatorAsync();
        var foreign = await stranger.GetAsync($"/api/allocation-templates/{id}");
        var listed = await w.Desk.Client.GetFromJsonAsync<JsonElement>(url);
        var deleted = await w.Desk.Client.DeleteAsync($"/api/allocation-templates/{id}?version={edited.GetProperty("version").GetString()}");

        Assert.Equal([w.Card(2)], edited.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("card").GetString()));
        Assert.Equal(edited.GetProperty("version").GetString(), staleProblem.GetProperty("version").GetString());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(["Fleet thirds", "Monthly"], listed.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var actions = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.EntityId == id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Template.Create", "Template.Delete", "Template.Update"], actions.Order());
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task Templates_BadInput_AllErrorsAtOnce()
    {
        var w = await AllocationWorld.CreateAsync(App, secondaries: 1, funds: 0);

        var response = await w.Desk.Client.PostAsJsonAsync($"/api/customers/{w.Customer}/allocation-templates", new
        {
            name = "", mode = "Halves", lines = new[] { new { card = w.PrimaryCard, value = 1m }, new { card = w.Card(1), value = -1m } },
        });
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _), problem.ToString());
        Assert.True(errors.TryGetProperty("mode", out _));
        Assert.True(errors.TryGetProperty("lines[0].card", out _));
        Assert.True(errors.TryGetProperty("lines[1].value", out _));
    }
}

public sealed class AllocationsApiTests_Sqlite(SqliteDatabase db) : AllocationsApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class AllocationsApiTests_Postgres(PostgresDatabase db) : AllocationsApiTests(db), IClassFixture<PostgresDatabase>;
