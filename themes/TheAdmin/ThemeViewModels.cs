namespace Admin.Themes.TheAdmin;

/// <summary>ViewData keys the theme uses between its own views.</summary>
internal static class ThemeViewData
{
    /// <summary>Set by the error pages: the layout then renders even if the menu cannot be built.</summary>
    public const string ErrorPage = "TheAdmin.ErrorPage";
}

/// <summary>Model of the <c>_LanguageSwitch</c> partial.</summary>
/// <param name="Id">Id of the select (unique on the page).</param>
/// <param name="OnDark">True when drawn on the dark top bar.</param>
internal sealed record LanguageSwitchModel(string Id, bool OnDark);
