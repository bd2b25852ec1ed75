using Admin.Modules.Operators.Contracts;
using Admin.Modules.Reviews.Models;

namespace Admin.Tests.Reviews;

/// <summary>The reviewer rules of 同级复核授权, without a database.</summary>
public sealed class ReviewRulesTests
{
    private static readonly Guid Outlet = Guid.NewGuid();
    private static readonly Guid OtherOutlet = Guid.NewGuid();
    private static readonly Guid Maker = Guid.NewGuid();
    private static readonly string[] SameLevel = ["Reviews.SameLevel"];

    private static ReviewerCheck Verified(Guid? id = null, Guid? outlet = null, bool active = true, bool expired = false, params string[] permissions) =>
        new(ReviewerCheckStatus.Verified, new ReviewerAccount(id ?? Guid.NewGuid(), "colleague", outlet ?? Outlet, "20000001", active, expired,
            (permissions.Length == 0 ? SameLevel : permissions).ToHashSet()));

    private static string? Code(ReviewerCheck check, bool headOffice = false, params string[] permissions) =>
        ReviewRules.Refusal(check, Maker, new HashSet<Guid> { Outlet }, headOffice, permissions.Length == 0 ? SameLevel : permissions)?.Code;

    [Fact]
    public void Refusal_ColleagueOfSameOutletWithPermission_IsNone() => Assert.Null(Code(Verified()));

    [Fact]
    public void Refusal_ReviewerIsMaker_IsCheckerIsMaker() => Assert.Equal("review.checkerIsMaker", Code(Verified(id: Maker)));

    [Fact]
    public void Refusal_ReviewerOfOtherOutlet_IsOtherOutlet() => Assert.Equal("review.otherOutlet", Code(Verified(outlet: OtherOutlet)));

    [Fact]
    public void Refusal_HeadOfficePointWithOutletReviewer_IsOtherOutlet() => Assert.Equal("review.otherOutlet", Code(Verified(outlet: OtherOutlet), headOffice: true));

    [Fact]
    public void Refusal_ReviewerWithoutPermission_IsNoPermission()
    {
        var error = ReviewRules.Refusal(Verified(permissions: "Counter.Collect"), Maker, new HashSet<Guid> { Outlet }, false, SameLevel);
        Assert.Equal("review.noPermission", error?.Code);
        Assert.Equal(["Reviews.SameLevel"], error!.Args);
    }

    [Fact]
    public void Refusal_PointNeedsAnotherPermission_IsNoPermission() =>
        Assert.Equal("review.noPermission", Code(Verified(), false, "Reviews.SameLevel", "Counter.ChequeReview"));

    [Fact]
    public void Refusal_LockedReviewer_IsReviewerLocked() => Assert.Equal("review.reviewerLocked", Code(new ReviewerCheck(ReviewerCheckStatus.Locked)));

    [Fact]
    public void Refusal_ExpiredPassword_IsPasswordExpired() => Assert.Equal("review.passwordExpired", Code(Verified(expired: true)));

    [Fact]
    public void Refusal_DisabledReviewer_IsReviewerDisabled() => Assert.Equal("review.reviewerDisabled", Code(Verified(active: false)));

    [Fact]
    public void Refusal_WrongPasswordOrUnknownLogin_IsBadCredentials_RevealingNothingElse()
    {
        // The same answer whether the login exists or not: the check says only "bad credentials".
        Assert.Equal("review.badCredentials", Code(new ReviewerCheck(ReviewerCheckStatus.BadCredentials)));
    }

    [Fact]
    public void Refusal_MakerTypesOwnNameAtOtherOutlet_IsCheckerIsMakerFirst() =>
        Assert.Equal("review.checkerIsMaker", Code(Verified(id: Maker, outlet: OtherOutlet, permissions: "None")));
}
