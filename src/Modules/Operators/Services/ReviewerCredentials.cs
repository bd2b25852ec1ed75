using Admin.Kernel.Settings;
using Admin.Modules.Operators.Contracts;
using Admin.Modules.Operators.Models;

namespace Admin.Modules.Operators.Services;

/// <summary>The reviewer check of the review gate, on the sign-in rules (attempt counting, lock, password age).</summary>
internal sealed class ReviewerCredentials(SignInService signIn, OperatorPermissionResolver permissions, SystemSettings settings, TimeProvider clock)
    : IReviewerCredentials
{
    public async Task<ReviewerCheck> CheckAsync(string outletCode, string loginName, string password, CancellationToken ct = default)
    {
        if (!Outlets.Models.Outlet.IsValidCode(outletCode) || loginName.Length is 0 or > 32 || password.Length is 0 or > 128)
        {
            // Nothing an operator could hold: answered like a wrong password, without touching any counter.
            return new ReviewerCheck(ReviewerCheckStatus.BadCredentials);
        }

        var (status, op) = await signIn.CheckReviewerPasswordAsync(outletCode, loginName, password, ct);
        if (status != ReviewerCheckStatus.Verified || op is null)
        {
            return new ReviewerCheck(status);
        }

        var maxAge = await settings.GetIntAsync(OperatorsSettings.PasswordMaxAgeDays, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return new ReviewerCheck(ReviewerCheckStatus.Verified, new ReviewerAccount(
            op.Id,
            op.LoginName,
            op.OutletId,
            op.OutletCode,
            op.Status == OperatorStatus.Active,
            op.MustChangePassword || op.PasswordExpired(now, maxAge),
            await permissions.GetPermissionsAsync(op.Id, ct)));
    }
}
