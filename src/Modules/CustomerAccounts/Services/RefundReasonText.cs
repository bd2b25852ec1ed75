using Admin.Kernel.Localization;

namespace Admin.Modules.CustomerAccounts.Services;

/// <summary>A refund's reason as people read it, in both languages.</summary>
public static class RefundReasonText
{
    /// <summary>
    /// The dictionary's name with the note ("Paid in excess (typed twice)"), the name alone, or the note alone (a refund made
    /// before reasons were a dictionary keeps its whole reason as the note); null when there is neither.
    /// </summary>
    public static LocalName? Of(LocalName? name, string? note) =>
        name is null ? (note is null ? null : new LocalName(note, note))
        : note is null ? name
        : new LocalName($"{name.En} ({note})", $"{name.Zh}（{note}）");
}
