using Admin.Kernel.Audit;
using Admin.Kernel.Settings;
using Admin.Kernel.ViewModels;
using Riok.Mapperly.Abstractions;

namespace Admin.Kernel.Api;

/// <summary>
/// Entity → DTO mappings of the kernel's API, generated at compile time by Mapperly. Every DTO member must be filled
/// from the source (an unfilled one is build error RMG012, see .editorconfig); extra source members are simply not shown.
/// Public because modules answer audit events too (an operator's history).
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class KernelApiMapper
{
    [MapProperty(nameof(AuditEvent.OccurredAt), nameof(AuditEventDto.OccurredAt), Use = nameof(Utc))]
    [MapProperty(nameof(AuditEvent.OperatorLogin), nameof(AuditEventDto.Operator))]
    [MapProperty(nameof(AuditEvent.OutletCode), nameof(AuditEventDto.Outlet))]
    public static partial AuditEventDto ToDto(AuditEvent auditEvent);

    public static partial ModuleDto ToDto(ModuleRow module);

    [MapNestedProperties(nameof(SettingView.Definition))]
    public static partial SettingDto ToDto(SettingView setting);

    /// <summary>Instants read back from the database carry no kind; they are UTC, and JSON should say so (<c>Z</c>).</summary>
    [UserMapping(Default = false)]
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
