using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for this class (a fresh SQLite database behind Kestrel).</summary>
public sealed class LayoutCreateSiteFixture : RealSite;

/// <summary>Issue 7's last screen, in Chinese: head office creates a voucher layout (新增模板) and lands in its designer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutCreateTests(BrowserFixture browser, LayoutCreateSiteFixture site) : IClassFixture<LayoutCreateSiteFixture>
{
    [Fact]
    public async Task HeadOffice_CreatesALayout_FromTheList_AndLandsInItsDesigner()
    {
        var page = await browser.NewPageAsync(site.Url, locale: "zh-CN");
        var step = "start";
        try
        {
            step = "sign in";
            await BrowserSignIn.SignInAsync(page, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            await page.WaitForURLAsync(site.Url + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

            step = "open the list and click 新增模板";
            await page.GotoAsync("/admin/printing/layouts");
            await page.GetByRole(AriaRole.Link, new() { Name = "新增模板" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/admin/printing/layouts/new$"));
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("新增模板");
            await Assertions.Expect(page.Locator("#Code")).ToBeFocusedAsync();

            step = "fill the form";
            await page.GetByLabel("代码", new() { Exact = true }).FillAsync("E2E-SLIP");
            await page.GetByLabel("名称", new() { Exact = true }).FillAsync("浏览器新建回单");
            await page.GetByLabel("业务类型", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "支票收款回单" });
            await page.GetByLabel("纸张宽度（毫米）", new() { Exact = true }).FillAsync("210");
            await page.GetByLabel("纸张高度（毫米）", new() { Exact = true }).FillAsync("99");
            await Assertions.Expect(page.GetByLabel("启用（用于打印）", new() { Exact = true })).Not.ToBeCheckedAsync();

            await BrowserFixture.SaveScreenshotAsync(page, "layout-new-form");

            step = "save";
            await page.Locator("#create-layout").ClickAsync();
            await page.WaitForURLAsync(new Regex("/admin/printing/layouts/[0-9a-f-]{36}$"));
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("凭证套打设计");
            await Assertions.Expect(page.Locator("#layout-heading")).ToContainTextAsync("E2E-SLIP");
            await Assertions.Expect(page.Locator("#layout-heading")).ToContainTextAsync("支票收款回单");
            await Assertions.Expect(page.GetByText("模板 E2E-SLIP 已创建（第 1 版）")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Name")).ToHaveValueAsync("浏览器新建回单");
            await Assertions.Expect(page.Locator("#fields tbody tr")).ToHaveCountAsync(7);
            await Assertions.Expect(page.Locator("[data-box]")).ToHaveCountAsync(7);
            await Assertions.Expect(page.Locator("#versions tbody tr")).ToHaveCountAsync(1);
            await BrowserFixture.SaveScreenshotAsync(page, "layout-created");

            var api = await site.App.AdminApiClientAsync();
            var layouts = await api.GetFromJsonAsync<JsonElement>("/api/printing/layouts");
            var created = layouts.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "E2E-SLIP");
            Assert.Equal("ChequeReceipt", created.GetProperty("kind").GetString());
            Assert.False(created.GetProperty("isActive").GetBoolean());
            Assert.Equal(210m, created.GetProperty("paperWidth").GetDecimal());
            Assert.Equal(1, created.GetProperty("currentVersion").GetInt32());
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, $"{nameof(HeadOffice_CreatesALayout_FromTheList_AndLandsInItsDesigner)}-{step.Replace(' ', '-')}");
            throw;
        }
    }
}
