using System.Globalization;
using Admin.Kernel.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cheques.Controllers;

/// <summary>The cheque screens' dates as typed (<c>yyyy-MM-dd</c>); an unreadable one is a message beside its field.</summary>
internal static class ChequeDates
{
    /// <summary>The day typed, null when empty; unreadable: null and a model error on <paramref name="key"/>.</summary>
    public static DateOnly? ParseDate(this Controller controller, AdminText text, string? typed, string key, string field)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        if (DateOnly.TryParseExact(typed.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        controller.ModelState.AddModelError(key, text.Message(ChequesErrors.DateInvalid(field)));
        return null;
    }
}
