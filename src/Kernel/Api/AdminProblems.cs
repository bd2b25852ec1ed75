using Admin.Kernel.Localization;
using Admin.Kernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Api;

/// <summary>
/// Turns failures into RFC 7807 problem details: status by kind, a stable <c>code</c>, translated title and detail, and field
/// errors (<c>errors: {"field": ["message"]}</c>) for a validation failure (400) and for a rule failure (422) whose errors name fields.
/// </summary>
public sealed class AdminProblems(AdminText text)
{
    /// <summary>The problem for a failed operation result.</summary>
    public ObjectResult From(OperationResult result)
    {
        var status = StatusOf(result.Failure);
        var first = result.Errors.FirstOrDefault();
        var code = first?.Code ?? "error";
        ProblemDetails problem;
        // A rule failure (422) that names its field(s) carries them like a validation problem: a client shows the message beside the field.
        if (result.Failure == FailureKind.Validation
            || (result.Failure == FailureKind.Unprocessable && result.Errors.Any(e => !string.IsNullOrEmpty(e.Field))))
        {
            var errors = result.Errors
                .GroupBy(e => CamelCase(e.Field ?? ""))
                .ToDictionary(g => g.Key, g => g.Select(text.Message).ToArray());
            problem = new ValidationProblemDetails(errors);
        }
        else
        {
            problem = new ProblemDetails();
        }

        problem.Status = status;
        problem.Type = $"urn:admin-console:problem:{code}";
        problem.Title = text[TitleOf(result.Failure)].Value;
        problem.Detail = first is null ? null : text.Message(first);
        problem.Extensions["code"] = code;
        foreach (var (key, value) in result.Extensions)
        {
            problem.Extensions[key] = value;
        }

        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>A 400 problem from MVC's model state (binding and annotation errors).</summary>
    public ObjectResult FromModelState(ModelStateDictionary modelState)
    {
        // A route value and a body field may share a name ("name" in the path, "$.name" in the body): one entry, both messages.
        var errors = modelState
            .Where(kv => kv.Value is { Errors.Count: > 0 })
            .GroupBy(kv => CamelCase(kv.Key.StartsWith("$.", StringComparison.Ordinal) ? kv.Key[2..] : kv.Key), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(kv => kv.Value!.Errors.Select(e => Clean(e))).Distinct(StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = "urn:admin-console:problem:validation.invalid",
            Title = text[TitleOf(FailureKind.Validation)].Value,
            Detail = errors.Values.SelectMany(v => v).FirstOrDefault(),
        };
        problem.Extensions["code"] = "validation.invalid";
        return new ObjectResult(problem) { StatusCode = 400, ContentTypes = { "application/problem+json" } };
    }

    private string Clean(ModelError error)
    {
        // Never echo exception texts; System.Text.Json's messages name the path and type, which is useful and safe.
        var message = string.IsNullOrEmpty(error.ErrorMessage) ? error.Exception?.Message ?? "Invalid value." : error.ErrorMessage;
        return text[message].Value;
    }

    /// <summary>HTTP status for a failure kind.</summary>
    public static int StatusOf(FailureKind kind) => kind switch
    {
        FailureKind.Validation => StatusCodes.Status400BadRequest,
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Conflict => StatusCodes.Status409Conflict,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        FailureKind.Locked => StatusCodes.Status423Locked,
        FailureKind.Unauthorized => StatusCodes.Status401Unauthorized,
        FailureKind.ReviewRequired => StatusCodes.Status428PreconditionRequired,
        FailureKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        FailureKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static string TitleOf(FailureKind kind) => kind switch
    {
        FailureKind.Validation => "The request is not valid.",
        FailureKind.NotFound => "Not found.",
        FailureKind.Conflict => "The request conflicts with the current state.",
        FailureKind.Forbidden => "Not allowed.",
        FailureKind.Locked => "The account is locked.",
        FailureKind.Unauthorized => "Authentication failed.",
        FailureKind.ReviewRequired => "A same-level review is required.",
        FailureKind.Unavailable => "The service cannot do this now.",
        FailureKind.Unprocessable => "The request cannot be processed as sent.",
        _ => "Error.",
    };

    private static string CamelCase(string field) =>
        string.IsNullOrEmpty(field) ? "" : string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}

/// <summary>
/// Base for API controllers: JSON, problem details, the module's id as area-free route; a state-changing call made with
/// the session cookie needs the antiforgery token (<see cref="CookieCallsNeedAntiforgeryAttribute"/>).
/// </summary>
[ApiController]
[CookieCallsNeedAntiforgery]
public abstract class AdminApiController : ControllerBase
{
    /// <summary>The problem for a failed result.</summary>
    protected ObjectResult Problem(OperationResult result) =>
        HttpContext.RequestServices.GetRequiredService<AdminProblems>().From(result);
}
