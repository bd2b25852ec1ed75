using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Logging;

namespace Admin.Kernel.Screens;

/// <summary>
/// A screen action whose form model could not be bound at all (the form could not be read, a value provider failed) would
/// run with a null model and fail with a 500. This answers 400 instead, before the action runs; so does a yes/no field that
/// holds something else (see <see cref="YesNoModelBinder"/>). API controllers get the
/// same from <see cref="ApiControllerAttribute"/>'s automatic 400.
/// </summary>
internal sealed class ScreenInputFilter(ILogger<ScreenInputFilter> logger) : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.Controller.GetType().IsDefined(typeof(ApiControllerAttribute), inherit: true))
        {
            return;
        }

        if (YesNoModelBinder.UnreadableFields(context.HttpContext) is { Count: > 0 } yesNo)
        {
            logger.LogInformation("Screen input of {Action}: yes/no fields that are not yes or no: {Fields}", context.ActionDescriptor.DisplayName, string.Join(", ", yesNo));
            context.Result = StatusPage.BadRequest(context.HttpContext, context.ModelState,
                "A yes/no field of what you sent holds something other than yes or no. Open the page again and send the form from it.");
            return;
        }

        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            var type = parameter.ParameterType;
            if (type.IsClass && type != typeof(string) && !typeof(IFormFile).IsAssignableFrom(type) && !typeof(IFormFileCollection).IsAssignableFrom(type)
                && (!context.ActionArguments.TryGetValue(parameter.Name, out var value) || value is null))
            {
                logger.LogInformation("Screen input {Parameter} of {Action} could not be bound: {Errors}", parameter.Name, context.ActionDescriptor.DisplayName,
                    string.Join("; ", context.ModelState.Where(m => m.Value?.Errors.Count > 0).Select(m => $"{m.Key}: {string.Join(", ", m.Value!.Errors.Select(e => e.ErrorMessage + e.Exception?.Message))}")));
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                return;
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
