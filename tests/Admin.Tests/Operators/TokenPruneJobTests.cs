using System.Net;
using Admin.Kernel.Jobs;
using Admin.Modules.Operators.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Admin.Tests.Operators;

/// <summary>
/// OpenIddict's token entries pruned by the recurring job <c>Operators.TokenPrune</c> (kernel Quartz engine, interval from
/// <c>Operators.TokenPruneIntervalSeconds</c>): an ended token older than <c>Operators.TokenPruneAgeDays</c> goes, a valid
/// one of the same age stays and keeps working.
/// </summary>
public abstract class TokenPruneJobTests(DatabaseFixture db)
{
    private const string JobKey = Admin.Modules.Operators.Services.TokenPruneJob.Key;

    private AdminAppFactory App => db.App;

    [Fact]
    public async Task TheRecurringJob_DeletesOldEndedTokens_AndKeepsValidOnes()
    {
        var (clientId, secret) = await App.RegisterClientAsync("System", "Operators.View");
        var grant = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret! };
        var (_, ended) = await App.TokenAsync(grant);
        var (_, kept) = await App.TokenAsync(grant);
        var revoke = await App.CreateClient().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = ended.Str("access_token"), ["client_id"] = clientId, ["client_secret"] = secret!,
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        // Both were issued a month ago (moved into the past rather than waited for); one is revoked, one still valid.
        await App.WithDbAsync(d => d.Set<ClientToken>().Where(t => t.Application!.ClientId == clientId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.CreationDate, DateTime.UtcNow.AddDays(-30))));
        var before = await StatusesAsync(clientId);
        Assert.Equal(["revoked", "valid"], before);

        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(new TriggerKey(JobKey, QuartzJobs.Group)));
        Assert.Equal(TimeSpan.FromSeconds(3600), trigger.RepeatInterval);
        await scheduler.TriggerJob(new JobKey(JobKey, QuartzJobs.Group), new JobDataMap(), CancellationToken.None);

        var until = DateTime.UtcNow.AddSeconds(90);
        var after = before;
        while (after.Count > 1 && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
            after = await StatusesAsync(clientId);
        }

        Assert.Equal(["valid"], after);
        Assert.Equal(HttpStatusCode.OK, (await App.Bearer(kept.Str("access_token")).GetAsync("/api/operators?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Bearer(ended.Str("access_token")).GetAsync("/api/operators?limit=1")).StatusCode);
    }

    [Fact]
    public async Task YoungEndedTokens_StayUntilTheyAreOldEnough()
    {
        var (clientId, secret) = await App.RegisterClientAsync("System", "Operators.View");
        var (_, token) = await App.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret! });
        var admin = await App.AdminApiClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/clients/{clientId}/disable", null)).StatusCode);

        await App.WithScopeAsync(async sp =>
        {
            var job = ActivatorUtilities.CreateInstance<Admin.Modules.Operators.Services.TokenPruneJob>(sp);
            var context = new AdminJobContext(JobKey, new Dictionary<string, string>(), false, (_, _) => Task.CompletedTask);
            await job.RunAsync(context, CancellationToken.None);
            Assert.StartsWith("pruned ", context.Message);
            return 0;
        });

        Assert.Equal(["revoked"], await StatusesAsync(clientId));
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Bearer(token.Str("access_token")).GetAsync("/api/operators?limit=1")).StatusCode);
    }

    private Task<List<string>> StatusesAsync(string clientId) =>
        App.WithDbAsync(d => d.Set<ClientToken>().AsNoTracking().Where(t => t.Application!.ClientId == clientId).Select(t => t.Status!).OrderBy(s => s).ToListAsync());
}

public sealed class TokenPruneJobTests_Sqlite(SqliteDatabase db) : TokenPruneJobTests(db), IClassFixture<SqliteDatabase>;

public sealed class TokenPruneJobTests_Postgres(PostgresDatabase db) : TokenPruneJobTests(db), IClassFixture<PostgresDatabase>;
