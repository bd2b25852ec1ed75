using System.Diagnostics;
using Admin.Kernel.Data;
using Admin.Modules.Ledger.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

// Executes N postings (default 10,000) in one batch, as a batch top-up list (批量充值清单) will: one task, one transaction
// (TaskTransaction.RunAsync), each posting through ILedger.PostAsync (checks, conditional balance updates, the entry and its
// lines), on the host's real services against the database given. Each posting moves money from an outlet's till onto one
// card account (a different card each time). Prints postings per second. Usage: Postings <connection string> [postings=10000]

namespace Bench.Postings;

internal static class BatchPostings
{
    public static async Task Main(string[] args)
    {
        var connection = args.Length > 0 ? args[0] : throw new ArgumentException("Usage: Postings <PostgreSQL connection string> [postings]");
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;

        await using var host = new WebApplicationFactory<global::Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("ConnectionStrings:Admin", connection);
            b.UseSetting("Setup:AdminPassword", "Bench2024ok");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        _ = host.Server; // starts the host (migrations, setup recipe) without a request

        async Task<double> RunAsync(int n)
        {
            using var scope = host.Services.CreateScope();
            var sp = scope.ServiceProvider;
            var outlet = Guid.NewGuid();
            var till = AccountRef.Till(Guid.NewGuid(), outlet, "Cash");
            var watch = Stopwatch.StartNew();
            var result = await sp.GetRequiredService<TaskTransaction>().RunAsync(async ct =>
            {
                PostedEntry? last = null;
                for (var i = 0; i < n; i++)
                {
                    var posted = await sp.GetRequiredService<ILedger>().PostAsync(new Posting("Bench.BatchTopUp", $"batch-{i}", outlet, "batch top-up",
                        [PostingLine.Debit(till, 100m), PostingLine.Credit(AccountRef.Card(Guid.NewGuid(), outlet), 100m)]), ct);
                    if (!posted.Succeeded)
                    {
                        return posted;
                    }

                    last = posted.Value;
                }

                return Admin.Kernel.Results.OperationResult<PostedEntry>.Success(last!);
            });
            watch.Stop();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
            }

            return watch.Elapsed.TotalSeconds;
        }

        await RunAsync(100); // warm-up: JIT, connection pool, plans
        var seconds = await RunAsync(count);
        Console.WriteLine($"| {count:N0} postings in one task transaction | {seconds:F1} s | {count / seconds:F0} postings/s |");
    }
}
