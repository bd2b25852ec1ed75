using Admin.Kernel.Screens;
using Admin.Modules.Reviews.Models;
using Admin.Modules.Reviews.Services;

namespace Admin.Modules.Reviews.ViewModels;

public sealed class ReviewPointsViewModel
{
    public IReadOnlyList<ReviewPointView> Points { get; init; } = [];
    /// <summary>The point whose save failed, with what was typed.</summary>
    public string? FailedCode { get; init; }
    public ReviewPointInput? Failed { get; init; }
}

public sealed class ReviewPointInput
{
    public bool Enabled { get; set; }
    public Dictionary<string, string?> Parameters { get; set; } = new(StringComparer.Ordinal);
    public string? Version { get; set; }
}

public sealed class AuthorisationLogViewModel
{
    public string? Outlet { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Maker { get; init; }
    public string? Reviewer { get; init; }
    public string? Point { get; init; }
    public string? Result { get; init; }
    public bool IsFirstPage { get; init; }
    public IReadOnlyList<Authorisation> Records { get; set; } = [];

    /// <summary>What each record authorised, in words (by record id).</summary>
    public IReadOnlyDictionary<long, AuthorisedTask> Tasks { get; set; } = new Dictionary<long, AuthorisedTask>();
    public string? Next { get; set; }
    public IReadOnlyList<AuthorisationFlag> Flags { get; set; } = [];
    public DateOnly FlagsFrom { get; set; }
    public DateOnly FlagsTo { get; set; }
    public HomeChart? DailyChart { get; set; }
    public HomeChart? OutletChart { get; set; }
    public ChainVerification? Verification { get; set; }
    public string? Kept { get; set; }

    /// <summary>The filters as query values (for links: next page, export, verify).</summary>
    public Dictionary<string, string?> Query() => new Dictionary<string, string?>
    {
        ["outlet"] = Outlet, ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["maker"] = Maker, ["reviewer"] = Reviewer, ["point"] = Point, ["result"] = Result,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value);
}

public sealed class AuthorisationDetailViewModel
{
    public required Authorisation Record { get; init; }
    public required AuthorisedTask Task { get; init; }
    public required string Summary { get; init; }
    public required string CanonicalContent { get; init; }
    public required bool HashMatches { get; init; }
}
