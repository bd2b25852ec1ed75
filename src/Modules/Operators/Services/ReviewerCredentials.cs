using Admin.Kernel.Settings;
using Admin.Modules.Operators.Contracts;
using Admin.Modules.Operators.Models;

namespace Admin.Modules.Operators.Services;

/// <summary>The reviewer check of the review gate, on the sign-in rules (attempt counting, lock, password age).</summary>
internal sealed class ReviewerCredentials(FailedAttemptGuard guard, OperatorPermissionResolver permissions, SystemSettings settings)
    : IReviewerCredentials
{
    public async Task<ReviewerCheck> CheckAsync(string outletCode, string loginName, string password, CancellationToken ct = default)
    {
        if (!Outlets.Contracts.OutletCodes.IsValid(outletCode) || loginName.Length is 0 or > 32 || password.Length is 0 or > 128)
        {
            // Nothing an operator could hold: answered like a wrong password, without touching any counter.
            return new ReviewerCheck(ReviewerCheckStatus.BadCredentials);
        }

        // A wrong reviewer password counts toward the reviewer's own lock, exactly like a wrong one at sign-in.
        var attempt = await guard.CheckAsync(outletCode, loginName, password, AttemptPurpose.Review, Task.FromResult, ct);
        if (attempt is not { Outcome: AttemptOutcome.Verified, Operator: { } op })
        {
            return new ReviewerCheck(attempt.Outcome == AttemptOutcome.Locked ? ReviewerCheckStatus.Locked : ReviewerCheckStatus.BadCredentials);
        }

        var maxAge = await settings.GetIntAsync(OperatorsSettings.PasswordMaxAgeDays, ct);
        return new ReviewerCheck(ReviewerCheckStatus.Verified, new ReviewerAccount(
            op.Id,
            op.LoginName,
            op.OutletId,
            op.OutletCode,
            op.Status == OperatorStatus.Active,
            op.PasswordExpired(attempt.Now, maxAge),
            await permissions.GetPermissionsAsync(op.Id, ct)) { PasswordNotSet = op.MustChangePassword });
    }
}
