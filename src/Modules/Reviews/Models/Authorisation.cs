using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Admin.Kernel.Data;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;

namespace Admin.Modules.Reviews.Models;

/// <summary>Whether a review attempt authorised the task.</summary>
public enum AuthorisationResult
{
    Granted,
    Refused,
}

/// <summary>
/// One review attempt in the authorisation log, granted or refused. Records are appended, never changed: each outlet's
/// records form a hash chain (<see cref="Sequence"/> 1, 2, 3…; <see cref="PreviousHash"/> is the hash of the record before,
/// <see cref="Hash"/> the SHA-256 of this record's canonical content), so a change, deletion or insertion made behind the
/// console's back shows when the chain is verified.
/// </summary>
public sealed class Authorisation : IOutletOwned
{
    /// <summary>The hash before an outlet's first record.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public long Id { get; set; }
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public long Sequence { get; set; }
    public DateTime OccurredAt { get; set; }
    /// <summary>When the task first answered "review required" for this exact request (null when unknown).</summary>
    public DateTime? RequestedAt { get; set; }
    /// <summary>The review points that fired, comma-separated.</summary>
    public string PointCodes { get; set; } = "";
    public string TaskType { get; set; } = "";
    /// <summary>The task the review authorised (granted records only).</summary>
    public string? TaskId { get; set; }
    /// <summary>The canonical summary of exactly what was authorised (JSON).</summary>
    public string Summary { get; set; } = "";
    public Guid? MakerId { get; set; }
    public string? MakerLogin { get; set; }
    /// <summary>The reviewer, when the password was right; null for bad credentials.</summary>
    public Guid? ReviewerId { get; set; }
    /// <summary>The reviewer's login name as typed.</summary>
    public string ReviewerLogin { get; set; } = "";
    public AuthorisationResult Result { get; set; }
    /// <summary>The refusal's code (<c>review.checkerIsMaker</c> …); null when granted.</summary>
    public string? Reason { get; set; }
    public string? ClientIp { get; set; }
    public string PreviousHash { get; set; } = Genesis;
    public string Hash { get; set; } = "";

    /// <summary>
    /// The text that is hashed: every field but the database id and the hash itself, in a fixed order, written by the
    /// kernel's one canonical writer (the same that writes the tasks' summaries).
    /// </summary>
    public string CanonicalContent() => CanonicalJson.Array(
    [
        "v1",
        OutletId.ToString("D"),
        OutletCode,
        Sequence,
        Instant(OccurredAt),
        RequestedAt is { } requested ? Instant(requested) : null,
        PointCodes,
        TaskType,
        TaskId,
        Summary,
        MakerId?.ToString("D"),
        MakerLogin,
        ReviewerId?.ToString("D"),
        ReviewerLogin,
        Result.ToString(),
        Reason,
        ClientIp,
        PreviousHash,
    ]);

    /// <summary>SHA-256 of <see cref="CanonicalContent"/>, lower-case hex.</summary>
    public string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalContent())));

    /// <summary>Instants are kept to the millisecond, so that every database gives back exactly what was hashed.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    private static string Instant(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>The head of one outlet's chain: the last sequence number and hash. Appends bump it, which serialises them.</summary>
public sealed class ChainHead
{
    public Guid OutletId { get; set; }
    public long Sequence { get; set; }
    public string Hash { get; set; } = Authorisation.Genesis;
}

/// <summary>When a task answered "review required" (428) for a request, so the log can tell how fast the review followed.</summary>
public sealed class ReviewRequestMark
{
    public long Id { get; set; }
    public Guid OutletId { get; set; }
    public Guid? MakerId { get; set; }
    /// <summary>SHA-256 of the task type and canonical summary.</summary>
    public string RequestHash { get; set; } = "";
    public DateTime RequestedAt { get; set; }

    /// <summary>The key a request is found by: its task type and canonical summary.</summary>
    public static string HashOf(string taskType, string summary) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(taskType + "\n" + summary)));
}

/// <summary>Head office's configuration of one review point (absent: on, with the declared defaults).</summary>
public sealed class ReviewPointSetting : IVersioned
{
    public string Code { get; set; } = "";
    public bool Enabled { get; set; } = true;
    /// <summary>Parameter values as a JSON object (name → text).</summary>
    public string Parameters { get; set; } = "{}";
    public DateTime ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
    public long Version { get; set; }
}
