using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Kernel.Settings;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for the issuing walk (a fresh SQLite database behind Kestrel).</summary>
public sealed class IssuingWalkSiteFixture : RealSite;

/// <summary>
/// Issue 17's walk, on screens only, as people do it: head office registers number ranges and ships cards against the
/// outlet's requests; the outlet receives them and an operator takes them into the drawer (in 简体中文); the operator issues a
/// multi-user primary card to a new company customer, secondary cards across the limit M (the review dialog at card M+1,
/// authorised by a colleague of the outlet), and sells an anonymous card; the stock screen shows the cards gone from the
/// drawer and the card query shows them issued. axe-core runs on each issuing screen in its error state and with the review
/// dialog open. The ledger verifies and balances afterwards.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IssuingWalkTests(BrowserFixture browser, IssuingWalkSiteFixture site) : IClassFixture<IssuingWalkSiteFixture>
{
    private const string Password = "Counter2024ok";

    /// <summary>M, set low so that the walk crosses it with a few cards.</summary>
    private const int SecondaryLimit = 2;

    [Fact]
    public async Task HeadOfficeShips_OutletTakes_OperatorIssuesPrimarySecondariesAcrossTheLimitAndAnonymous_StockAndQueryAgree()
    {
        await site.App.WithScopeAsync(async sp =>
            Assert.True((await sp.GetRequiredService<SystemSettings>().SetAsync("Issuing.SecondaryCardLimit", SecondaryLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), null, "test")).Succeeded));
        var outlet = await site.App.CreateOutletAsync(name: "天河北网点");
        var maker = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var colleague = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");

        var office = await browser.NewPageAsync(site.Url);
        var counter = await browser.NewPageAsync(site.Url, "zh-CN");
        var violations = new List<string>();
        var step = "start";
        var page = office;
        try
        {
            step = "head office registers a range of each product";
            await BrowserSignIn.SignInAsync(office, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            foreach (var (product, prefix) in new[] { ("PRIMARY", Primary), ("SECONDARY", Secondary), ("ANONYMOUS", Anonymous) })
            {
                await office.GotoAsync("/admin/card-stock/register");
                await office.Locator("#Product").SelectOptionAsync(product);
                await office.Locator("#Numbers").FillAsync($"{Number(prefix, 1)}-{Number(prefix, 10)}");
                await SubmitAsync(office, "#stock-task-form");
                await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("Range registered.");
            }

            step = "the outlet requests cards (zh-CN)";
            page = counter;
            await BrowserSignIn.SignInAsync(counter, outlet, maker, Password);
            foreach (var (product, quantity) in new[] { ("PRIMARY", 2), ("SECONDARY", 4), ("ANONYMOUS", 2) })
            {
                await counter.GotoAsync("/admin/card-stock/request");
                await counter.Locator("#Product").SelectOptionAsync(product);
                await counter.Locator("#Quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await SubmitAsync(counter, "#stock-task-form");
                await Assertions.Expect(counter.Locator(".alert-success")).ToBeVisibleAsync();
            }

            step = "head office ships against the requests";
            page = office;
            foreach (var (product, prefix, count) in new[] { ("PRIMARY", Primary, 2), ("SECONDARY", Secondary, 4), ("ANONYMOUS", Anonymous, 2) })
            {
                await office.GotoAsync("/admin/card-stock/ship");
                var request = office.Locator("#Request option", new() { HasTextString = $"· {product} ·" });
                await Assertions.Expect(request).ToHaveCountAsync(1);
                await office.Locator("#Request").SelectOptionAsync(await request.GetAttributeAsync("value") ?? "");
                await office.Locator("#Numbers").FillAsync($"{Number(prefix, 1)}-{Number(prefix, count)}");
                await SubmitAsync(office, "#stock-task-form");
                await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync($"{count} cards moved.");
            }

            step = "the outlet receives them and the operator takes them into the drawer";
            page = counter;
            foreach (var task in new[] { "receive", "take" })
            {
                foreach (var (product, prefix, count) in new[] { ("PRIMARY", Primary, 2), ("SECONDARY", Secondary, 4), ("ANONYMOUS", Anonymous, 2) })
                {
                    await counter.GotoAsync($"/admin/card-stock/{task}");
                    await counter.Locator("#Product").SelectOptionAsync(product);
                    await counter.Locator("#Numbers").FillAsync(string.Join('\n', Enumerable.Range(1, count).Select(n => Number(prefix, n))));
                    await SubmitAsync(counter, "#stock-task-form");
                    await Assertions.Expect(counter.Locator(".alert-success")).ToContainTextAsync($"{count}");
                }
            }

            step = "issue a primary card: a card still at head office is refused beside its field";
            await counter.GotoAsync("/issuing/issue");
            await counter.Locator("#register-new").ClickAsync();
            await counter.Locator("#CustomerType").SelectOptionAsync("Company");
            await counter.Locator("#Name").FillAsync("广州林华物流有限公司");
            await counter.Locator("#IdType").SelectOptionAsync("BusinessLicence");
            await counter.Locator("#IdNumber").FillAsync("91440101MA59" + Random.Shared.Next(100000, 999999));
            await counter.Locator("#Phone").FillAsync("02087654321");
            await counter.Locator("#CardNumber").FillAsync(Number(Primary, 5));
            await counter.Locator("#Product").FillAsync("PRIMARY");
            await counter.Locator("#MultiUser").CheckAsync();
            await SubmitAsync(counter, "#issue-form");
            await Assertions.Expect(counter.Locator(".ta-validation-summary")).ToBeVisibleAsync();
            await AssertInvalidAsync(counter, "#CardNumber");
            violations.AddRange(await AxeCheck.ViolationsAsync(counter, "zh-CN /issuing/issue, error state"));

            step = "issue the primary card from the drawer";
            await counter.Locator("#CardNumber").FillAsync(Number(Primary, 1));
            await SubmitAsync(counter, "#issue-form");
            await counter.WaitForURLAsync(new Regex("/issuing/receipts/[0-9a-f-]{36}$"));
            await Assertions.Expect(counter.Locator("#receipt-lines")).ToContainTextAsync(Number(Primary, 1));
            await Assertions.Expect(counter.Locator("#next-customer")).ToBeFocusedAsync();
            var customer = Regex.Match(await counter.Locator("#receipt dd").Nth(1).InnerTextAsync(), @"\(([^)]+)\)$").Groups[1].Value;
            Assert.NotEmpty(customer);

            step = "secondary cards: a wrong check digit is refused beside its field";
            await counter.GotoAsync("/issuing/secondary");
            await counter.Locator("#Customer").FillAsync(customer);
            await counter.Locator("#Product").FillAsync("SECONDARY");
            await counter.Locator("#Cards_0__Number").FillAsync(WrongCheckDigit(Number(Secondary, 1)));
            await SubmitAsync(counter, "#secondary-form");
            await Assertions.Expect(counter.Locator(".ta-validation-summary")).ToBeVisibleAsync();
            await AssertInvalidAsync(counter, "#Cards_0__Number");
            violations.AddRange(await AxeCheck.ViolationsAsync(counter, "zh-CN /issuing/secondary, error state"));

            step = "secondary card 1 of M: no review";
            await counter.Locator("#Cards_0__Number").FillAsync(Number(Secondary, 1));
            await counter.Locator("#Cards_0__HolderName").FillAsync("李师傅");
            await SubmitAsync(counter, "#secondary-form");
            await counter.WaitForURLAsync(new Regex("/issuing/receipts/[0-9a-f-]{36}$"));
            await Assertions.Expect(counter.Locator("#receipt")).Not.ToContainTextAsync(colleague);

            step = "secondary cards M and M+1 in one batch: the review dialog names card M+1";
            await counter.GotoAsync("/issuing/secondary");
            await counter.Locator("#Customer").FillAsync(customer);
            await counter.Locator("#Product").FillAsync("SECONDARY");
            await counter.Locator("#Cards_0__Number").FillAsync(Number(Secondary, 2));
            await counter.Locator("#Cards_1__Number").FillAsync(Number(Secondary, 3));
            await SubmitAsync(counter, "#secondary-form");
            var dialog = counter.Locator("#review-dialog");
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await Assertions.Expect(dialog).ToContainTextAsync($"客户已持有副卡 1 张，限制为 {SecondaryLimit} 张：本批从第 2 张起超出限制 1 张");
            await Assertions.Expect(counter.Locator("#review-login")).ToBeFocusedAsync();
            violations.AddRange(await AxeCheck.ViolationsAsync(counter, "zh-CN /issuing/secondary, review dialog open"));

            step = "a colleague of the outlet authorises the batch";
            await counter.Locator("#review-login").FillAsync(colleague);
            await counter.Locator("#review-password").FillAsync(Password);
            await counter.Locator("#review-authorise").ClickAsync();
            await counter.WaitForURLAsync(new Regex("/issuing/receipts/[0-9a-f-]{36}$"));
            await Assertions.Expect(counter.Locator("#receipt")).ToContainTextAsync(colleague);
            await Assertions.Expect(counter.Locator("#receipt-lines")).ToContainTextAsync(Number(Secondary, 3));

            step = "an anonymous card: a face value above the cap is refused, then one is sold";
            await counter.GotoAsync("/issuing/anonymous");
            await counter.Locator("#Product").FillAsync("ANONYMOUS");
            await counter.Locator("#Cards_0__Number").FillAsync(Number(Anonymous, 1));
            await counter.Locator("#Cards_0__FaceValue").FillAsync("5000.00");
            await SubmitAsync(counter, "#anonymous-form");
            await Assertions.Expect(counter.Locator(".ta-validation-summary")).ToBeVisibleAsync();
            violations.AddRange(await AxeCheck.ViolationsAsync(counter, "zh-CN /issuing/anonymous, error state"));
            await counter.Locator("#Cards_0__FaceValue").FillAsync("200.00");
            await counter.Keyboard.PressAsync("F8"); // the task's shortcut key
            await counter.WaitForURLAsync(new Regex("/issuing/receipts/[0-9a-f-]{36}$"));
            await Assertions.Expect(counter.Locator("#receipt-lines")).ToContainTextAsync(Number(Anonymous, 1));

            step = "the stock screen: the issued cards are gone from the drawer";
            await counter.GotoAsync("/admin/card-stock");
            foreach (var product in new[] { "PRIMARY", "SECONDARY", "ANONYMOUS" })
            {
                var drawer = counter.Locator($"#stock-overview tr[data-product='{product}'][data-place='Operator']");
                await Assertions.Expect(drawer).ToHaveCountAsync(1);
                await Assertions.Expect(drawer).ToContainTextAsync(maker);
                await Assertions.Expect(drawer.Locator("td").Last).ToHaveTextAsync("1");
            }

            step = "the card query shows the customer's cards issued";
            await counter.GotoAsync("/admin/cards");
            await counter.Locator("#customer").FillAsync(customer);
            await counter.Locator("#customer").PressAsync("Enter");
            var rows = counter.Locator("#cards tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(4);
            foreach (var number in new[] { Number(Primary, 1), Number(Secondary, 1), Number(Secondary, 2), Number(Secondary, 3) })
            {
                await Assertions.Expect(counter.Locator($"#cards tr[data-card='{number}']")).ToContainTextAsync("已发卡");
            }

            step = "the card query finds the anonymous card by its number";
            await counter.GotoAsync("/admin/cards");
            await counter.Locator("#number").FillAsync(Number(Anonymous, 1));
            await counter.Locator("#number").PressAsync("Enter");
            await counter.WaitForURLAsync(new Regex($"/admin/cards/{Number(Anonymous, 1)}$"));
        }
        catch (Exception e)
        {
            var shot = await BrowserFixture.SaveScreenshotAsync(page, "issuing-walk-" + step);
            throw new Xunit.Sdk.XunitException($"Failed at step '{step}' (screenshot {shot}): {e.Message}");
        }

        Assert.True(violations.Count == 0, $"{violations.Count} axe violations:\n" + string.Join("\n", violations));
        var admin = await site.App.AdminApiClientAsync();
        var verify = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean(), verify.ToString());
        var trial = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/trial-balance");
        Assert.Equal(0m, trial.GetProperty("net").GetDecimal());
    }

    private const string Primary = "9102";
    private const string Secondary = "9103";
    private const string Anonymous = "9104";

    /// <summary>The n-th card number of a product (16 digits, Luhn check digit), as the setup recipe's products number them.</summary>
    private static string Number(string prefix, int n)
    {
        var body = prefix + n.ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var d = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return body + (char)('0' + (10 - sum % 10) % 10);
    }

    private static string WrongCheckDigit(string number) => number[..^1] + (char)('0' + (number[^1] - '0' + 1) % 10);

    // The task's own submit button (the last one: a review dialog's Authorise comes before it); what follows waits for the answer.
    private static Task SubmitAsync(IPage page, string form) => page.Locator($"{form} button[type=submit]").Last.ClickAsync();

    private static async Task AssertInvalidAsync(IPage page, string selector)
    {
        var field = page.Locator(selector);
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(field).ToBeFocusedAsync();
        var described = await field.GetAttributeAsync("aria-describedby") ?? "";
        Assert.NotEmpty(described);
        foreach (var id in described.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            await Assertions.Expect(page.Locator($"[id='{id}']")).Not.ToBeEmptyAsync();
        }
    }
}
