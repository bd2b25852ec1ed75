namespace Admin.Host.Startup;

/// <summary>
/// Refuses a NUL character (U+0000) in the query or URL-encoded form of the OpenID Connect endpoints (<c>/connect/...</c>)
/// before OpenIddict reads them: it reads the request in the authentication middleware, ahead of the MVC filter that guards
/// every other endpoint, and ASP.NET Core's form reader throws on a decoded NUL (which would be a 500). The answer is the
/// protocol's own 400 (<c>invalid_request</c>), which OAuth clients understand.
/// </summary>
internal static class ProtocolNulGuard
{
    public static IApplicationBuilder UseProtocolNulGuard(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase), branch => branch.Use(async (context, next) =>
        {
            if (await HasNulAsync(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsJsonAsync(new Dictionary<string, string>
                {
                    ["error"] = "invalid_request",
                    ["error_description"] = "The request contains a NUL character (U+0000), which no parameter accepts.",
                });
                return;
            }

            await next(context);
        }));

    private static async Task<bool> HasNulAsync(HttpRequest request)
    {
        if (request.Query.Any(q => q.Key.Contains('\0') || q.Value.Any(v => v is not null && v.Contains('\0'))))
        {
            return true;
        }

        if (!request.HasFormContentType)
        {
            return false;
        }

        try
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form.Any(f => f.Key.Contains('\0') || f.Value.Any(v => v is not null && v.Contains('\0')));
        }
        catch (InvalidDataException)
        {
            // The URL-encoded form reader refuses a decoded NUL (or a form too large) itself: refused either way.
            return true;
        }
    }
}
