using Admin.Kernel.Data;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Riok.Mapperly.Abstractions;

namespace Admin.Modules.Operators.Api;

/// <summary>
/// Entity → DTO mappings of the Operators API, generated at compile time by Mapperly (a DTO member left unfilled is a
/// build error). The permission DTOs are built by hand instead: their descriptions are translated for the request's language.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class OperatorsApiMapper
{
    [MapNestedProperties(nameof(OperatorDetails.Operator))]
    // Named, or Mapperly would flatten OutletCode from the details' Outlet (which may be missing) before looking into Operator.
    [MapProperty(nameof(@OperatorDetails.Operator.OutletCode), nameof(OperatorDto.OutletCode))]
    [MapProperty(nameof(@OperatorDetails.Operator.PhoneNumber), nameof(OperatorDto.Phone))]
    [MapProperty(nameof(@OperatorDetails.Operator.LockedAt), nameof(OperatorDto.LockedAt), Use = nameof(UtcOrNull))]
    [MapProperty(nameof(@OperatorDetails.Operator.PasswordChangedAt), nameof(OperatorDto.PasswordChangedAt), Use = nameof(UtcOrNull))]
    [MapProperty(nameof(@OperatorDetails.Operator.LastSignInAt), nameof(OperatorDto.LastSignInAt), Use = nameof(UtcOrNull))]
    [MapProperty(nameof(@OperatorDetails.Operator.CreatedAt), nameof(OperatorDto.CreatedAt), Use = nameof(Utc))]
    [MapProperty(nameof(@OperatorDetails.Operator.Version), nameof(OperatorDto.Version), Use = nameof(Version))]
    public static partial OperatorDto ToDto(OperatorDetails details);

    [MapNestedProperties(nameof(OperatorWithPassword.Operator))]
    [MapProperty(nameof(@OperatorWithPassword.Operator.PhoneNumber), nameof(OperatorWithPasswordDto.Phone))]
    [MapProperty(nameof(@OperatorWithPassword.Operator.LockedAt), nameof(OperatorWithPasswordDto.LockedAt), Use = nameof(UtcOrNull))]
    [MapProperty(nameof(@OperatorWithPassword.Operator.PasswordChangedAt), nameof(OperatorWithPasswordDto.PasswordChangedAt), Use = nameof(UtcOrNull))]
    [MapProperty(nameof(@OperatorWithPassword.Operator.LastSignInAt), nameof(OperatorWithPasswordDto.LastSignInAt), Use = nameof(UtcOrNull))]
    [MapProperty(nameof(@OperatorWithPassword.Operator.CreatedAt), nameof(OperatorWithPasswordDto.CreatedAt), Use = nameof(Utc))]
    [MapProperty(nameof(@OperatorWithPassword.Operator.Version), nameof(OperatorWithPasswordDto.Version), Use = nameof(Version))]
    public static partial OperatorWithPasswordDto ToDto(OperatorWithPassword created);

    [MapProperty(nameof(OperatorRow.LastSignInAt), nameof(OperatorListItemDto.LastSignInAt), Use = nameof(UtcOrNull))]
    public static partial OperatorListItemDto ToDto(OperatorRow row);

    [MapNestedProperties(nameof(RoleDetails.Role))]
    [MapProperty(nameof(@RoleDetails.Role.Name), nameof(RoleDto.Name), Use = nameof(OrEmpty))]
    [MapProperty(nameof(@RoleDetails.Role.Version), nameof(RoleDto.Version), Use = nameof(Version))]
    public static partial RoleDto ToDto(RoleDetails role);

    /// <summary>Instants read back from the database carry no kind; they are UTC, and JSON should say so (<c>Z</c>).</summary>
    [UserMapping(Default = false)]
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    [UserMapping(Default = false)]
    private static DateTime? UtcOrNull(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    [UserMapping(Default = false)]
    private static string Version(long version) => Versions.Format(version);

    [UserMapping(Default = false)]
    private static string OrEmpty(string? value) => value ?? "";
}
