using Admin.Kernel.Results;

namespace Admin.Modules.Reviews;

/// <summary>The Reviews module's messages, in one place (translated through <see cref="ReviewsTexts"/>).</summary>
internal static class ReviewsErrors
{
    /// <summary>A recorded refusal's code in words (English; translated when shown), or null for a code no rule has.</summary>
    public static string? ReasonText(string? code) => code switch
    {
        "review.checkerIsMaker" => CheckerIsMaker().Message,
        "review.otherOutlet" => OtherOutlet().Message,
        "review.noPermission" => "The reviewer does not hold the permission this review needs.",
        "review.reviewerLocked" => ReviewerLocked().Message,
        "review.reviewerDisabled" => ReviewerDisabled().Message,
        "review.passwordExpired" => PasswordExpired().Message,
        "review.passwordNotSet" => PasswordNotSet().Message,
        "review.badCredentials" => BadCredentials().Message,
        "review.outletUnknown" => MakerOutletUnknown().Message,
        _ => null,
    };

    // The gate (同级复核授权): each refusal names the rule that failed.
    public static OperationError Required(string points) => new("review.required", "A same-level review is required ({0}): a colleague of your outlet authorises it with their login name and password.", null, points);
    public static OperationError CheckerIsMaker() => new("review.checkerIsMaker", "You cannot review your own task: another operator must authorise it.");
    public static OperationError OtherOutlet() => new("review.otherOutlet", "The reviewer must be an operator of the same outlet as the maker.");
    public static OperationError NotHeadOffice() => new("review.otherOutlet", "This review point needs a head-office reviewer.");
    public static OperationError NoPermission(string permission) => new("review.noPermission", "The reviewer does not hold the permission {0}.", null, permission);
    public static OperationError ReviewerLocked() => new("review.reviewerLocked", "The reviewer's account is locked after too many wrong passwords.");
    public static OperationError ReviewerDisabled() => new("review.reviewerDisabled", "The reviewer's account is disabled.");
    public static OperationError PasswordExpired() => new("review.passwordExpired", "The reviewer's password has expired: they must sign in and set a new one first.");
    public static OperationError PasswordNotSet() => new("review.passwordNotSet", "The reviewer must sign in and set their own password first.");
    public static OperationError BadCredentials() => new("review.badCredentials", "Review authentication failed: wrong login name or password.");
    public static OperationError LoginNameRequired() => new("field.required", "Enter the reviewer's login name.", "review.loginName");
    public static OperationError PasswordRequired() => new("field.required", "Enter the reviewer's password.", "review.password");
    public static OperationError MakerOutletUnknown() => new("review.outletUnknown", "The maker's outlet does not exist.");

    // Review points
    // The kernel's text, so it is translated the same way.
    public static OperationError StaleVersion(string current) =>
        new("concurrency.stale", "Someone else changed this record after you opened it (current version {0}). Review the current values and apply your change again.", "version", current);
    public static OperationError PointNotFound() => new("reviewPoint.notFound", "There is no such review point among the enabled modules.");
    public static OperationError PointAlwaysOn(string code) => new("reviewPoint.alwaysOn", "The review point {0} is always on: it cannot be switched off.", "enabled", code);
    public static OperationError ParameterUnknown(string name) => new("reviewPoint.parameterUnknown", "The review point has no parameter {0}.", "parameters", name);
    public static OperationError ParameterTooLong(string name) => new("reviewPoint.parameterTooLong", "The parameter {0} holds at most {1} characters.", "parameters", name, 200);

    // The log
    public static OperationError AuthorisationNotFound() => new("authorisation.notFound", "There is no such authorisation record.");
    public static OperationError OutletFilterInvalid() => new("authorisation.outletInvalid", "An outlet code is exactly 8 digits.", "outlet");
    public static OperationError ResultFilterInvalid() => new("authorisation.resultInvalid", "The result is Granted or Refused.", "result");
    public static OperationError RangeInvalid() => new("authorisation.rangeInvalid", "The start date must not be after the end date.", "from");
    public static OperationError SpanTooLong(int days) => new("authorisation.spanTooLong", "Choose a span of at most {0} days.", "from", days);
    public static OperationError KeptHeadsInvalid() => new("authorisation.keptInvalid", "Kept heads are written outletCode:sequence:hash (64 hex digits), separated by commas; at most 200.", "kept");
    public static OperationError FilterTooLong(string field) => new("authorisation.filterTooLong", "At most {0} characters.", field, 64);
}
