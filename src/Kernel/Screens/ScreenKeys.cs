namespace Admin.Kernel.Screens;

/// <summary>A step of the breadcrumb trail; the last one (the current screen) has no URL. Titles are English and translated when shown.</summary>
public sealed record Breadcrumb(string Title, string? Url = null);

/// <summary>ViewData keys the theme's layout reads.</summary>
public static class ScreenKeys
{
    /// <summary>The page title (English; the layout translates it).</summary>
    public const string Title = "Title";
    /// <summary>An <c>IReadOnlyList&lt;Breadcrumb&gt;</c>; the layout prepends Home.</summary>
    public const string Breadcrumbs = "Breadcrumbs";
    /// <summary>On the status page: a title (English) that replaces the one chosen by status code.</summary>
    public const string StatusTitle = "StatusTitle";
    /// <summary>On the status page: the explanation (English) that goes with <see cref="StatusTitle"/>.</summary>
    public const string StatusText = "StatusText";
}

/// <summary>The model of the theme's <c>_Pager</c> partial: keyset paging links (null hides a link).</summary>
public sealed record PagerModel(string? NextUrl, string? FirstUrl);
