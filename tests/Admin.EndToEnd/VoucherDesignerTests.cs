using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for this class (a fresh SQLite database behind Kestrel).</summary>
public sealed class VoucherDesignerSiteFixture : RealSite;

/// <summary>Issue 7's browser test: head office drags a field in the voucher designer, nudges it, saves, and the preview follows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VoucherDesignerTests(BrowserFixture browser, VoucherDesignerSiteFixture site) : IClassFixture<VoucherDesignerSiteFixture>
{
    [Fact]
    public async Task HeadOffice_MovesAField_Saves_AndThePreviewChanges()
    {
        var api = await site.App.AdminApiClientAsync();
        var created = await api.PostAsJsonAsync("/api/printing/layouts", new
        {
            code = "E2E-FEE", name = "浏览器测试收据", kind = "FeeReceipt", paperWidth = 200, paperHeight = 90, isActive = false,
            fields = new[] { new { value = "Receipt", x = 20m, y = 20m, width = 50m, fontSize = 10m, align = "Left" }, new { value = "AmountCapitals", x = 20m, y = 50m, width = 120m, fontSize = 11m, align = "Left" } },
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var page = await browser.NewPageAsync(site.Url);
        var step = "start";
        try
        {
            step = "sign in";
            await BrowserSignIn.SignInAsync(page, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            await page.WaitForURLAsync(site.Url + "/");

            step = "open the designer";
            await page.GotoAsync($"/admin/printing/layouts/{id}");
            var preview = page.Locator("#preview");
            await Assertions.Expect(preview).ToHaveAttributeAsync("data-preview-count", "1");
            await Assertions.Expect(preview).ToHaveAttributeAsync("src", new Regex("^blob:"));
            var x = page.Locator("tr[data-field='0'] [data-prop='x']");
            await Assertions.Expect(x).ToHaveValueAsync("20");

            step = "drag the receipt number 30 mm right and 10 mm down";
            var box = page.Locator("[data-box='0']");
            var bounds = (await box.BoundingBoxAsync())!;
            await page.Mouse.MoveAsync(bounds.X + 5, bounds.Y + 5);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(bounds.X + 50, bounds.Y + 20, new() { Steps = 5 });
            await page.Mouse.MoveAsync(bounds.X + 95, bounds.Y + 35, new() { Steps = 5 });
            await page.Mouse.UpAsync();
            await Assertions.Expect(x).ToHaveValueAsync("50");
            await Assertions.Expect(page.Locator("tr[data-field='0'] [data-prop='y']")).ToHaveValueAsync("30");

            step = "nudge with the arrow key";
            await box.FocusAsync();
            await page.Keyboard.PressAsync("ArrowRight");
            await Assertions.Expect(x).ToHaveValueAsync("50.5");
            await Assertions.Expect(preview).ToHaveAttributeAsync("data-preview-state", new Regex("\"x\":50.5,\"y\":30"));

            step = "save";
            await page.Locator("#save-layout").ClickAsync();
            await page.WaitForURLAsync(new Regex($"/admin/printing/layouts/{id}$"));
            await Assertions.Expect(page.Locator("#layout-heading")).ToContainTextAsync("2");
            await Assertions.Expect(page.Locator("#versions tbody tr")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("#preview")).ToHaveAttributeAsync("data-preview-state", new Regex("\"x\":50.5,\"y\":30"));

            var saved = await api.GetFromJsonAsync<JsonElement>($"/api/printing/layouts/{id}");
            Assert.Equal(2, saved.GetProperty("currentVersion").GetInt32());
            Assert.Equal(50.5m, saved.GetProperty("fields")[0].GetProperty("x").GetDecimal());
            Assert.Equal(20m, (await api.GetFromJsonAsync<JsonElement>($"/api/printing/layouts/{id}?version=1")).GetProperty("fields")[0].GetProperty("x").GetDecimal());
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, $"{nameof(HeadOffice_MovesAField_Saves_AndThePreviewChanges)}-{step.Replace(' ', '-')}");
            throw;
        }
    }
}
