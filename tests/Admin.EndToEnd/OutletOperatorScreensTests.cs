using System.Text.RegularExpressions;
using Admin.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for this class (a fresh SQLite database behind Kestrel).</summary>
public sealed class OutletSiteFixture : RealSite;

/// <summary>
/// Issue 3's browser test: head office creates an outlet and an operator for it; the operator signs in with the
/// one-time temporary password, must change it, and then sees only their own outlet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OutletOperatorScreensTests(BrowserFixture browser, OutletSiteFixture site) : IClassFixture<OutletSiteFixture>
{
    private const string OutletCode = "44019901";
    private const string NewPassword = "Counter2026x";

    [Fact]
    public async Task HeadOffice_CreatesOutletAndOperator_OperatorChangesTemporaryPassword_SeesOnlyTheirOutlet()
    {
        var page = await browser.NewPageAsync(site.Url);
        var step = "start";
        try
        {
            step = "administrator signs in";
            await BrowserSignIn.SignInAsync(page, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            await page.WaitForURLAsync(site.Url + "/");

            step = "create the outlet";
            await page.GotoAsync("/admin/outlets/new");
            await page.GetByLabel("Outlet code").FillAsync(OutletCode);
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("天河体育中心网点");
            await page.GetByLabel("Type").SelectOptionAsync("Outlet");
            await page.GetByLabel("Parent").SelectOptionAsync(AdminAppFactory.HeadOffice);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/admin/outlets/{OutletCode}$"));
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("天河体育中心网点");

            step = "create the operator";
            await page.GotoAsync("/admin/operators/new");
            await page.GetByLabel("Outlet code").FillAsync(OutletCode);
            await page.GetByLabel("Login name").FillAsync("tianhe01");
            await page.GetByLabel("Full name").FillAsync("李明");
            await page.GetByLabel("Outlet operator").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
            var temporary = (await page.Locator("#temporary-password").InnerTextAsync()).Trim();
            Assert.Matches("^[A-Za-z0-9]{8,12}$", temporary);

            // Shown once: reloading the page does not show it again.
            await page.ReloadAsync();
            Assert.Equal(0, await page.Locator("#temporary-password").CountAsync());

            step = "administrator signs out";
            await page.Locator("form.ta-signout button").ClickAsync();
            await page.WaitForURLAsync(new Regex("/login"));

            step = "operator signs in with the temporary password";
            await BrowserSignIn.SignInAsync(page, OutletCode, "tianhe01", temporary);
            await page.WaitForURLAsync(new Regex("/change-password"));
            await Assertions.Expect(page.Locator("main, body").First).ToContainTextAsync("new password");

            step = "operator sets a new password";
            await page.GetByLabel("Old password").FillAsync(temporary);
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
            await page.GetByLabel("New password again").FillAsync(NewPassword);
            await page.GetByLabel("New password again").PressAsync("Enter");
            await page.WaitForURLAsync(url => !url.Contains("change-password", StringComparison.Ordinal));

            step = "operator sees only their outlet";
            await page.GotoAsync("/admin/outlets");
            var rows = page.Locator("table tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(1);
            await Assertions.Expect(rows.First).ToContainTextAsync(OutletCode);
            var headOffice = await page.GotoAsync($"/admin/outlets/{AdminAppFactory.HeadOffice}");
            Assert.Equal(404, headOffice!.Status);

            // Head-office screens are not in the operator's menu, and answer "denied" when typed in.
            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator("#ta-sidebar").GetByRole(AriaRole.Link, new() { Name = "Operators" })).ToHaveCountAsync(0);
            var operators = await page.GotoAsync("/admin/operators");
            Assert.True(operators!.Status is 403 or 404 || page.Url.Contains("/account/denied", StringComparison.Ordinal), $"operators screen answered {operators.Status} at {page.Url}");

            step = "the old temporary password no longer works";
            await page.Locator("form.ta-signout button").ClickAsync();
            await page.WaitForURLAsync(new Regex("/login"));
            await BrowserSignIn.SignInAsync(page, OutletCode, "tianhe01", temporary);
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Password authentication failed");
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, $"{nameof(HeadOffice_CreatesOutletAndOperator_OperatorChangesTemporaryPassword_SeesOnlyTheirOutlet)}-{step.Replace(' ', '-')}");
            throw;
        }
    }
}
