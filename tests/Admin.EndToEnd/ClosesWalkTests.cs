using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Kernel.Localization;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for the closes walk.</summary>
public sealed class ClosesWalkSiteFixture : RealSite;

/// <summary>
/// The closes on screens, in English and 简体中文: an operator whose till took 100.00 in cash counts 90.00, the difference opens
/// the review dialog and a colleague authorises it, the shift report shows −10.00; then the daily close hands 90.00 over with
/// the bank slip and the day report shows the handover. axe-core on the shift form, the open dialog, the report, the day form
/// (also its error state) and the day report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClosesWalkTests(BrowserFixture browser, ClosesWalkSiteFixture site) : IClassFixture<ClosesWalkSiteFixture>
{
    private const string Password = "Counter2024ok";
    private string _locale = "en-US";

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task ShiftCloseWithADifference_Reviewed_ThenTheDailyCloseWithHandover(string locale)
    {
        _locale = locale;
        var (outlet, maker, colleague) = await SeedAsync();
        var page = await browser.NewPageAsync(site.Url, locale);
        var violations = new List<string>();
        var step = "sign in";
        try
        {
            await BrowserSignIn.SignInAsync(page, outlet, maker, Password);

            step = "count the till: 90.00 of 100.00 in cash";
            await page.GotoAsync("/closes/shift");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} shift close form"));
            await page.Locator("#Counted_Cash").FillAsync("90.00");
            await page.Locator("#shift-submit").ClickAsync();

            step = "the difference opens the review dialog; a colleague authorises";
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = T("Same-level review") });
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await Assertions.Expect(dialog).ToContainTextAsync("-10.00");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} shift close, review dialog open"));
            await Field(dialog, T("Reviewer login name")).FillAsync(colleague);
            await Field(dialog, T("Reviewer password")).FillAsync(Password);
            await dialog.GetByRole(AriaRole.Button, new() { Name = T("Authorise"), Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/closes/shifts/[0-9a-f-]{36}$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("-10.00");
            await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(colleague);
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} shift report"));

            step = "the daily close: a slip number is needed with an amount";
            await page.GotoAsync("/closes/day");
            await Assertions.Expect(page.Locator("#day-state")).ToContainTextAsync("90.00");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} daily close form"));
            await page.Locator("#Amount").FillAsync("90.00");
            await page.Locator("#day-submit").ClickAsync();
            await Assertions.Expect(page.Locator("#SlipNumber")).ToHaveAttributeAsync("aria-invalid", "true");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} daily close, no slip"));

            step = "the daily close with the handover";
            await page.Locator("#SlipNumber").FillAsync("BANK-0001");
            await page.Locator("#Amount").FillAsync("90.00");
            await page.Locator("#day-submit").ClickAsync();
            await page.WaitForURLAsync(new Regex("/closes/days/[0-9a-f-]{36}$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("BANK-0001");
            await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("90.00");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} day report"));
        }
        catch (Exception e)
        {
            var shot = await BrowserFixture.SaveScreenshotAsync(page, $"closes-walk-{locale}-{step}");
            throw new Xunit.Sdk.XunitException($"Failed at step '{step}' ({locale}; screenshot {shot}): {e.Message}");
        }

        Assert.True(violations.Count == 0, $"{violations.Count} axe violations:\n" + string.Join("\n", violations));
        var verify = await (await site.App.AdminApiClientAsync()).GetFromJsonAsync<JsonElement>("/api/ledger/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean(), verify.ToString());
    }

    /// <summary>An outlet with an operator and a colleague, a customer, and 100.00 received in cash into the operator's till.</summary>
    private async Task<(string Outlet, string Maker, string Colleague)> SeedAsync()
    {
        var outlet = await site.App.CreateOutletAsync(name: "体育西网点");
        var maker = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var colleague = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var desk = await site.App.ApiClientAsync(outlet, maker, Password);
        var customer = await CreatedAsync(desk.PostAsJsonAsync("/api/customers", new
        {
            type = "Company", name = "广州体育西物流有限公司", idType = "BusinessLicence", idNumber = "91440101MA59" + Random.Shared.Next(100000, 999999), phone = "02038889999",
        }));
        await CreatedAsync(desk.PostAsJsonAsync("/api/topups", new { customer = customer.GetProperty("code").GetString(), amount = 100m, paymentMethod = "Cash" }));
        return (outlet, maker, colleague);
    }

    private static ILocator Field(ILocator scope, string label) => scope.GetByLabel(new Regex("^\\s*" + Regex.Escape(label) + "(\\s*F\\d{1,2})?\\s*$"));

    private string T(string english)
    {
        var text = site.App.Services.GetRequiredService<AdminText>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(_locale);
        try
        {
            return text[english].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static async Task<JsonElement> CreatedAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
