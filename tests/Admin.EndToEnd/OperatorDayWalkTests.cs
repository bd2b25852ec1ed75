using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Kernel.Settings;
using Admin.Kernel.Time;
using Admin.Modules.Operators.Services;
using Admin.Tests.Infrastructure;
using Admin.Tests.Printing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for the operator's day (its local offset is set by the test).</summary>
public sealed class OperatorDaySiteFixture : RealSite;

/// <summary>
/// Issue 21's "done when": one operator's day in 简体中文 — sign-in, a fee collection whose waived fee a colleague
/// authorises, its voucher and application form as PDFs, a cheque received and cleared after a confirmation naming the
/// amount and the customer, the day journal — with every time the screens and documents show compared with the network's
/// local clock. The network's offset is chosen so that its local day is not the UTC day (a page showing UTC fails).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OperatorDayWalkTests(BrowserFixture browser, OperatorDaySiteFixture site) : IClassFixture<OperatorDaySiteFixture>
{
    private const string Password = "Counter2024ok";
    private const string IdNumber = "11010519491231002X";

    [Fact]
    public async Task OneOperatorsDay_InChinese_EveryTimeShownIsTheLocalClock()
    {
        var offsetMinutes = DateTime.UtcNow.Hour >= 10 ? 840 : -720;
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        await site.App.WithScopeAsync(async sp =>
            Assert.True((await sp.GetRequiredService<SystemSettings>().SetAsync(LocalClock.UtcOffsetSetting, offsetMinutes.ToString(CultureInfo.InvariantCulture), null, "test")).Succeeded));
        Assert.NotEqual(DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.FromDateTime(DateTime.UtcNow + offset)); // the premise

        var outlet = await site.App.CreateOutletAsync(name: "海珠网点");
        var maker = await OperatorAsync(outlet, "王芳");
        var colleague = await OperatorAsync(outlet, "李强");
        var api = await site.App.ApiClientAsync(outlet, maker, Password);
        var created = await api.PostAsJsonAsync("/api/customers", new { type = "Individual", name = "陈静", idType = "ResidentId", idNumber = IdNumber, phone = "13800138002" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var customer = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var chequeNumber = "66" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);

        var start = DateTime.UtcNow;
        var page = await browser.NewPageAsync(site.Url, "zh-CN");
        var step = "start";
        try
        {
            step = "sign in";
            await BrowserSignIn.SignInAsync(page, outlet, maker, Password);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new Regex("^zh"));

            step = "fee collection: the card cost fee waived";
            await page.GotoAsync("/counter/fees");
            await page.Locator("#q").FillAsync(IdNumber);
            await page.Locator("#q").PressAsync("Enter");
            await Assertions.Expect(page.Locator("#selected-customer")).ToContainTextAsync(customer);
            var card = page.Locator("tr[data-fee='CARD']");
            await card.Locator("[data-quantity]").FillAsync("1");
            await card.Locator("[data-amount]").FillAsync("0.00");
            await page.Locator("#collect-submit").ClickAsync();

            step = "fee collection: a colleague authorises in the review dialog";
            await Assertions.Expect(page.Locator("#review-dialog")).ToBeVisibleAsync();
            await page.Locator("#review-login").FillAsync(colleague);
            await page.Locator("#review-password").FillAsync(Password);
            await page.Locator("#review-authorise").ClickAsync();
            await page.WaitForURLAsync(new Regex("/counter/collections/[0-9a-f-]{36}$"));
            var collectionId = page.Url[(page.Url.LastIndexOf('/') + 1)..];

            step = "the receipt: staff by name, the local time";
            await Assertions.Expect(page.Locator("#receipt-number")).ToHaveTextAsync($"{outlet}-000001");
            await Assertions.Expect(page.Locator("#receipt-operator")).ToContainTextAsync("王芳");
            await Assertions.Expect(page.Locator("#receipt-operator")).ToContainTextAsync(maker);
            await AssertLocalTimesAsync(page, offset, start, "receipt");
            var collectedAt = await page.Locator("#receipt time").InnerTextAsync();

            step = "the application form PDF prints the local time and the staff by name";
            var form = await page.APIRequest.GetAsync($"{site.Url}/api/forms/fee-collection/{collectionId}.pdf");
            Assert.True(form.Ok, $"The form answered {form.Status}");
            var formText = Spaces().Replace(await PdfTools.TextAsync(await form.BodyAsync()), " ");
            var local = DateTime.ParseExact(collectedAt.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            Assert.Contains(local.ToString("yyyy年MM月dd日 HH:mm", CultureInfo.InvariantCulture), formText);
            Assert.Contains(LocalTimes.OffsetText(offset), formText);
            Assert.DoesNotContain("UTC", formText);
            Assert.Contains("王芳", formText);

            step = "the voucher: printed, and the page says so without a reload";
            await page.GotoAsync($"/printing/vouchers/fee-receipt/{collectionId}");
            await Assertions.Expect(page.Locator("#prints-empty")).ToBeVisibleAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#print-voucher-button").ClickAsync());
            var voucher = await File.ReadAllBytesAsync((await download.PathAsync())!);
            var voucherText = Spaces().Replace(await PdfTools.TextAsync(voucher), " ");
            Assert.Contains($"{outlet}-000001", voucherText);
            Assert.Contains(local.ToString("yyyy", CultureInfo.InvariantCulture), voucherText);
            Assert.Contains("王芳", voucherText);
            await Assertions.Expect(page.Locator("#prints tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#prints-empty")).ToHaveCountAsync(0);
            await AssertLocalTimesAsync(page, offset, start, "voucher page");

            step = "cheque receipt";
            await page.GotoAsync("/cheques/receive");
            await page.Locator("#q").FillAsync(IdNumber);
            await page.Locator("#q").PressAsync("Enter");
            await Assertions.Expect(page.Locator("#selected-customer")).ToContainTextAsync(customer);
            await Assertions.Expect(page.Locator("#ChequeDate")).ToHaveAttributeAsync("type", "date");
            await Assertions.Expect(page.Locator("#ChequeDate")).ToHaveValueAsync(DateOnly.FromDateTime(DateTime.UtcNow + offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.Locator("#Number").FillAsync(chequeNumber);
            await page.Locator("#Amount").FillAsync("1234.50");
            await page.Locator("#DrawerName").FillAsync("广州林华贸易有限公司");
            await page.Locator("#DrawerBank").FillAsync("工商银行广州天河支行");
            await page.Locator("#DrawerBank").PressAsync("Enter");
            await page.WaitForURLAsync(new Regex("/cheques/[0-9a-f-]{36}$"));
            await Assertions.Expect(page.Locator("#cheque-status")).ToHaveTextAsync("已收取");
            await AssertLocalTimesAsync(page, offset, start, "cheque");

            step = "the cheque clears after a confirmation naming the amount and the customer";
            string? asked = null;
            void Confirm(object? sender, IDialog d)
            {
                asked = d.Message;
                _ = d.AcceptAsync();
            }

            page.Dialog += Confirm;
            await page.Locator("#clear-submit").ClickAsync();
            await Assertions.Expect(page.Locator("#cheque-status")).ToHaveTextAsync("已到账");
            page.Dialog -= Confirm;
            Assert.NotNull(asked);
            Assert.Contains("1,234.50", asked);
            Assert.Contains(customer, asked);
            Assert.Contains("陈静", asked);
            await AssertLocalTimesAsync(page, offset, start, "cleared cheque", atLeast: 2);

            step = "the day journal: today's three entries at their local times, staff by name";
            await page.GotoAsync("/counter/journal");
            await Assertions.Expect(page.Locator("#journal tbody tr")).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#journal")).ToContainTextAsync("王芳");
            await Assertions.Expect(page.Locator("#date")).ToHaveValueAsync(DateOnly.FromDateTime(DateTime.UtcNow + offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await AssertLocalTimesAsync(page, offset, start, "journal", atLeast: 3);
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, $"operator-day-{step.Replace(' ', '-').Replace(':', '-')}");
            throw;
        }
    }

    /// <summary>
    /// Every time the page shows (the kernel's <c>&lt;time datetime&gt;</c>) is its instant on the network's local clock,
    /// with the network's offset; at least <paramref name="atLeast"/> of them are of what this walk did, read on the local
    /// clock between the walk's start and now; the page is labelled with the offset and never says "UTC".
    /// </summary>
    private static async Task AssertLocalTimesAsync(IPage page, TimeSpan offset, DateTime startUtc, string where, int atLeast = 1)
    {
        var times = await page.Locator("main time[datetime]").EvaluateAllAsync<string[][]>("els => els.map(e => [e.getAttribute('datetime'), e.textContent.trim()])");
        var localNow = DateTime.UtcNow + offset;
        var localStart = startUtc + offset - TimeSpan.FromMinutes(1);
        var today = DateOnly.FromDateTime(localNow);
        var recent = 0;
        foreach (var t in times)
        {
            var instant = DateTimeOffset.Parse(t[0], CultureInfo.InvariantCulture);
            Assert.True(instant.Offset == offset, $"{where}: {t[0]} carries the offset {instant.Offset}, not the network's {offset}");
            var format = t[1].Length switch { 19 => "yyyy-MM-dd HH:mm:ss", 16 => "yyyy-MM-dd HH:mm", 10 => "yyyy-MM-dd", 8 => "HH:mm:ss", _ => null };
            Assert.True(format is not null, $"{where}: a time shown as \"{t[1]}\"");
            Assert.True(instant.DateTime.ToString(format, CultureInfo.InvariantCulture) == t[1], $"{where}: {t[1]} shown for the instant {t[0]}");
            var shown = format == "HH:mm:ss"
                ? today.ToDateTime(TimeOnly.ParseExact(t[1], format, CultureInfo.InvariantCulture))
                : DateTime.ParseExact(t[1], format!, CultureInfo.InvariantCulture);
            if (format != "yyyy-MM-dd" && shown >= localStart && shown <= localNow.AddMinutes(1))
            {
                recent++;
            }
        }

        Assert.True(recent >= atLeast, $"{where}: {recent} of {times.Length} times shown are on the local clock of the walk ({localStart:HH:mm}–{localNow:HH:mm}); expected {atLeast}: {string.Join(", ", times.Select(t => t[1]))}");
        await Assertions.Expect(page.Locator(".ta-local-time")).ToContainTextAsync(LocalTimes.OffsetText(offset));
        Assert.DoesNotContain("UTC", await page.Locator("body").InnerTextAsync());
    }

    private async Task<string> OperatorAsync(string outlet, string displayName)
    {
        var login = Codes.NewLoginName();
        var result = await site.App.WithScopeAsync(sp => sp.GetRequiredService<OperatorMaintenance>()
            .CreateAsync(new NewOperator(outlet, login, displayName, null, null, ["Outlet operator"]), Password, mustChangePassword: false));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        return login;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
