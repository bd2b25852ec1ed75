using Admin.Kernel.Results;
using Admin.Modules.Operators.Contracts;

namespace Admin.Modules.Reviews.Models;

/// <summary>
/// The reviewer rules of 同级复核授权, without a database: given how the reviewer's credentials fared and who the maker is,
/// the refusal (naming the rule) or null when the reviewer may authorise. The password is checked first, always, so
/// nothing about an account is revealed to someone who does not know its password.
/// </summary>
internal static class ReviewRules
{
    /// <param name="check">The reviewer's credential check.</param>
    /// <param name="makerId">The operator who asks.</param>
    /// <param name="allowedOutlets">The outlets a reviewer may belong to (the maker's, or head office's).</param>
    /// <param name="headOfficeOnly">True when the points need a head-office reviewer (changes only the message).</param>
    /// <param name="permissions">The permissions the fired points need.</param>
    public static OperationError? Refusal(ReviewerCheck check, Guid? makerId, IReadOnlySet<Guid> allowedOutlets, bool headOfficeOnly, IEnumerable<string> permissions)
    {
        if (check.Status == ReviewerCheckStatus.Locked)
        {
            return ReviewsErrors.ReviewerLocked();
        }

        if (check.Status != ReviewerCheckStatus.Verified || check.Account is not { } reviewer)
        {
            return ReviewsErrors.BadCredentials();
        }

        if (makerId is { } maker && reviewer.Id == maker)
        {
            return ReviewsErrors.CheckerIsMaker();
        }

        if (!allowedOutlets.Contains(reviewer.OutletId))
        {
            return headOfficeOnly ? ReviewsErrors.NotHeadOffice() : ReviewsErrors.OtherOutlet();
        }

        if (!reviewer.IsActive)
        {
            return ReviewsErrors.ReviewerDisabled();
        }

        if (reviewer.PasswordNotSet)
        {
            return ReviewsErrors.PasswordNotSet();
        }

        if (reviewer.PasswordExpired)
        {
            return ReviewsErrors.PasswordExpired();
        }

        var missing = permissions.FirstOrDefault(p => !reviewer.Permissions.Contains(p));
        return missing is null ? null : ReviewsErrors.NoPermission(missing);
    }
}
