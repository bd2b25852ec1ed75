using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Cheques;

/// <summary>Operators settling the same cheques at once: exactly one wins each transition, no credit applied twice or lost.</summary>
public abstract class ChequeConcurrencyTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task TenParallelClears_OfOneCheque_ExactlyOneSucceeds_OthersAre409WithTheCurrentState()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var second = await App.ApiClientAsync(outlet, await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator"), CounterTestKit.Password);
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var id = (await client.ReceiveAsync(customer, 321.00m)).GetProperty("id").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? client : second).ClearAsync(id)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var conflicts = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(9, conflicts.Count);
        foreach (var conflict in conflicts)
        {
            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
            var problem = await conflict.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Cleared", problem.GetProperty("status").GetString());
        }

        var (balance, history) = await BalanceAndHistoryAsync(customer);
        Assert.Equal(321.00m, balance);
        Assert.Equal(balance, history);
    }

    [Fact]
    public async Task TwentyParallelClearsAndBounces_OnSeveralCheques_KeepTheBalanceEqualToItsHistory()
    {
        var (outlet, _, client) = await App.OutletOperatorAsync();
        var second = await App.ApiClientAsync(outlet, await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator"), CounterTestKit.Password);
        var maker = await App.ApiClientAsync(outlet, await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator"), CounterTestKit.Password);
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await client.ReceiveAsync(customer, 100.00m * (i + 1))).GetProperty("id").GetString()!);
        }

        // A reviewer's password check reserves one of its few attempt slots, so many reviews by one reviewer at the same
        // instant are refused as a lock (Operators' rule against parallel guessing): one reviewer per cheque here.
        var reviewers = new List<string>();
        foreach (var _ in ids)
        {
            reviewers.Add(await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator"));
        }

        // Per cheque: two clears (two operators) and two bounces (two makers, reviewed by a colleague).
        var requests = ids.SelectMany((id, i) => new Func<Task<HttpResponseMessage>>[]
        {
            () => client.ClearAsync(id),
            () => second.ClearAsync(id),
            () => client.BounceAsync(id, reviewers[i]),
            () => maker.BounceAsync(id, reviewers[i]),
        }).ToList();
        var responses = await Task.WhenAll(requests.Select(r => Task.Run(r)));

        foreach (var r in responses)
        {
            Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"answered {(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        }
        var cheques = await App.WithDbAsync(d => d.Set<Cheque>().AsNoTracking().Where(c => ids.Select(Guid.Parse).Contains(c.Id)).ToListAsync());
        var events = await App.WithDbAsync(d => d.Set<ChequeEvent>().AsNoTracking().Where(e => ids.Select(Guid.Parse).Contains(e.ChequeId)).ToListAsync());
        foreach (var cheque in cheques)
        {
            var mine = events.Where(e => e.ChequeId == cheque.Id).ToList();
            Assert.True(mine.Count(e => e.Kind == "Clear") <= 1);
            Assert.True(mine.Count(e => e.Kind == "Bounce") <= 1);
            Assert.Equal(cheque.Status == ChequeStatus.Cleared ? cheque.Amount : 0m, mine.Sum(e => e.BalanceChange));
        }

        Assert.Equal(responses.Count(r => r.StatusCode == HttpStatusCode.OK), events.Count(e => e.Kind != "Receive"));
        var (balance, history) = await BalanceAndHistoryAsync(customer);
        Assert.Equal(cheques.Where(c => c.Status == ChequeStatus.Cleared).Sum(c => c.Amount), balance);
        Assert.Equal(balance, history);
    }

    private Task<(decimal Balance, decimal History)> BalanceAndHistoryAsync(string code) =>
        App.WithDbAsync(async d =>
        {
            var c = await d.Set<Customer>().AsNoTracking().SingleAsync(x => x.Code == code);
            return (await App.CustomerBalanceAsync(c.Id), await App.CustomerHistorySumAsync(c.Id));
        });
}

public sealed class ChequeConcurrencyTests_Sqlite(SqliteDatabase db) : ChequeConcurrencyTests(db), IClassFixture<SqliteDatabase>;

public sealed class ChequeConcurrencyTests_Postgres(PostgresDatabase db) : ChequeConcurrencyTests(db), IClassFixture<PostgresDatabase>;
