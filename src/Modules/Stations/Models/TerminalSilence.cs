namespace Admin.Modules.Stations.Models;

/// <summary>
/// A terminal found silent by the scheduled check (<c>Stations.SilentTerminals</c>): no contact since <see cref="SilentSince"/> (its
/// last contact, or its registration when it never called) for longer than <c>Stations.SilentMinutes</c>, flagged at
/// <see cref="FlaggedAt"/>; <see cref="EndedAt"/> is its next contact, noticed by a later check (null while it is still silent).
/// </summary>
public sealed class TerminalSilence
{
    public long Id { get; set; }
    public Guid TerminalId { get; set; }
    public DateTime SilentSince { get; set; }
    public DateTime FlaggedAt { get; set; }
    public DateTime? EndedAt { get; set; }

    /// <summary>An open silence ends when the terminal called after it began (or was switched off).</summary>
    public bool HasEnded(bool active, DateTime? lastContact) => !active || (lastContact is { } c && c > SilentSince);
}
