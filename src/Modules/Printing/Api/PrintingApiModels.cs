using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Services;
using Microsoft.AspNetCore.Mvc;

using Riok.Mapperly.Abstractions;

namespace Admin.Modules.Printing.Api;

/// <summary>One field of a layout: <c>value</c> from the kind's list, x/y/width in mm from the paper's top-left, font size in pt, align Left/Center/Right.</summary>
public sealed record LayoutFieldDto(string? Value, decimal? X, decimal? Y, decimal? Width, decimal? FontSize, string? Align);

/// <summary>
/// A new layout (<c>kind</c>: FeeReceipt or ChequeReceipt; paper in mm; <c>isActive</c> defaults to true). Its fields: <c>fields</c>;
/// or, with <c>copyFrom</c> (a layout of the same kind), that layout's fields (of its current version, or of <c>copyVersion</c>) and
/// scanned stationery; without either, the kind's starting fields (receipt number, date, customer name, amounts, operator).
/// </summary>
public sealed record LayoutCreateRequest(string? Code, string? Name, string? Kind, decimal? PaperWidth, decimal? PaperHeight, List<LayoutFieldDto?>? Fields, bool? IsActive, Guid? CopyFrom = null, int? CopyVersion = null);

/// <summary>A layout's new version: the whole field list, with the layout's <c>version</c> read.</summary>
public sealed record LayoutSaveRequest(string? Name, decimal? PaperWidth, decimal? PaperHeight, List<LayoutFieldDto?>? Fields, bool? IsActive, string? Version);

/// <summary>Unsaved paper and fields for the designer's live preview.</summary>
public sealed record LayoutPreviewRequest(decimal? PaperWidth, decimal? PaperHeight, List<LayoutFieldDto?>? Fields);

/// <summary>A layout with one of its versions.</summary>
public sealed record LayoutDto(
    Guid Id, string Code, string Name, string Kind, bool IsActive, int CurrentVersion, int ShownVersion, decimal PaperWidth, decimal PaperHeight,
    IReadOnlyList<LayoutField> Fields, bool HasImage, DateTime VersionCreatedAt, string? VersionCreatedBy, string Version);

/// <summary>The outlet's offsets for a layout (mm; positive moves right/down).</summary>
public sealed record CalibrationRequest(decimal? OffsetX, decimal? OffsetY, string? Version);

/// <summary>The reviewer's credentials for a reprint (sent after a 428).</summary>
public sealed record ReprintRequest(ReviewBody? Review);

/// <summary>A reviewer's login name and password.</summary>
public sealed record ReviewBody(string? LoginName, string? Password);

/// <summary>View → DTO mappings of the Printing API, generated at compile time by Mapperly (a DTO member left unfilled is a build error).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class LayoutMapping
{
    [MapProperty(nameof(LayoutView.Version), nameof(LayoutDto.Version), Use = nameof(Version))]
    public static partial LayoutDto ToDto(LayoutView view);

    [UserMapping(Default = false)]
    private static string Version(long version) => Versions.Format(version);

    /// <summary>Fields as sent; an unreadable alignment or a missing number is left for the model's checks to name.</summary>
    [UserMapping(Ignore = true)]
    public static List<LayoutField>? Fields(List<LayoutFieldDto?>? fields) =>
        fields?.Select(f => f is null ? null! : new LayoutField(f.Value ?? "", f.X ?? -1, f.Y ?? -1, f.Width ?? 0, f.FontSize ?? 0,
            Enum.TryParse<FieldAlign>(f.Align ?? "Left", true, out var a) && Enum.IsDefined(a) ? a : (FieldAlign)(-1))).ToList();
}
