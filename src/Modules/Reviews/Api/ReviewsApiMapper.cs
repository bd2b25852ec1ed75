using Admin.Modules.Reviews.Models;
using Riok.Mapperly.Abstractions;

namespace Admin.Modules.Reviews.Api;

/// <summary>
/// Entity → DTO mappings of the Reviews API, generated at compile time by Mapperly (a DTO member left unfilled is a build
/// error). Review points and chain verifications are built by hand: they need the stored parameter values or the
/// request's language.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class ReviewsApiMapper
{
    [MapProperty(nameof(Authorisation.OccurredAt), nameof(AuthorisationDto.OccurredAt), Use = nameof(Utc))]
    [MapProperty(nameof(Authorisation.RequestedAt), nameof(AuthorisationDto.RequestedAt), Use = nameof(UtcOrNull))]
    [MapProperty(nameof(Authorisation.PointCodes), nameof(AuthorisationDto.Points), Use = nameof(Codes))]
    [MapProperty(nameof(Authorisation.MakerLogin), nameof(AuthorisationDto.Maker))]
    [MapProperty(nameof(Authorisation.ReviewerLogin), nameof(AuthorisationDto.Reviewer))]
    [MapProperty(nameof(Authorisation.PreviousHash), nameof(AuthorisationDto.PreviousHash), Use = nameof(Trimmed))]
    [MapProperty(nameof(Authorisation.Hash), nameof(AuthorisationDto.Hash), Use = nameof(Trimmed))]
    public static partial AuthorisationDto ToDto(Authorisation authorisation);

    /// <summary>Instants read back from the database carry no kind; they are UTC, and JSON should say so (<c>Z</c>).</summary>
    [UserMapping(Default = false)]
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    [UserMapping(Default = false)]
    private static DateTime? UtcOrNull(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    [UserMapping(Default = false)]
    private static IReadOnlyList<string> Codes(string pointCodes) => pointCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Hashes are stored in fixed-width columns (PostgreSQL pads them).</summary>
    [UserMapping(Default = false)]
    private static string Trimmed(string hash) => hash.Trim();
}
