using System.Threading.RateLimiting;
using Admin.Kernel.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// One concurrency limit shared by every sign-in route (the login form, the forced password change at login,
/// <c>POST /api/auth/token</c>): password hashing is deliberately slow, so without a limit a burst of sign-ins would take
/// every core and every other page would wait. <c>SignIn:ConcurrencyLimit</c> sign-ins run at once (default: the number
/// of cores, at least 2), <c>SignIn:QueueLimit</c> more wait (default 32); beyond that the answer is 429 at once, with a
/// problem (<c>signIn.busy</c>) under <c>/api</c> and the status page for screens, and <c>Retry-After: 1</c>.
/// The host must call <c>app.UseRateLimiter()</c> after routing.
/// </summary>
public static class SignInLimiter
{
    /// <summary>The rate-limiter policy name the sign-in actions carry (<c>[EnableRateLimiting]</c>).</summary>
    public const string Policy = "sign-in";

    internal static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var permits = Math.Max(1, configuration.GetValue("SignIn:ConcurrencyLimit", Math.Max(2, Environment.ProcessorCount)));
        var queue = Math.Max(0, configuration.GetValue("SignIn:QueueLimit", 32));
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, _ => RateLimitPartition.GetConcurrencyLimiter(Policy, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = permits,
                QueueLimit = queue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = "1";
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    var text = http.RequestServices.GetRequiredService<AdminText>();
                    var problem = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = text["Too many sign-ins at once. Try again in a moment."].Value,
                        Type = "urn:admin-console:problem:signIn.busy",
                    };
                    problem.Extensions["code"] = "signIn.busy";
                    await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
                }
            };
        });
    }
}
