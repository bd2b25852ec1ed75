using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Admin.Tests.Security;

/// <summary>
/// Many parallel edits and status changes of the same outlet and the same operator through the API, each sending the
/// version it read: per round exactly one wins, every other is a 409, the final state is the winner's, and the winner's
/// audit record (and no other) is there. Run on both databases.
/// </summary>
public abstract class LostUpdateTests(DatabaseFixture db, ITestOutputHelper output)
{
    private const int Rounds = 6;
    private const int Writers = 8;

    private AdminAppFactory App => db.App;

    private sealed record Attempt(int Writer, string Kind, string Value, HttpResponseMessage Response);

    private async Task<HttpClient[]> ClientsAsync()
    {
        var clients = new HttpClient[Writers];
        var token = (await App.AdminApiClientAsync()).DefaultRequestHeaders.Authorization!.Parameter!;
        for (var i = 0; i < Writers; i++)
        {
            clients[i] = App.WithToken(token);
        }

        return clients;
    }

    private Task<int> AuditCountAsync(string entityId) =>
        App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync(e => e.EntityId == entityId));

    private Task<List<string>> AuditActionsAsync(string entityId, int skip) =>
        App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.EntityId == entityId).OrderBy(e => e.Id).Skip(skip).Select(e => e.Action).ToListAsync());

    private static void AssertOneWinner(IReadOnlyList<Attempt> attempts, int round, List<string> failures)
    {
        var winners = attempts.Where(a => a.Response.StatusCode == HttpStatusCode.OK).ToList();
        var others = attempts.Where(a => a.Response.StatusCode != HttpStatusCode.OK).ToList();
        if (winners.Count != 1)
        {
            failures.Add($"round {round}: {winners.Count} writers succeeded with the same version");
        }

        foreach (var loser in others.Where(a => a.Response.StatusCode != HttpStatusCode.Conflict))
        {
            failures.Add($"round {round}: writer {loser.Writer} ({loser.Kind}) answered {(int)loser.Response.StatusCode}: {loser.Response.Content.ReadAsStringAsync().Result}");
        }
    }

    [Fact]
    public async Task ParallelEditsAndStatusChanges_OfOneOutlet_LoseNothing()
    {
        var code = await App.CreateOutletAsync();
        var clients = await ClientsAsync();
        var failures = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var current = await clients[0].GetFromJsonAsync<JsonElement>($"/api/outlets/{code}");
            var version = current.GetProperty("version").GetString();
            var nextStatus = current.GetProperty("status").GetString() == "Active" ? "Suspended" : "Active";
            var audits = await AuditCountAsync(code);

            using var start = new Barrier(Writers);
            var attempts = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
            {
                start.SignalAndWait();
                if (i % 2 == 0)
                {
                    var name = $"Round {round} writer {i}";
                    return new Attempt(i, "edit", name, await clients[i].PutAsJsonAsync($"/api/outlets/{code}", new
                    {
                        name, shortName = $"R{round}W{i}", type = "Outlet", parent = AdminAppFactory.HeadOffice, version,
                    }));
                }

                return new Attempt(i, "status", nextStatus, await clients[i].PostAsJsonAsync($"/api/outlets/{code}/status", new { status = nextStatus, reason = $"round {round} writer {i}", version }));
            })));

            AssertOneWinner(attempts, round, failures);
            var winner = attempts.FirstOrDefault(a => a.Response.StatusCode == HttpStatusCode.OK);
            var final = await clients[0].GetFromJsonAsync<JsonElement>($"/api/outlets/{code}");
            if (winner is not null)
            {
                var actual = winner.Kind == "edit" ? final.GetProperty("name").GetString() : final.GetProperty("status").GetString();
                if (actual != winner.Value)
                {
                    failures.Add($"round {round}: the winner wrote {winner.Value}, the outlet shows {actual}");
                }

                var actions = await AuditActionsAsync(code, audits);
                var expected = winner.Kind == "edit" ? "Outlet.Update" : nextStatus == "Suspended" ? "Outlet.Suspend" : "Outlet.Reopen";
                if (actions.Count != 1 || actions[0] != expected)
                {
                    failures.Add($"round {round}: audit after the round: [{string.Join(", ", actions)}], expected [{expected}]");
                }
            }

            output.WriteLine($"round {round}: winner {winner?.Writer} ({winner?.Kind}), {attempts.Count(a => a.Response.StatusCode == HttpStatusCode.Conflict)} conflicts");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task ParallelEditsAndRenames_OfOneOperator_LoseNothing()
    {
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, OperatorsTestKit.Password);
        var id = await App.IdOfAsync(outlet, login);
        var clients = await ClientsAsync();
        var failures = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var current = await clients[0].GetFromJsonAsync<JsonElement>($"/api/operators/{id}");
            var version = current.GetProperty("version").GetString();
            var audits = await AuditCountAsync(id.ToString());

            using var start = new Barrier(Writers);
            var attempts = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
            {
                start.SignalAndWait();
                if (i % 2 == 0)
                {
                    var name = $"Round {round} writer {i}";
                    return new Attempt(i, "edit", name, await clients[i].PutAsJsonAsync($"/api/operators/{id}", new { displayName = name, employeeNumber = $"E{round}{i}", version }));
                }

                var newLogin = $"r{round}w{i}{Guid.NewGuid().ToString("N")[..6]}";
                return new Attempt(i, "rename", newLogin, await clients[i].PostAsJsonAsync($"/api/operators/{id}/login-name", new { loginName = newLogin, version }));
            })));

            AssertOneWinner(attempts, round, failures);
            var winner = attempts.FirstOrDefault(a => a.Response.StatusCode == HttpStatusCode.OK);
            var final = await clients[0].GetFromJsonAsync<JsonElement>($"/api/operators/{id}");
            if (winner is not null)
            {
                var actual = winner.Kind == "edit" ? final.GetProperty("displayName").GetString() : final.GetProperty("loginName").GetString();
                if (actual != winner.Value)
                {
                    failures.Add($"round {round}: the winner wrote {winner.Value}, the operator shows {actual}");
                }

                var actions = await AuditActionsAsync(id.ToString(), audits);
                if (actions.Count != 1)
                {
                    failures.Add($"round {round}: {actions.Count} audit records after the round: [{string.Join(", ", actions)}]");
                }
            }

            output.WriteLine($"round {round}: winner {winner?.Writer} ({winner?.Kind}), {attempts.Count(a => a.Response.StatusCode == HttpStatusCode.Conflict)} conflicts");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task ParallelStatusChanges_OfOneOperator_EndInTheLastAuditedState()
    {
        // Status changes of an operator carry no version (API: {"status": ...}): none may fail with anything but a
        // state conflict, and the final state is the one the last audit record says.
        var outlet = await App.CreateOutletAsync();
        var login = await App.CreateOperatorAsync(outlet, OperatorsTestKit.Password);
        var id = await App.IdOfAsync(outlet, login);
        var clients = await ClientsAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var attempts = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
                await clients[i].PostAsJsonAsync($"/api/operators/{id}/status", new { status = i % 2 == 0 ? "Disabled" : "Active" }))));
            Assert.All(attempts, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.BadRequest, $"{(int)a.StatusCode}: {a.Content.ReadAsStringAsync().Result}"));
        }

        var final = (await clients[0].GetFromJsonAsync<JsonElement>($"/api/operators/{id}")).GetProperty("status").GetString();
        var last = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.EntityId == id.ToString() && (e.Action == "Operator.Disable" || e.Action == "Operator.Enable"))
            .OrderByDescending(e => e.Id).Select(e => e.Action).FirstOrDefaultAsync());
        Assert.NotNull(last);
        Assert.Equal(last == "Operator.Disable" ? "Disabled" : "Active", final);
    }
}

public sealed class LostUpdateTests_Sqlite(SqliteDatabase db, ITestOutputHelper output) : LostUpdateTests(db, output), IClassFixture<SqliteDatabase>;

public sealed class LostUpdateTests_Postgres(PostgresDatabase db, ITestOutputHelper output) : LostUpdateTests(db, output), IClassFixture<PostgresDatabase>;
