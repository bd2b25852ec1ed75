using Admin.Kernel.Reviews;
using Admin.Modules.Reviews.Models;
using Admin.Modules.Reviews.Services;

namespace Admin.Modules.Reviews.Api;

public sealed record ReviewParameterDto(string Name, string Description, string DefaultValue, string Value);

public sealed record ReviewPointDto(string Code, string Module, string Description, string Permission, string Scope, bool Enabled, IReadOnlyList<ReviewParameterDto> Parameters, string Version)
{
    public static ReviewPointDto From(ReviewPointView view) => new(
        view.Point.Code, view.Point.ModuleId, view.Point.Description, view.Permission, view.Point.Scope.ToString(), view.Enabled,
        view.Point.Parameters.Select(p => new ReviewParameterDto(p.Name, p.Description, p.DefaultValue, view.Parameters[p.Name])).ToList(),
        view.Version);
}

/// <summary>A change of a review point: <c>enabled</c> and/or parameter values (null or empty: back to the default), with the version read.</summary>
public sealed record ReviewPointRequest(bool? Enabled, Dictionary<string, string?>? Parameters, string? Version);

public sealed record AuthorisationDto(
    long Id, string OutletCode, long Sequence, DateTime OccurredAt, DateTime? RequestedAt, IReadOnlyList<string> Points, string TaskType, string? TaskId,
    string? Maker, string Reviewer, string Result, string? Reason, string? ClientIp, string PreviousHash, string Hash);

/// <summary>One record with its canonical summary and the exact content its hash covers.</summary>
public sealed record AuthorisationDetailDto(AuthorisationDto Record, System.Text.Json.JsonElement Summary, string CanonicalContent, bool HashMatches)
{
    public static AuthorisationDetailDto From(AuthorisationDetail detail) =>
        new(ReviewsApiMapper.ToDto(detail.Record), detail.Summary, detail.CanonicalContent, detail.HashMatches);
}

public sealed record ChainFailureDto(long? RecordId, long Sequence, string Problem);

public sealed record OutletChainDto(string OutletCode, long Count, string HeadHash, bool Intact, ChainFailureDto? FirstFailure);

public sealed record ChainVerificationDto(bool Intact, DateTime VerifiedAt, IReadOnlyList<OutletChainDto> Outlets);

public sealed record FlagDto(string Kind, string OutletCode, DateOnly Day, string Reason, IReadOnlyList<long> Records);

public sealed record DailyCountDto(string OutletCode, DateOnly Day, int Overrides, int Refusals);

/// <summary>The log's query string.</summary>
public sealed class AuthorisationQueryParameters
{
    public string? Outlet { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Maker { get; init; }
    public string? Reviewer { get; init; }
    public string? Point { get; init; }
    public string? Result { get; init; }
    public string? After { get; init; }
    public int? Limit { get; init; }

    public AuthorisationFilter ToFilter() => new(Outlet, From, To, Maker, Reviewer, Point, Result, After, Limit);
}
