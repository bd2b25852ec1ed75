using Admin.Kernel.Localization;
using Admin.Kernel.Results;

namespace Admin.Kernel.Reviews;

/// <summary>
/// The reviewer's fields of a task form (bound as <c>Review.LoginName</c> and <c>Review.Password</c>); empty until the
/// review dialog asked for them.
/// </summary>
public sealed class ReviewInput
{
    /// <summary>The reviewer's login name.</summary>
    public string? LoginName { get; set; }

    /// <summary>The reviewer's password (never shown back).</summary>
    public string? Password { get; set; }

    /// <summary>The credentials for the gate, or null when none were typed.</summary>
    public ReviewCredentials? ToCredentials() =>
        string.IsNullOrWhiteSpace(LoginName) && string.IsNullOrEmpty(Password) ? null : new ReviewCredentials(LoginName?.Trim(), Password);
}

/// <summary>
/// What the shared review dialog (<c>_ReviewDialog.cshtml</c>) shows over an unchanged task form: why a review is
/// needed, what exactly is authorised, and — after a refused attempt — which rule failed.
/// </summary>
public sealed class ReviewDialogModel
{
    /// <summary>One sentence on what the reviewer authorises (translated), e.g. the customer, the total and the payment method.</summary>
    public string Subject { get; init; } = "";

    /// <summary>Why review points fired, translated, one line each (e.g. "collected 0.00, schedule 20.00: card cost fee").</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The refusal of the last attempt (which rule failed), translated; null on the first opening.</summary>
    public string? Refusal { get; init; }

    /// <summary>The login name typed last (the password is never shown back).</summary>
    public string? LoginName { get; init; }

    /// <summary>The name prefix of the dialog's fields in the task form.</summary>
    public string FieldPrefix { get; init; } = "Review";

    /// <summary>
    /// The dialog for a counter task's failed result (<see cref="CounterTask.ReviewAsync"/>): 428 <c>review.required</c>
    /// opens it; a 403 whose code starts with <c>review.</c> opens it with the refusal; any other failure, or a result
    /// without a <see cref="ReviewAsk"/>, answers null (show the errors on the form as usual).
    /// </summary>
    public static ReviewDialogModel? For(OperationResult result, AdminText text, ReviewInput? typed)
    {
        var first = result.Errors.FirstOrDefault();
        var refused = result.Failure is FailureKind.Forbidden or FailureKind.Locked or FailureKind.Unauthorized
            && first?.Code.StartsWith("review.", StringComparison.Ordinal) == true;
        if ((result.Failure != FailureKind.ReviewRequired && !refused) || result.Review is not { } ask)
        {
            return null;
        }

        return new ReviewDialogModel
        {
            Subject = Translate(text, ask.Subject.Message, ask.Subject.Args),
            Reasons = ask.Reasons.Select(r => Translate(text, r.Message, r.Args)).ToList(),
            Refusal = refused ? text.Message(first!) : null,
            LoginName = typed?.LoginName,
        };
    }

    private static string Translate(AdminText text, string message, object?[] args) =>
        args.Length == 0 ? text[message].Value : text[message, args.Select(a => a is ReviewText inner ? Translate(text, inner.Message, inner.Args) : a).ToArray()!].Value;
}
