using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>The one way browser tests sign in.</summary>
public static class BrowserSignIn
{
    /// <summary>
    /// Signs in through the login form, finding the fields by id so that it works in any language, and waits until the
    /// page the form leads to (home, the forced password change, or the form again with its message) has loaded.
    /// </summary>
    public static async Task SignInAsync(IPage page, string outlet, string login, string password)
    {
        await page.GotoAsync("/login");
        await page.Locator("#OutletCode").FillAsync(outlet);
        await page.Locator("#LoginName").FillAsync(login);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("#Password").PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
