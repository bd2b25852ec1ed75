using Admin.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console served by Kestrel on a loopback port, on its own SQLite database.</summary>
public sealed class SiteFixture : RealSite;

/// <summary>Issue 2's browser test: sign in as the administrator, see the menu, switch to 简体中文, open the Modules screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KernelScreensTests(BrowserFixture browser, SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Administrator_SignsIn_SeesMenu_SwitchesToChinese_OpensModules()
    {
        var page = await browser.NewPageAsync(site.Url);
        try
        {
            await page.GotoAsync("/");
            Assert.EndsWith("/login?ReturnUrl=%2F", page.Url);

            // The trade's three fields; the first is focused, Enter submits.
            await page.Keyboard.TypeAsync(AdminAppFactory.HeadOffice);
            await page.GetByLabel("Login name").FillAsync("admin");
            await page.GetByLabel("Password").FillAsync(AdminAppFactory.AdminPassword);
            await page.GetByLabel("Password").PressAsync("Enter");
            await page.WaitForURLAsync(site.Url + "/");

            var nav = page.Locator("nav, aside").Filter(new() { HasText = "Modules" }).First;
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Modules" })).ToBeVisibleAsync();
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Audit trail" })).ToBeVisibleAsync();

            // Switch the language from the top bar.
            await page.Locator("select[name=culture]").First.SelectOptionAsync("zh-CN");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

            await page.GetByRole(AriaRole.Link, new() { Name = "模块" }).First.ClickAsync();
            await page.WaitForURLAsync(site.Url + "/admin/modules");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("模块");
            await Assertions.Expect(page.Locator("#modules tr[data-module=Operators]")).ToContainTextAsync("始终启用");
            await Assertions.Expect(page.Locator("#modules tr[data-module=Outlets]")).ToBeVisibleAsync();

            // The sign-in was audited with the browser's address (a real socket here).
            await page.GotoAsync("/admin/audit?module=Operators");
            await Assertions.Expect(page.Locator("#audit-events")).ToContainTextAsync("127.0.0.1");
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, nameof(Administrator_SignsIn_SeesMenu_SwitchesToChinese_OpensModules));
            throw;
        }
    }
}
