using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Admin.Modules.BatchTopUps.Services;

/// <summary>
/// A pause point inside the job's transaction, for the crash suite only: it must kill the host at a known point in the
/// middle of a job, and an idle machine posts 2,000 lines (one transaction) before a kill aimed by time lands. Off unless
/// <c>BatchTopUps:PausePoint:Directory</c> is configured (no deployment sets it; README, "Test pause point"). When it is, and
/// the file <c>&lt;list id:N&gt;.pause</c> exists in that directory, the job first waits, before its transaction and holding
/// nothing, until <c>&lt;list id:N&gt;.start</c> appears (on SQLite a paused transaction holds the one write lock, so the
/// review that enqueued the job must have finished its own writes first); then, once it has posted at least
/// <c>BatchTopUps:PausePoint:AfterLines</c> lines (default 1; it checks after each entry of 99), it deletes the request (so
/// the run recovered after the kill goes straight through), writes <c>&lt;list id:N&gt;.paused</c> holding the lines posted,
/// and waits, its transaction open, until <c>&lt;list id:N&gt;.go</c> appears or the host stops.
/// </summary>
internal sealed partial class BatchTopUpPausePoint(IConfiguration configuration, ILogger<BatchTopUpPausePoint> log)
{
    private readonly string? _directory = configuration["BatchTopUps:PausePoint:Directory"] is { Length: > 0 } d ? d : null;
    private readonly int _afterLines = Math.Max(1, configuration.GetValue("BatchTopUps:PausePoint:AfterLines", 1));

    /// <summary>Called before the job's transaction; returns at once unless this list was asked to pause.</summary>
    public async Task BeforeAsync(Guid listId, CancellationToken ct)
    {
        if (_directory is not null && File.Exists(Path.Combine(_directory, $"{listId:N}.pause")))
        {
            await WaitForAsync(Path.Combine(_directory, $"{listId:N}.start"), ct);
        }
    }

    /// <summary>Called after each entry with the lines posted so far; returns at once unless this list was asked to pause.</summary>
    public async Task AtAsync(Guid listId, int done, CancellationToken ct)
    {
        if (_directory is null || done < _afterLines)
        {
            return;
        }

        var request = Path.Combine(_directory, $"{listId:N}.pause");
        if (!File.Exists(request))
        {
            return;
        }

        File.Delete(request);
        // Written whole, then renamed: whoever waits for the file never reads half of it.
        var paused = Path.Combine(_directory, $"{listId:N}.paused");
        await File.WriteAllTextAsync(paused + ".tmp", done.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        File.Move(paused + ".tmp", paused, overwrite: true);
        Paused(log, listId, done, _directory);
        await WaitForAsync(Path.Combine(_directory, $"{listId:N}.go"), ct);
    }

    private static async Task WaitForAsync(string file, CancellationToken ct)
    {
        while (!File.Exists(file))
        {
            await Task.Delay(20, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch top-up list {ListId} paused inside its job's transaction after {Done} lines (test pause point BatchTopUps:PausePoint in {Directory})")]
    private static partial void Paused(ILogger logger, Guid listId, int done, string directory);
}
