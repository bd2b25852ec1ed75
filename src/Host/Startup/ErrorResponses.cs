using Admin.Kernel.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Host.Startup;

/// <summary>
/// Bodies for error statuses that carry none: problem details under <c>/api</c>, a page for screens.
/// Unexpected exceptions are logged and answered the same way (never a stack trace).
/// </summary>
internal static class ErrorResponses
{
    public static IApplicationBuilder UseAdminErrorResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            // A request the client broke (a body cut off or longer than announced) is answered with its 4xx; it is not an
            // error of the host, so it is not logged as one.
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException,
            ExceptionHandler = async context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await WriteProblemAsync(context);
                }
                else
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    var text = context.RequestServices.GetRequiredService<AdminText>();
                    await context.Response.WriteAsync($"<!doctype html><title>{text["Something went wrong"]}</title><p>{text["Something went wrong"]}</p><p><a href=\"/\">{text["Back to home"]}</a></p>");
                }
            },
        });

        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages(c => WriteProblemAsync(c.HttpContext)));
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), screens => screens.UseStatusCodePagesWithReExecute("/status/{0}"));
        return app;
    }

    private static async Task WriteProblemAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var text = context.RequestServices.GetRequiredService<AdminText>();
        var (code, title) = status switch
        {
            400 => ("request.invalid", "The request is not valid."),
            401 => ("auth.required", "Sign in first: send a valid bearer token."),
            403 => ("auth.forbidden", "Not allowed."),
            404 => ("notFound", "Not found."),
            405 => ("method.notAllowed", "This method is not allowed here."),
            413 => ("request.tooLarge", "The request is too large."),
            415 => ("request.unsupportedMediaType", "Send JSON (Content-Type: application/json)."),
            _ => status >= 500 ? ("server.error", "Something went wrong") : ("error", "Error."),
        };
        var problem = new ProblemDetails { Status = status, Title = text[title].Value, Type = $"urn:admin-console:problem:{code}" };
        problem.Extensions["code"] = code;
        context.Response.ContentType = "application/problem+json";
        await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
