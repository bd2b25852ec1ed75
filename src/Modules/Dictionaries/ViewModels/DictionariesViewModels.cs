using Admin.Modules.Dictionaries.Models;

namespace Admin.Modules.Dictionaries.ViewModels;

/// <summary>The code tables, with how many entries each holds.</summary>
public sealed class DictionaryIndexViewModel
{
    public IReadOnlyList<(DictionaryKind Kind, int Entries, int Active)> Tables { get; set; } = [];
}

/// <summary>One table's entries.</summary>
public sealed class DictionaryTableViewModel
{
    public DictionaryKind Kind { get; set; } = DictionaryKind.All[0];
    public IReadOnlyList<DictionaryEntry> Entries { get; set; } = [];
    public bool CanManage { get; set; }
}

/// <summary>The fields of a new entry or of the change of one.</summary>
public sealed class DictionaryEntryFormViewModel
{
    public string Kind { get; set; } = "";
    /// <summary>The entry's code before this edit (null: a new entry).</summary>
    public string? Original { get; set; }
    public bool CodeFixed { get; set; }
    public string? Code { get; set; }
    public string? NameEn { get; set; }
    public string? NameZh { get; set; }
    public int? Order { get; set; }
    public string? Version { get; set; }
    public bool IsEdit => Original is not null;
}
