namespace Admin.Kernel.Modules;

/// <summary>Whether a module is switched on; one row per module, kept in the database.</summary>
public sealed class ModuleState
{
    public string ModuleId { get; set; } = "";
    public bool Enabled { get; set; }
    public DateTime ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
    public long Version { get; set; }
}
