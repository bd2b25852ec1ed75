using Admin.Kernel.Data;
using Admin.Modules.Outlets.Services;
using Riok.Mapperly.Abstractions;

namespace Admin.Modules.Outlets.Api;

/// <summary>View → DTO mappings of the Outlets API, generated at compile time by Mapperly (a DTO member left unfilled is a build error).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class OutletsApiMapper
{
    [MapProperty(nameof(OutletView.ParentCode), nameof(OutletDto.Parent))]
    [MapProperty(nameof(OutletView.Version), nameof(OutletDto.Version), Use = nameof(Version))]
    public static partial OutletDto ToDto(OutletView outlet);

    [UserMapping(Default = false)]
    private static string Version(long version) => Versions.Format(version);
}
