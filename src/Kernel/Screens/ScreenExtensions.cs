using Admin.Kernel.Localization;
using Admin.Kernel.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Screens;

/// <summary>Helpers for server-rendered screens: errors into ModelState, notices across the redirect.</summary>
public static class ScreenExtensions
{
    /// <summary>TempData key of the success notice.</summary>
    public const string SuccessKey = "notice.success";
    /// <summary>TempData key of the error notice.</summary>
    public const string ErrorKey = "notice.error";

    /// <summary>Adds a failed result's errors, translated, beside their fields (or to the summary).</summary>
    public static void AddErrors(this ModelStateDictionary modelState, OperationResult result, AdminText text, string? prefix = null)
    {
        foreach (var error in result.Errors)
        {
            var key = error.Field is null ? "" : prefix is null ? error.Field : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, text.Message(error));
        }
    }

    /// <summary>Shows a translated success notice after the next redirect.</summary>
    public static void Notify(this Controller controller, string message, params object[] args)
    {
        var text = controller.HttpContext.RequestServices.GetRequiredService<AdminText>();
        controller.TempData[SuccessKey] = args.Length == 0 ? text[message].Value : text[message, args].Value;
    }

    /// <summary>Shows a failure as an error notice after the next redirect.</summary>
    public static void NotifyError(this Controller controller, OperationResult result)
    {
        var text = controller.HttpContext.RequestServices.GetRequiredService<AdminText>();
        controller.TempData[ErrorKey] = string.Join(" ", result.Errors.Select(text.Message));
    }

    /// <summary>Reads and clears a notice.</summary>
    public static string? TakeNotice(this ITempDataDictionary tempData, string key) => tempData[key] as string;
}
