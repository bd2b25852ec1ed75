using System.ComponentModel.DataAnnotations;
using Admin.Kernel.Audit;
using Admin.Kernel.Settings;

namespace Admin.Kernel.Api;

/// <summary>Switch a module on or off.</summary>
public sealed record ModuleSwitchRequest([Required] string Id, [Required] bool? Enabled);

/// <summary>A module and its state.</summary>
public sealed record ModuleDto(string Id, string DisplayName, string Description, IReadOnlyList<string> DependsOn, IReadOnlyList<string> RequiredBy, bool Enabled, bool CanBeDisabled);

/// <summary>An audit event.</summary>
public sealed record AuditEventDto(long Id, DateTime OccurredAt, Guid? OperatorId, string? Operator, string? Outlet, string Module, string Action, string? EntityType, string? EntityId, string? ClientIp, string? Before, string? After, string? Summary);

/// <summary>A system setting.</summary>
public sealed record SettingDto(string Key, string Description, string Type, string Value, string Default, decimal? Min, decimal? Max, bool IsDefault, string Version);

/// <summary>A new value for a setting.</summary>
public sealed record SettingUpdate(string? Value, [Required] string? Version);
