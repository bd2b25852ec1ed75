using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Screens;

/// <summary>The theme's status page with a text of its own, for a screen request refused before its action runs.</summary>
internal static class StatusPage
{
    /// <summary>A 400 page titled "The request could not be handled" that says <paramref name="text"/> (an English text key).</summary>
    public static ViewResult BadRequest(HttpContext http, ModelStateDictionary modelState, string text) => new()
    {
        ViewName = "StatusCode",
        StatusCode = StatusCodes.Status400BadRequest,
        ViewData = new ViewDataDictionary(http.RequestServices.GetRequiredService<IModelMetadataProvider>(), modelState)
        {
            ["StatusCode"] = StatusCodes.Status400BadRequest,
            [ScreenKeys.StatusTitle] = "The request could not be handled",
            [ScreenKeys.StatusText] = text,
        },
    };
}
