using Admin.Kernel.Api;
using Admin.Kernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Screens;

/// <summary>
/// Refuses a request whose query string, route values or form fields (names, values, file names) hold U+0000, before
/// anything is bound: no field means it, and PostgreSQL cannot store it, so it would otherwise fail at the database or in
/// a field's own validation, differently per module. The API answers its usual 400 problem naming each field
/// (<c>request.nulCharacter</c>); a screen answers a 400 page that says what is wrong. JSON bodies are guarded by
/// <see cref="NoNulStringConverter"/>. An authorization filter ordered before the antiforgery check: ASP.NET Core's reader of
/// URL-encoded forms refuses a NUL itself (the form cannot be read), which the antiforgery check would otherwise report as
/// an expired form. Permissions are checked earlier, by the authorization middleware.
/// </summary>
internal sealed class NulCharacterFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>The form field named when the form itself could not be read because of a NUL (its field is not known).</summary>
    public const string UnreadableForm = "form";

    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.Result is not null)
        {
            return;
        }

        var fields = await FieldsWithNulAsync(context.HttpContext, context.RouteData.Values);
        if (fields.Count == 0)
        {
            return;
        }

        if (IsApi(context))
        {
            var errors = fields.Select(f => KernelErrors.NulCharacter(f)).ToArray();
            context.Result = context.HttpContext.RequestServices.GetRequiredService<AdminProblems>().From(OperationResult.Invalid(errors));
            return;
        }

        context.Result = StatusPage.BadRequest(context.HttpContext, context.ModelState,
            "What you sent contains a NUL character (U+0000), which no field accepts. Go back, remove it and send again.");
    }

    private static bool IsApi(AuthorizationFilterContext context) =>
        context.ActionDescriptor is Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor action
        && action.ControllerTypeInfo.IsDefined(typeof(ApiControllerAttribute), inherit: true);

    private static async Task<List<string>> FieldsWithNulAsync(HttpContext http, RouteValueDictionary route)
    {
        var fields = new List<string>();
        foreach (var (key, value) in route)
        {
            if (value is string s && HasNul(s))
            {
                fields.Add(key);
            }
        }

        foreach (var (key, values) in http.Request.Query)
        {
            if (HasNul(key) || values.Any(HasNul))
            {
                fields.Add(Clean(key));
            }
        }

        if (http.Request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (InvalidDataException e) when (e.InnerException is InvalidOperationException)
            {
                // The URL-encoded form reader's own refusal of a decoded NUL ("The form value contains invalid characters").
                fields.Add(UnreadableForm);
                return fields;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                return fields; // an unreadable form (too large, too many fields) is refused by the antiforgery check or binding (a 400), as before
            }

            foreach (var (key, values) in form)
            {
                if (HasNul(key) || values.Any(HasNul))
                {
                    fields.Add(Clean(key));
                }
            }

            foreach (var file in form.Files)
            {
                if (HasNul(file.Name) || HasNul(file.FileName))
                {
                    fields.Add(Clean(file.Name));
                }
            }
        }

        return fields.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    private static string Clean(string key) => key.Replace("\0", "", StringComparison.Ordinal);
}
