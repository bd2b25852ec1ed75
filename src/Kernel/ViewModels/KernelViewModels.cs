using Admin.Kernel.Audit;
using Admin.Kernel.Modules;
using Admin.Kernel.Settings;

namespace Admin.Kernel.ViewModels;

/// <summary>A module as the Modules screen and API show it.</summary>
public sealed record ModuleRow(string Id, string DisplayName, string Description, IReadOnlyList<string> DependsOn, IReadOnlyList<string> RequiredBy, bool Enabled, bool CanBeDisabled);

/// <summary>Builds module rows.</summary>
public static class ModuleRows
{
    /// <summary>Every module in dependency order with its state.</summary>
    public static IReadOnlyList<ModuleRow> Build(ModuleCatalog catalog, ModuleStates states) =>
        catalog.Modules.Select(m => new ModuleRow(m.Id, m.DisplayName, m.Description, m.DependsOn, catalog.DependentsOf(m.Id), states.IsEnabled(m.Id), m.CanBeDisabled)).ToList();
}

/// <summary>The audit trail screen: filters (kept in the URL), one page of events, the next-page cursor.</summary>
public sealed class AuditIndexViewModel
{
    public string? Module { get; set; }
    public string? Operator { get; set; }
    public string? Outlet { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public IReadOnlyList<AuditEvent> Events { get; set; } = [];

    /// <summary>The events' records as a person knows them (by kind and recorded id).</summary>
    public IReadOnlyDictionary<(string Kind, string Key), Audit.RecordName> Names { get; set; } = new Dictionary<(string, string), Audit.RecordName>();
    public string? Next { get; set; }
    public bool IsFirstPage { get; set; } = true;
    public IReadOnlyList<string> Modules { get; set; } = [];
}

/// <summary>The settings screen.</summary>
public sealed class SettingsIndexViewModel
{
    public IReadOnlyList<SettingView> Settings { get; set; } = [];
    public bool CanEdit { get; set; }
}

/// <summary>One setting change posted from the settings screen.</summary>
public sealed class SettingEditInput
{
    public string Key { get; set; } = "";
    public string? Value { get; set; }
    public string? Version { get; set; }
}
