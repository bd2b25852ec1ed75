namespace Admin.Kernel.Results;

/// <summary>What kind of failure an <see cref="OperationResult"/> reports; decides the HTTP status on the API.</summary>
public enum FailureKind
{
    /// <summary>Not a failure.</summary>
    None,
    /// <summary>Bad input (400); errors name the fields.</summary>
    Validation,
    /// <summary>No such thing, or one the caller may not see (404).</summary>
    NotFound,
    /// <summary>A duplicate, a state conflict or a stale version (409).</summary>
    Conflict,
    /// <summary>The caller may not do this (403).</summary>
    Forbidden,
    /// <summary>The account is locked (423).</summary>
    Locked,
    /// <summary>The credentials were refused (401).</summary>
    Unauthorized,
    /// <summary>A same-level review must authorise the request first (428).</summary>
    ReviewRequired,
    /// <summary>Something the server needs is missing (a font, a file); nothing the caller can fix (503).</summary>
    Unavailable,
    /// <summary>Well-formed but not acceptable as sent, e.g. an idempotency key reused with another request (422).</summary>
    Unprocessable,
}

/// <summary>
/// One expected failure: a stable machine-readable <see cref="Code"/>, an English message template
/// (translated when shown, with <see cref="Args"/> formatted in) and, for validation, the field it concerns.
/// </summary>
public sealed record OperationError(string Code, string Message, string? Field = null, params object?[] Args)
{
    /// <summary>The message with its arguments, untranslated.</summary>
    public override string ToString() => Args.Length == 0 ? Message : string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, Args);
}

/// <summary>The outcome of a service call: success, or a failure with its kind and errors. Expected failures are results, not exceptions.</summary>
public class OperationResult
{
    private static readonly OperationResult SuccessResult = new(FailureKind.None, []);

    /// <summary>Creates a result.</summary>
    protected OperationResult(FailureKind failure, IReadOnlyList<OperationError> errors)
    {
        Failure = failure;
        Errors = errors;
    }

    /// <summary>None when the operation succeeded.</summary>
    public FailureKind Failure { get; }

    /// <summary>The errors; empty on success.</summary>
    public IReadOnlyList<OperationError> Errors { get; }

    /// <summary>Extra values for the API problem (for example the current <c>version</c> on a conflict).</summary>
    public Dictionary<string, object?> Extensions { get; } = new(StringComparer.Ordinal);

    /// <summary>True on success.</summary>
    public bool Succeeded => Failure == FailureKind.None;

    /// <summary>The shared success result.</summary>
    public static OperationResult Success() => SuccessResult;

    /// <summary>A failure of the given kind.</summary>
    public static OperationResult Fail(FailureKind kind, params OperationError[] errors) => new(kind, errors);

    /// <summary>Bad input.</summary>
    public static OperationResult Invalid(params OperationError[] errors) => new(FailureKind.Validation, errors);

    /// <summary>Not found (or not visible to the caller).</summary>
    public static OperationResult NotFound(OperationError error) => new(FailureKind.NotFound, [error]);

    /// <summary>A conflict.</summary>
    public static OperationResult Conflict(OperationError error) => new(FailureKind.Conflict, [error]);

    /// <summary>
    /// Set on a counter task's review-required or refused result (<see cref="Reviews.CounterTask"/>): what the review
    /// dialog shows. Screens only; the API sends <c>reasons</c> and <c>summary</c> as extensions.
    /// </summary>
    public Reviews.ReviewAsk? Review { get; private set; }

    /// <summary>Adds an extension value and returns this result.</summary>
    public OperationResult With(string key, object? value)
    {
        Extensions[key] = value;
        return this;
    }

    /// <summary>Attaches what the review dialog shows and returns this result.</summary>
    public OperationResult WithReview(Reviews.ReviewAsk? review)
    {
        Review = review;
        return this;
    }
}

/// <summary>An <see cref="OperationResult"/> that carries a value on success.</summary>
public sealed class OperationResult<T> : OperationResult
{
    private OperationResult(FailureKind failure, IReadOnlyList<OperationError> errors, T? value)
        : base(failure, errors) => Value = value;

    /// <summary>The value; set only on success.</summary>
    public T? Value { get; }

    /// <summary>Success with a value.</summary>
    public static OperationResult<T> Success(T value) => new(FailureKind.None, [], value);

    /// <summary>A failure of the given kind.</summary>
    public static new OperationResult<T> Fail(FailureKind kind, params OperationError[] errors) => new(kind, errors, default);

    /// <summary>Bad input.</summary>
    public static new OperationResult<T> Invalid(params OperationError[] errors) => new(FailureKind.Validation, errors, default);

    /// <summary>Not found.</summary>
    public static new OperationResult<T> NotFound(OperationError error) => new(FailureKind.NotFound, [error], default);

    /// <summary>A conflict.</summary>
    public static new OperationResult<T> Conflict(OperationError error) => new(FailureKind.Conflict, [error], default);

    /// <summary>Carries another result's failure over to this type.</summary>
    public static OperationResult<T> From(OperationResult failure)
    {
        var result = new OperationResult<T>(failure.Failure, failure.Errors, default);
        foreach (var (k, v) in failure.Extensions)
        {
            result.Extensions[k] = v;
        }

        result.WithReview(failure.Review);
        return result;
    }
}
