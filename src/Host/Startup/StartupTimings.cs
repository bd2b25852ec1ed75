using System.Diagnostics;

namespace Admin.Host.Startup;

/// <summary>
/// How long each phase of the start took (module discovery, host build, migration check, setup recipe check) and when the
/// first request was answered, logged at Information under <c>Admin.Host.Startup</c>: where a slow start goes, on the
/// machine it happens on (issue 22; bench/startup measures the total from outside).
/// </summary>
internal sealed class StartupTimings
{
    private readonly List<(string Phase, double Milliseconds)> _phases = [];
    private int _firstRequestSeen;

    /// <summary>Runs and times one phase.</summary>
    public T Time<T>(string phase, Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        _phases.Add((phase, watch.Elapsed.TotalMilliseconds));
        return result;
    }

    /// <summary>Runs and times one asynchronous phase.</summary>
    public async Task<T> TimeAsync<T>(string phase, Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        var result = await action();
        _phases.Add((phase, watch.Elapsed.TotalMilliseconds));
        return result;
    }

    /// <summary>Times the phase that ends now, begun at <paramref name="started"/> (a <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public void Since(string phase, long started) => _phases.Add((phase, Stopwatch.GetElapsedTime(started).TotalMilliseconds));

    /// <summary>Logs the phases so far, and the time since the process started.</summary>
    public void Log(ILogger logger)
    {
        foreach (var (phase, ms) in _phases)
        {
            logger.LogInformation("Startup phase {Phase}: {Milliseconds:0} ms", phase, ms);
        }

        logger.LogInformation("Startup: database checked {Milliseconds:0} ms after the process started (the server starts next)", SinceProcessStart());
        _phases.Clear();
    }

    /// <summary>Logs, once, when the first request was answered (its view compilation and first queries included).</summary>
    public void UseFirstRequestTiming(IApplicationBuilder app, ILogger logger) => app.Use(async (context, next) =>
    {
        if (Volatile.Read(ref _firstRequestSeen) != 0)
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        await next(context);
        if (Interlocked.Exchange(ref _firstRequestSeen, 1) == 0)
        {
            logger.LogInformation("Startup phase first request ({Path}, {Status}): {Milliseconds:0} ms; answered {SinceStart:0} ms after the process started",
                context.Request.Path.Value, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, SinceProcessStart());
        }
    });

    private static double SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalMilliseconds;
    }
}
