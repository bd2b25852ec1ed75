using Admin.Kernel.Localization;
using Admin.Modules.Dictionaries.Contracts;

namespace Admin.Modules.Dictionaries.Models;

/// <summary>
/// A code table. <see cref="Fixed"/>: its codes are a module's enum (ledger accounts, rules and the API hang on them), so
/// head office keeps the names and the active flag but adds no code.
/// </summary>
public sealed record DictionaryKind(string Code, LocalName Name, bool Fixed)
{
    /// <summary>Every table the console knows, in menu order.</summary>
    public static readonly IReadOnlyList<DictionaryKind> All =
    [
        new(DictionaryKinds.IdDocumentTypes, new LocalName("ID document types", "证件类型"), Fixed: true),
        new(DictionaryKinds.BounceReasons, new LocalName("Cheque bounce reasons", "支票退票原因"), Fixed: true),
        new(DictionaryKinds.OilProducts, new LocalName("Oil products", "油品"), Fixed: false),
        new(DictionaryKinds.RefundReasons, new LocalName("Refund reasons", "退款原因"), Fixed: false),
    ];

    /// <summary>The table with this code (case-insensitive), or null.</summary>
    public static DictionaryKind? Find(string? code) =>
        All.FirstOrDefault(k => string.Equals(k.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
