namespace Admin.Modules.Dictionaries.Api;

/// <summary>A code table.</summary>
public sealed record DictionaryKindDto(string Kind, string NameEn, string NameZh, bool FixedCodes);

/// <summary>An entry of a code table; <c>used</c>: a record carries the code, which can no longer change.</summary>
public sealed record DictionaryEntryDto(string Kind, string Code, string NameEn, string NameZh, int Order, bool Active, bool Used, string Version);

/// <summary>A new entry, or the change of one (send the <c>version</c> you read; a <c>code</c> changes only while unused).</summary>
public sealed record DictionaryEntryRequest(string? Code, string? NameEn, string? NameZh, int? Order, string? Version);

/// <summary>The version read, for a deactivation or reactivation (optional).</summary>
public sealed record DictionaryStatusRequest(string? Version);
