using Admin.Kernel.Audit;
using Admin.Kernel.Modules;
using Admin.Kernel.Settings;
using Admin.Kernel.ViewModels;
using AutoMapper;

namespace Admin.Kernel.Api;

/// <summary>Entity → DTO mappings of the kernel's API.</summary>
internal sealed class KernelMappingProfile : Profile
{
    public KernelMappingProfile()
    {
        CreateMap<AuditEvent, AuditEventDto>()
            .ForCtorParam(nameof(AuditEventDto.OccurredAt), o => o.MapFrom(e => DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc)))
            .ForCtorParam(nameof(AuditEventDto.Operator), o => o.MapFrom(e => e.OperatorLogin))
            .ForCtorParam(nameof(AuditEventDto.Outlet), o => o.MapFrom(e => e.OutletCode));
        CreateMap<ModuleRow, ModuleDto>();
        CreateMap<SettingView, SettingDto>()
            .ForCtorParam(nameof(SettingDto.Key), o => o.MapFrom(s => s.Definition.Key))
            .ForCtorParam(nameof(SettingDto.Description), o => o.MapFrom(s => s.Definition.Description))
            .ForCtorParam(nameof(SettingDto.Type), o => o.MapFrom(s => s.Definition.Type.ToString()))
            .ForCtorParam(nameof(SettingDto.Default), o => o.MapFrom(s => s.Definition.Default))
            .ForCtorParam(nameof(SettingDto.Min), o => o.MapFrom(s => s.Definition.Min))
            .ForCtorParam(nameof(SettingDto.Max), o => o.MapFrom(s => s.Definition.Max));
    }
}
