using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Admin.Kernel.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Security;

/// <summary>
/// Counts the SQL commands a request sends through EF Core (every query, save and OpenIddict/Identity store call of the one
/// context). A request that carries <see cref="Header"/> is counted from the first middleware to its end, whichever
/// connection, context or thread the commands run on (the count flows with the request's execution context); the total is
/// kept under the header's value. Nothing else is counted, so background work of the host does not disturb a figure.
/// </summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    public const string Header = "X-Statement-Probe";

    private static readonly AsyncLocal<StrongBox<int>?> Current = new();
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds the interceptor to the host's context and the counting middleware in front of the host's pipeline.</summary>
    public void AddTo(IWebHostBuilder builder) => builder.ConfigureServices(services =>
    {
        services.ConfigureDbContext<AdminDbContext>(o => o.AddInterceptors(this));
        services.AddSingleton<IStartupFilter>(new Filter(this));
    });

    /// <summary>The statements of the request sent with <see cref="Header"/> = <paramref name="probe"/> (null if none came).</summary>
    public int? CountOf(string probe) => _counts.TryGetValue(probe, out var n) ? n : null;

    private static void Count()
    {
        if (Current.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private sealed class Filter(StatementCounter counter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                if (context.Request.Headers[Header].ToString() is not { Length: > 0 } probe)
                {
                    await inner(context);
                    return;
                }

                var box = new StrongBox<int>();
                Current.Value = box;
                try
                {
                    await inner(context);
                }
                finally
                {
                    Current.Value = null;
                    counter._counts[probe] = Volatile.Read(ref box.Value);
                }
            });
            next(app);
        };
    }
}
