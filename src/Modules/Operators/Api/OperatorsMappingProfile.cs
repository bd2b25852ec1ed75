using Admin.Kernel.Data;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using AutoMapper;

namespace Admin.Modules.Operators.Api;

/// <summary>
/// Entity → DTO mappings of the Operators API. The permission DTOs are built by hand instead: their descriptions are
/// translated for the request's language.
/// </summary>
internal sealed class OperatorsMappingProfile : Profile
{
    public OperatorsMappingProfile()
    {
        CreateMap<Operator, OperatorDto>()
            .ForMember(d => d.Phone, o => o.MapFrom(s => s.PhoneNumber))
            .ForMember(d => d.Status, o => o.MapFrom(s => s.Status.ToString()))
            .ForMember(d => d.LockedAt, o => o.MapFrom(s => Utc(s.LockedAt)))
            .ForMember(d => d.PasswordChangedAt, o => o.MapFrom(s => Utc(s.PasswordChangedAt)))
            .ForMember(d => d.LastSignInAt, o => o.MapFrom(s => Utc(s.LastSignInAt)))
            .ForMember(d => d.CreatedAt, o => o.MapFrom(s => DateTime.SpecifyKind(s.CreatedAt, DateTimeKind.Utc)))
            .ForMember(d => d.Version, o => o.MapFrom(s => Versions.Format(s.Version)))
            .ForMember(d => d.Roles, o => o.Ignore())
            .Include<Operator, OperatorWithPasswordDto>();
        CreateMap<Operator, OperatorWithPasswordDto>()
            .ForMember(d => d.TemporaryPassword, o => o.Ignore());
        CreateMap<OperatorDetails, OperatorDto>().IncludeMembers(d => d.Operator);
        CreateMap<OperatorWithPassword, OperatorWithPasswordDto>().IncludeMembers(r => r.Operator);

        CreateMap<OperatorRow, OperatorListItemDto>()
            .ForCtorParam(nameof(OperatorListItemDto.Status), o => o.MapFrom(r => r.Status.ToString()))
            .ForCtorParam(nameof(OperatorListItemDto.LastSignInAt), o => o.MapFrom(r => Utc(r.LastSignInAt)));

        CreateMap<RoleDetails, RoleDto>()
            .ForCtorParam(nameof(RoleDto.Id), o => o.MapFrom(r => r.Role.Id))
            .ForCtorParam(nameof(RoleDto.Name), o => o.MapFrom(r => r.Role.Name ?? ""))
            .ForCtorParam(nameof(RoleDto.Description), o => o.MapFrom(r => r.Role.Description))
            .ForCtorParam(nameof(RoleDto.IsSystem), o => o.MapFrom(r => r.Role.IsSystem))
            .ForCtorParam(nameof(RoleDto.Version), o => o.MapFrom(r => Versions.Format(r.Role.Version)));
    }

    /// <summary>Instants read back from the database carry no kind; they are UTC, and JSON should say so (<c>Z</c>).</summary>
    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
