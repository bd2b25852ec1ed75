using Admin.Kernel.Results;

namespace Admin.Kernel.Reviews;

/// <summary>Who may review a point: a colleague of the maker's outlet, or head office.</summary>
public enum ReviewScope
{
    /// <summary>A second operator of the maker's own outlet (同级复核).</summary>
    SameOutlet,
    /// <summary>An operator of the head office.</summary>
    HeadOffice,
}

/// <summary>A parameter of a review point that head office can set (for example a limit amount).</summary>
/// <param name="Name">Stable name, e.g. <c>limit</c>.</param>
/// <param name="Description">English description, translated when shown.</param>
/// <param name="DefaultValue">The value until head office sets one (invariant culture text).</param>
public sealed record ReviewParameter(string Name, string Description, string DefaultValue);

/// <summary>
/// A review point a module declares, the way it declares permissions. <see cref="Code"/> is <c>"ModuleId.Name"</c>,
/// e.g. <c>Counter.FeeOverride</c>. Head office can switch each point on or off and set its parameters.
/// <see cref="Permission"/> is what the reviewer must hold; null means the review module's own same-level reviewer
/// permission (the module that implements the gate names it, not the kernel).
/// </summary>
public sealed record ReviewPoint(string Code, string Description, string? Permission = null, ReviewScope Scope = ReviewScope.SameOutlet)
{

    /// <summary>The point's parameters with their defaults.</summary>
    public IReadOnlyList<ReviewParameter> Parameters { get; init; } = [];

    /// <summary>
    /// True for a point head office cannot switch off (a manual transfer is always reviewed): it is on whatever was stored,
    /// and switching it off is refused.
    /// </summary>
    public bool AlwaysOn { get; init; }

    /// <summary>The module id: the part of the code before the first dot.</summary>
    public string ModuleId => Code.Split('.', 2)[0];
}

/// <summary>Declares a module's review points. Implementations are found by scanning the module assemblies.</summary>
public interface IReviewPointProvider
{
    /// <summary>The module's review points.</summary>
    IEnumerable<ReviewPoint> GetReviewPoints();
}

/// <summary>The review points' current configuration (on/off, parameters), as head office set it.</summary>
public interface IReviewPoints
{
    /// <summary>True when the point exists, its module is enabled and head office has not switched it off.</summary>
    Task<bool> IsEnabledAsync(string code, CancellationToken ct = default);

    /// <summary>A parameter's current value (the declared default until head office sets one).</summary>
    Task<string> GetParameterAsync(string code, string name, CancellationToken ct = default);
}

/// <summary>The reviewer's credentials, typed into the review dialog or sent as <c>review</c> in the API request body.</summary>
public sealed record ReviewCredentials(string? LoginName, string? Password);

/// <summary>
/// Why one review point fired, as an English template with arguments (translated when shown), e.g.
/// <c>"collected {0}, schedule {1}: {2}"</c>.
/// </summary>
public sealed record ReviewReason(string PointCode, string Message, params object?[] Args)
{
    /// <summary>The reason with its arguments, untranslated.</summary>
    public override string ToString() => Args.Length == 0 ? Message : string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, Args);
}

/// <summary>
/// What a maker asks to do, as the gate sees it.
/// </summary>
/// <param name="TaskType">The task's type, e.g. <c>Counter.FeeCollection</c>.</param>
/// <param name="OutletId">The maker's outlet (the outlet whose chain records the review).</param>
/// <param name="Reasons">Why review points fired; reasons of points that are switched off are ignored by the gate.</param>
/// <param name="Summary">
/// The canonical summary of exactly what is authorised (a JSON object with sorted keys, amounts as fixed two-decimal strings):
/// the record stores it, so a review can never be reused for a different request.
/// </param>
/// <param name="Credentials">The reviewer's credentials, or null on the first attempt.</param>
public sealed record ReviewRequest(string TaskType, Guid OutletId, IReadOnlyList<ReviewReason> Reasons, string Summary, ReviewCredentials? Credentials);

/// <summary>A review the gate has granted; pass it to <see cref="IReviewGate.RecordGrantAsync"/> inside the task's transaction.</summary>
/// <param name="Request">The request that was authorised.</param>
/// <param name="ReviewerId">The reviewer.</param>
/// <param name="ReviewerLogin">The reviewer's login name.</param>
/// <param name="PointCodes">The enabled points that fired.</param>
public sealed record ReviewGrant(ReviewRequest Request, Guid ReviewerId, string ReviewerLogin, IReadOnlyList<string> PointCodes);

/// <summary>The gate's answer to <see cref="IReviewGate.CheckAsync"/>.</summary>
public sealed record ReviewDecision
{
    private ReviewDecision(OperationResult? failure, ReviewGrant? grant, IReadOnlyList<ReviewReason> reasons)
    {
        Failure = failure;
        Grant = grant;
        Reasons = reasons;
    }

    /// <summary>No enabled point fired: the task goes ahead without review.</summary>
    public static ReviewDecision NotNeeded { get; } = new(null, null, []);

    /// <summary>A failure to answer as is: 428 <c>review.required</c> (with <c>reviewPoint</c> and <c>reasons</c>) or a 403 refusal naming the rule.</summary>
    public OperationResult? Failure { get; }

    /// <summary>Set when the review was granted.</summary>
    public ReviewGrant? Grant { get; }

    /// <summary>The reasons of enabled points that fired (what the review dialog states).</summary>
    public IReadOnlyList<ReviewReason> Reasons { get; }

    /// <summary>True when the task may proceed (not needed, or granted).</summary>
    public bool MayProceed => Failure is null;

    /// <summary>Review required or refused.</summary>
    public static ReviewDecision Fail(OperationResult failure, IReadOnlyList<ReviewReason> reasons) => new(failure, null, reasons);

    /// <summary>Granted.</summary>
    public static ReviewDecision Granted(ReviewGrant grant) => new(null, grant, grant.Request.Reasons);
}

/// <summary>
/// The review gate (同级复核授权). A task uses it in two steps:
/// <list type="number">
/// <item><see cref="CheckAsync"/> before it writes anything: no enabled point fired → proceed; fired without credentials →
/// 428 <c>review.required</c>; with credentials the reviewer is checked (same outlet for same-outlet points, active, not locked,
/// password not expired, holds the point's permission, not the maker; a wrong password counts toward the reviewer's lockout).
/// A refused attempt is appended to the authorisation log at once, in its own transaction, and answers 403.</item>
/// <item><see cref="RecordGrantAsync"/> inside the task's own transaction, on the same <c>AdminDbContext</c>, once the task
/// has its id: appends the granted record to the outlet's hash chain. The task's commit commits both, or neither.</item>
/// </list>
/// </summary>
public interface IReviewGate
{
    /// <summary>Step 1: decides whether the task may proceed.</summary>
    Task<ReviewDecision> CheckAsync(ReviewRequest request, CancellationToken ct = default);

    /// <summary>Step 2: appends the granted authorisation for <paramref name="taskId"/>; the caller saves and commits.</summary>
    Task RecordGrantAsync(ReviewGrant grant, string taskId, CancellationToken ct = default);
}
