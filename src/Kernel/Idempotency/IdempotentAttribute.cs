using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Admin.Kernel.Api;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Admin.Kernel.Idempotency;

/// <summary>
/// Makes a money-moving action idempotent. The request carries a key (<c>Idempotency-Key</c> header on the API, the hidden
/// field <c>IdempotencyKey</c> on screens); the same key with the same request answers the first answer again and runs
/// nothing; the same key with another request is 422 <c>idempotency.keyReused</c>; a duplicate sent while the first is
/// still running waits for it and gets its answer (or 409 <c>idempotency.inProgress</c>). The action must run its task
/// through <see cref="TaskTransaction"/>, which stores the key in the task's own transaction.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class IdempotentAttribute : Attribute, IAsyncResourceFilter, IAsyncActionFilter, IAsyncResultFilter
{
    private static readonly TimeSpan RaceWait = TimeSpan.FromSeconds(5);

    /// <summary>False to accept requests without a key (they run as usual, unprotected).</summary>
    public bool Required { get; set; } = true;

    /// <inheritdoc />
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[RequestIdempotency.Header].ToString();
        IFormCollection? form = null;
        if (http.Request.HasFormContentType)
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
            if (key.Length == 0)
            {
                key = form[RequestIdempotency.FormField].ToString();
            }
        }

        if (key.Length == 0)
        {
            if (Required)
            {
                context.Result = Problem(http, OperationResult.Invalid(KernelErrors.IdempotencyKeyRequired()));
                return;
            }

            await next();
            return;
        }

        if (key.Length > RequestIdempotency.MaxKeyLength || !key.All(c => c is > ' ' and < '\u007f'))
        {
            context.Result = Problem(http, OperationResult.Invalid(KernelErrors.IdempotencyKeyInvalid(RequestIdempotency.MaxKeyLength)));
            return;
        }

        var owner = http.RequestServices.GetRequiredService<ICurrentOperator>().OperatorId?.ToString("D") ?? "anonymous";
        var hash = await HashAsync(http.Request, form, http.RequestAborted);
        var db = http.RequestServices.GetRequiredService<AdminDbContext>();
        var stored = await db.Set<IdempotencyKey>().AsNoTracking().FirstOrDefaultAsync(k => k.Owner == owner && k.Key == key, http.RequestAborted);
        if (stored is not null)
        {
            context.Result = Answer(http, stored, hash);
            return;
        }

        http.RequestServices.GetRequiredService<RequestIdempotency>().Set(owner, key, hash);
        await next();
    }

    /// <inheritdoc />
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        var idempotency = context.HttpContext.RequestServices.GetRequiredService<RequestIdempotency>();
        if (!idempotency.LostRace)
        {
            return;
        }

        // A duplicate that ran while the first request held the key: answer what the first one answered, once it is stored.
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<AdminDbContext>();
        var until = DateTime.UtcNow + RaceWait;
        do
        {
            var stored = await db.Set<IdempotencyKey>().AsNoTracking()
                .FirstOrDefaultAsync(k => k.Owner == idempotency.Owner && k.Key == idempotency.Key, http.RequestAborted);
            if (stored is { ResponseStatus: not null } || (stored is not null && stored.RequestHash != idempotency.RequestHash))
            {
                executed.Result = Answer(http, stored, idempotency.RequestHash!);
                return;
            }

            await Task.Delay(100, http.RequestAborted);
        }
        while (DateTime.UtcNow < until);
    }

    /// <inheritdoc />
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        var idempotency = http.RequestServices.GetRequiredService<RequestIdempotency>();
        if (!idempotency.Committed)
        {
            return;
        }

        string? body = null;
        if (executed.Result is ObjectResult { Value: { } value })
        {
            var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
            body = JsonSerializer.Serialize(value, value.GetType(), json);
        }

        var status = http.Response.StatusCode;
        var location = http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null;
        var db = http.RequestServices.GetRequiredService<AdminDbContext>();
        await db.Set<IdempotencyKey>().Where(k => k.Owner == idempotency.Owner && k.Key == idempotency.Key && k.ResponseStatus == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.ResponseStatus, status).SetProperty(k => k.ResponseBody, body).SetProperty(k => k.ResponseLocation, location), CancellationToken.None);
    }

    private static IActionResult Answer(HttpContext http, IdempotencyKey stored, string hash)
    {
        if (stored.RequestHash != hash)
        {
            return Problem(http, OperationResult.Fail(FailureKind.Unprocessable, KernelErrors.IdempotencyKeyReused()));
        }

        if (stored.ResponseStatus is not { } status)
        {
            return Problem(http, OperationResult.Conflict(KernelErrors.IdempotencyInProgress()));
        }

        http.Response.Headers["Idempotent-Replayed"] = "true";
        if (stored.ResponseLocation is { } location)
        {
            http.Response.Headers.Location = location;
        }

        if (status is >= 300 and < 400 && stored.ResponseLocation is { } redirect)
        {
            return new RedirectResult(redirect);
        }

        return stored.ResponseBody is null
            ? new StatusCodeResult(status)
            : new ContentResult { StatusCode = status, Content = stored.ResponseBody, ContentType = "application/json; charset=utf-8" };
    }

    private static ObjectResult Problem(HttpContext http, OperationResult result) =>
        http.RequestServices.GetRequiredService<AdminProblems>().From(result);

    /// <summary>
    /// The request's fingerprint: method, path, query and body. A form's antiforgery token and the key itself are left
    /// out (a screen re-posts the same form with a fresh token); other fields count in name order.
    /// </summary>
    private static async Task<string> HashAsync(HttpRequest request, IFormCollection? form, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}\n{request.QueryString}\n"));
        if (form is not null)
        {
            foreach (var field in form.Where(f => f.Key is not ("__RequestVerificationToken" or RequestIdempotency.FormField)).OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes($"{field.Key.Length}:{field.Key}={string.Join('\u001f', field.Value.ToArray())}\u001e"));
            }
        }
        else
        {
            request.EnableBuffering();
            var buffer = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }

            request.Body.Position = 0;
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
