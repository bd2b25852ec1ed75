namespace Admin.Modules.Operators.Contracts;

/// <summary>How a reviewer's login name and password fared.</summary>
public enum ReviewerCheckStatus
{
    /// <summary>The password is right: <see cref="ReviewerCheck.Account"/> tells who it is.</summary>
    Verified,
    /// <summary>Unknown login name or wrong password (indistinguishable on purpose); a wrong password counted toward the lock.</summary>
    BadCredentials,
    /// <summary>The account (real or unknown) is locked after too many wrong passwords.</summary>
    Locked,
}

/// <summary>A reviewer whose password was verified, with what the review rules need to know.</summary>
public sealed record ReviewerAccount(
    Guid Id,
    string LoginName,
    Guid OutletId,
    string OutletCode,
    bool IsActive,
    bool PasswordExpired,
    IReadOnlySet<string> Permissions)
{
    /// <summary>The reviewer still has the temporary password head office gave them: they never set their own.</summary>
    public bool PasswordNotSet { get; init; }
}

/// <summary>The answer of <see cref="IReviewerCredentials.CheckAsync"/>.</summary>
public sealed record ReviewerCheck(ReviewerCheckStatus Status, ReviewerAccount? Account = null);

/// <summary>
/// Checks a reviewer's login name and password within one outlet (the maker's, or head office), sharing the sign-in
/// lockout accounting: a wrong password counts toward the reviewer's own lock, unknown login names take the same time
/// and answer like bad credentials. The counting is committed at once on the context it runs on.
/// </summary>
public interface IReviewerCredentials
{
    /// <summary>Checks <paramref name="loginName"/> at the outlet <paramref name="outletCode"/>.</summary>
    Task<ReviewerCheck> CheckAsync(string outletCode, string loginName, string password, CancellationToken ct = default);
}
