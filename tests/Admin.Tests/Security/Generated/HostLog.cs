using System.Collections.Concurrent;
using Admin.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Admin.Tests.Security.Generated;

/// <summary>
/// The host's log, as far as a bad-input run cares: every error (an unhandled exception, a failed query) and every warning
/// of Kestrel ("Connection processing ended abnormally"). Each entry carries the request path of its logging scope and the
/// requests the test had in flight when it was written, so a failure names the request.
/// </summary>
public sealed class HostLog : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _entries = new();
    private readonly ConcurrentDictionary<long, string> _inFlight = new();
    private IExternalScopeProvider? _scopes;
    private long _next;

    /// <summary>The entries written since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<string> Entries => [.. _entries];

    public void Clear() => _entries.Clear();

    /// <summary>Marks a request in flight until the answer is disposed.</summary>
    public IDisposable InFlight(string description)
    {
        var id = Interlocked.Increment(ref _next);
        _inFlight[id] = description;
        return new Done(() => _inFlight.TryRemove(id, out _));
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var scope = new List<string>();
        _scopes?.ForEachScope((s, list) =>
        {
            if (s is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                list.AddRange(pairs.Where(p => p.Key is "RequestPath" or "RequestId" or "ConnectionId").Select(p => $"{p.Key}={p.Value}"));
            }
        }, scope);
        var inFlight = string.Join(" | ", _inFlight.Values.Take(12));
        _entries.Enqueue($"{level} {category}: {message} {exception?.GetType().Name} {exception?.Message} [{string.Join(", ", scope)}] in flight: {inFlight}");
    }

    private sealed class Logger(HostLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error || (category.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal) && exception is not null))
            {
                log.Write(logLevel, category, formatter(state, exception), exception);
            }
        }
    }

    private sealed class Done(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}

/// <summary>The host on Kestrel at a loopback port (real connections, so Kestrel's own warnings happen), its log captured.</summary>
public interface ILoggedHost
{
    HostLog Log { get; }

    DatabaseFixture Database { get; }
}

public sealed class LoggedSqliteHost : SqliteDatabase, ILoggedHost
{
    public HostLog Log { get; } = new();

    public DatabaseFixture Database => this;

    protected override bool RealServer => true;

    protected override void ConfigureHost(IWebHostBuilder builder) => builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Log));
}

public sealed class LoggedPostgresHost : PostgresDatabase, ILoggedHost
{
    public HostLog Log { get; } = new();

    public DatabaseFixture Database => this;

    protected override bool RealServer => true;

    protected override void ConfigureHost(IWebHostBuilder builder) => builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Log));
}
