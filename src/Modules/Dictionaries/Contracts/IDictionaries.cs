using Admin.Kernel.Localization;
using Admin.Kernel.Results;

namespace Admin.Modules.Dictionaries.Contracts;

/// <summary>The code tables other modules read (字典数据). A kind's codes are what records store; names are for people.</summary>
public static class DictionaryKinds
{
    /// <summary>ID document types (证件类型); the codes are Counter's <c>IdDocumentType</c> names.</summary>
    public const string IdDocumentTypes = "IdDocumentTypes";
    /// <summary>Cheque bounce reasons (退票原因); the codes are Cheques' <c>BounceReason</c> names.</summary>
    public const string BounceReasons = "BounceReasons";
    /// <summary>Oil products and goods classes a card may be restricted to (油品), as terminals get them.</summary>
    public const string OilProducts = "OilProducts";
    /// <summary>Refund reasons (退款原因).</summary>
    public const string RefundReasons = "RefundReasons";
}

/// <summary>One entry of a code table.</summary>
public sealed record DictionaryItem(string Code, LocalName Name, bool Active, int Order);

/// <summary>
/// Reads the code tables. Every table is read once per request (one statement, whichever kinds are asked), so a form that
/// offers three tables and checks its input against them costs one query.
/// </summary>
public interface IDictionaries
{
    /// <summary>Every entry of the kind (active or not), in display order.</summary>
    Task<IReadOnlyList<DictionaryItem>> EntriesAsync(string kind, CancellationToken ct = default);

    /// <summary>The active entries of the kind, in display order: what a form offers.</summary>
    Task<IReadOnlyList<DictionaryItem>> ActiveAsync(string kind, CancellationToken ct = default);

    /// <summary>The entry's name (its code when the table has no such entry: a record outlives its entry's removal from view).</summary>
    Task<LocalName> NameAsync(string kind, string code, CancellationToken ct = default);

    /// <summary>Null when the code is an active entry of the kind; otherwise the error for <paramref name="field"/> (unknown or deactivated).</summary>
    Task<OperationError?> CheckAsync(string kind, string? code, string field, CancellationToken ct = default);

    /// <summary>
    /// Marks the codes used by a record (their code can no longer change). Runs at once, in the caller's transaction if
    /// one is open; entries already marked are not written again.
    /// </summary>
    Task MarkUsedAsync(string kind, IEnumerable<string> codes, CancellationToken ct = default);
}
