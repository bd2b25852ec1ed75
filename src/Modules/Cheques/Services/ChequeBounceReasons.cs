using Admin.Kernel.Localization;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Dictionaries.Contracts;

namespace Admin.Modules.Cheques.Services;

/// <summary>
/// The bounce reasons as head office keeps them (字典数据, <see cref="DictionaryKinds.BounceReasons"/>): the codes are
/// <see cref="BounceReason"/>'s names, the dictionary holds their names in both languages and whether a form offers them.
/// </summary>
public sealed class ChequeBounceReasons(IDictionaries dictionaries)
{
    /// <summary>Every entry (a deactivated one still names the reason of an old bounce), in head office's order.</summary>
    public Task<IReadOnlyList<DictionaryItem>> AllAsync(CancellationToken ct = default) => dictionaries.EntriesAsync(DictionaryKinds.BounceReasons, ct);

    /// <summary>The reason's name in the reader's language (its code when the dictionary has no such entry).</summary>
    public Task<LocalName> NameAsync(BounceReason reason, CancellationToken ct = default) =>
        dictionaries.NameAsync(DictionaryKinds.BounceReasons, reason.ToString(), ct);

    /// <summary>
    /// The bounce with its reason checked against the dictionary: a deactivated reason is refused beside the field
    /// (<see cref="BounceInput.ReasonRefused"/>, reported with the bounce's other errors) and the name goes to the review dialog.
    /// </summary>
    public async Task<BounceInput> CheckAsync(BounceInput input, CancellationToken ct = default)
    {
        if (input.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            return input;
        }

        return input with
        {
            ReasonRefused = await dictionaries.CheckAsync(DictionaryKinds.BounceReasons, reason.ToString(), "reason", ct),
            ReasonName = await NameAsync(reason, ct),
        };
    }
}
