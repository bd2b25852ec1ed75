using Admin.Kernel.Data;
using Admin.Modules.InvoiceTitles.Services;
using Riok.Mapperly.Abstractions;

namespace Admin.Modules.InvoiceTitles.Api;

/// <summary>View → DTO mappings of the InvoiceTitles API, generated at compile time by Mapperly (a DTO member left unfilled is a build error).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class InvoiceTitlesApiMapper
{
    [MapNestedProperties(nameof(TitleView.Details))]
    [MapProperty(nameof(TitleView.Version), nameof(InvoiceTitleDto.Version), Use = nameof(Version))]
    public static partial InvoiceTitleDto ToDto(TitleView title);

    [MapNestedProperties(nameof(TemplateView.Details))]
    [MapProperty(nameof(TemplateView.Version), nameof(InvoiceTitleTemplateDto.Version), Use = nameof(Version))]
    public static partial InvoiceTitleTemplateDto ToDto(TemplateView template);

    [UserMapping(Default = false)]
    private static string Version(long version) => Versions.Format(version);
}
