using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Kernel.Localization;
using Admin.Kernel.Settings;
using Admin.Modules.Cards.Models;
using Admin.Modules.Counter.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for the money walk (a fresh SQLite database behind Kestrel), the simulated card reader on.</summary>
public sealed class MoneyWalkSiteFixture : RealSite;

/// <summary>
/// Issue 18's walk of a company customer, on screens, as an outlet operator does it (once in English, once in 简体中文): a
/// receipt by bank transfer onto the customer's account; a pre-allocation template splitting onto three secondary cards,
/// applied in one click; a load of one card at the (simulated) card reader; a mistaken second receipt cancelled, a colleague
/// of the outlet authorising in the review dialog; the closing refused while the loaded card has money on its chip, the
/// unload, then the closing with the refund by transfer, authorised by the colleague, and the transfer recorded paid. At
/// each step the screens show what a person checks (receipts, the customer's balance, the cards' accounts and purses, the
/// closing's plan); axe-core runs on the open review dialogs and the refused closing. The ledger verifies and the trial
/// balance is zero afterwards (API). Fields and buttons are found by their labels and roles, in the page's language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MoneyWalkTests(BrowserFixture browser, MoneyWalkSiteFixture site) : IClassFixture<MoneyWalkSiteFixture>
{
    private const string Password = "Counter2024ok";
    private const string Primary = "9102";
    private const string Secondary = "9103";

    private string _locale = "en-US";

    [Theory]
    [InlineData("en-US", 1)]
    [InlineData("zh-CN", 21)]
    public async Task CompanyCustomer_Receipt_TemplateAllocation_Load_CancelWithReview_CloseWithRefund(string locale, int serial)
    {
        _locale = locale;
        var (outlet, maker, colleague, customer, customerId) = await SeedAsync(serial);
        var cards = Enumerable.Range(serial + 1, 3).Select(n => Number(Secondary, n)).ToArray();
        var page = await browser.NewPageAsync(site.Url, locale);
        var violations = new List<string>();
        var step = "sign in";
        try
        {
            await BrowserSignIn.SignInAsync(page, outlet, maker, Password);

            step = "a receipt by bank transfer onto the customer's account";
            await page.GotoAsync("/topups/receive");
            await Field(page, T("Customer code")).FillAsync(customer);
            await Field(page, T("Amount")).FillAsync("3000.00");
            await Field(page, T("Payment method")).SelectOptionAsync("Transfer");
            await Field(page, T("Bank reference")).FillAsync($"ICBC-{serial}-0001");
            await page.GetByRole(AriaRole.Button, new() { Name = T("Receive the money"), Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/topups/receipts/[0-9a-f-]{36}$"));
            var receipt = await Term(page, T("Receipt")).Locator("code").InnerTextAsync();
            await Assertions.Expect(Notice(page)).ToContainTextAsync(T("Money received: receipt {0}.", receipt));
            await Assertions.Expect(Term(page, T("Amount"))).ToContainTextAsync("3,000.00");
            await Assertions.Expect(Term(page, T("Payment method"))).ToContainTextAsync($"{T("Transfer")} · ICBC-{serial}-0001");
            await Assertions.Expect(Term(page, T("Receipt"))).ToContainTextAsync(T("Posted"));
            await AssertCustomerBalanceAsync(page, customerId, "3,000.00");

            step = "a pre-allocation template onto three secondary cards";
            var template = locale == "zh-CN" ? "每月油费" : "Monthly fuel";
            await page.GotoAsync($"/allocations/templates?customer={customer}");
            await Field(page, T("Name")).FillAsync(template);
            await Field(page, T("Split")).SelectOptionAsync("Amount");
            var split = new[] { "500.00", "300.00", "200.00" };
            for (var i = 0; i < cards.Length; i++)
            {
                await Field(page, $"{T("Card number")} {i + 1}").FillAsync(cards[i]);
                await Field(page, $"{T("Amount or share")} {i + 1}").FillAsync(split[i]);
            }

            await page.GetByRole(AriaRole.Button, new() { Name = T("Save the template"), Exact = true }).ClickAsync();
            await Assertions.Expect(Notice(page)).ToContainTextAsync(T("Pre-allocation template {0} saved.", template));
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = template })).ToContainTextAsync($"{cards[0]} 500.00");

            step = "the template applied in one click";
            await page.GotoAsync($"/allocations?customer={customer}");
            await Field(page, T("Template")).SelectOptionAsync(new SelectOptionValue { Label = $"{template} ({T("amounts")})" });
            await page.GetByRole(AriaRole.Button, new() { Name = T("Pre-allocate"), Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/allocations/[0-9a-f-]{36}$"));
            await Assertions.Expect(Notice(page)).ToContainTextAsync(T("Pre-allocated {0} to {1} cards.", "1,000.00", 3));
            await Assertions.Expect(Term(page, T("Template"))).ToHaveTextAsync(template);
            await Assertions.Expect(Term(page, T("Total"))).ToContainTextAsync("1,000.00");
            foreach (var (card, amount) in cards.Zip(split))
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = card })).ToContainTextAsync(amount);
            }

            await AssertCustomerBalanceAsync(page, customerId, "2,000.00");

            step = "load the first card at the simulated reader";
            await PurseAsync(page, cards[0], "Load (card account → purse)", "200.00", placeCard: true);
            await Assertions.Expect(Term(page, T("Card account"))).ToHaveTextAsync("300.00");
            await Assertions.Expect(Term(page, T("Purse (as last known)"))).ToHaveTextAsync("200.00");
            Assert.Equal(200.00, await page.EvaluateAsync<double>("AdminCardReader.readPurse().then(r => r.balance)"));
            await AssertCardAsync(page, cards[0], "300.00", "200.00");

            step = "a mistaken receipt";
            await page.GotoAsync($"/topups/receive?customer={customer}");
            await Field(page, T("Amount")).FillAsync("8000.00");
            await Field(page, T("Payment method")).SelectOptionAsync("Transfer");
            await Field(page, T("Bank reference")).FillAsync($"ICBC-{serial}-0002");
            await page.GetByRole(AriaRole.Button, new() { Name = T("Receive the money"), Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/topups/receipts/[0-9a-f-]{36}$"));
            var mistaken = page.Url;
            var mistakenNumber = await Term(page, T("Receipt")).Locator("code").InnerTextAsync();
            await AssertCustomerBalanceAsync(page, customerId, "10,000.00");

            step = "cancel it: the review dialog";
            await page.GotoAsync(mistaken);
            await Field(page, T("Reason")).FillAsync(locale == "zh-CN" ? "金额录错，客户实汇 800 元" : "Amount typed wrong: the customer sent 800");
            await page.GetByRole(AriaRole.Button, new() { Name = T("Cancel the receipt"), Exact = true }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = T("Same-level review") });
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await Assertions.Expect(dialog).ToContainTextAsync(mistakenNumber);
            await Assertions.Expect(dialog).ToContainTextAsync("8000.00");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} receipt cancel, review dialog open"));

            step = "a colleague of the outlet authorises the cancellation";
            await Field(dialog, T("Reviewer login name")).FillAsync(colleague);
            await Field(dialog, T("Reviewer password")).FillAsync(Password);
            await dialog.GetByRole(AriaRole.Button, new() { Name = T("Authorise"), Exact = true }).ClickAsync();
            await Assertions.Expect(Notice(page)).ToContainTextAsync(T("Receipt {0} cancelled.", mistakenNumber));
            await Assertions.Expect(Term(page, T("Receipt"))).ToContainTextAsync(T("Cancelled"));
            await Assertions.Expect(Term(page, T("Cancelled"))).ToContainTextAsync($"{T("reviewed by")} {colleague}");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = T("Cancel the receipt"), Exact = true })).ToHaveCountAsync(0);
            await AssertCustomerBalanceAsync(page, customerId, "2,000.00");

            step = "closing is refused while the loaded card has money on its chip";
            await page.GotoAsync($"/customer-accounts/close?customer={customer}");
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = cards[0] })).ToContainTextAsync("200.00");
            await FillPayoutAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = T("Close the customer"), Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = T("Please correct the following:") })).ToContainTextAsync(cards[0]);
            await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} closing refused"));

            step = "unload the card at the reader";
            await PurseAsync(page, cards[0], "Unload (purse → card account)", "200.00", placeCard: false);
            await Assertions.Expect(Term(page, T("Card account"))).ToHaveTextAsync("500.00");
            await Assertions.Expect(Term(page, T("Purse (as last known)"))).ToHaveTextAsync("0.00");
            Assert.Equal(0.0, await page.EvaluateAsync<double>("AdminCardReader.readPurse().then(r => r.balance)"));

            step = "the closing's plan";
            await page.GotoAsync($"/customer-accounts/close?customer={customer}");
            await Assertions.Expect(Term(page, T("Customer account"))).ToHaveTextAsync("2,000.00");
            await Assertions.Expect(Term(page, T("Cards' accounts"))).ToHaveTextAsync("1,000.00");
            await Assertions.Expect(Term(page, T("Refund"))).ToHaveTextAsync("3,000.00");

            step = "close with the refund by transfer: the review dialog";
            await FillPayoutAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = T("Close the customer"), Exact = true }).ClickAsync();
            dialog = page.GetByRole(AriaRole.Dialog, new() { Name = T("Same-level review") });
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await Assertions.Expect(dialog).ToContainTextAsync("3,000.00");
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{locale} closing, review dialog open"));
            await Field(dialog, T("Reviewer login name")).FillAsync(colleague);
            await Field(dialog, T("Reviewer password")).FillAsync(Password);
            await dialog.GetByRole(AriaRole.Button, new() { Name = T("Authorise"), Exact = true }).ClickAsync();

            step = "the refund receipt, and the transfer recorded paid";
            await page.WaitForURLAsync(new Regex("/customer-accounts/refunds/[0-9a-f-]{36}$"));
            await Assertions.Expect(Notice(page)).ToContainTextAsync(T("Customer {0} closed: refund {1}.", customer, "3,000.00"));
            await Assertions.Expect(Term(page, T("Amount"))).ToContainTextAsync("3,000.00");
            await Assertions.Expect(Term(page, T("Method"))).ToContainTextAsync($"{T("Transfer")} · {BankName} 6222020200112233445");
            await Assertions.Expect(Term(page, T("Operator"))).ToContainTextAsync($"{T("reviewed by")} {colleague}");
            await Assertions.Expect(Term(page, T("Receipt"))).ToContainTextAsync(T("Payable"));
            await page.GetByRole(AriaRole.Button, new() { Name = T("The transfer is paid"), Exact = true }).ClickAsync();
            await Assertions.Expect(Term(page, T("Receipt"))).ToContainTextAsync(T("Paid"));

            step = "the customer is closed with nothing left; every card closed";
            await AssertCustomerBalanceAsync(page, customerId, "0.00");
            foreach (var card in cards)
            {
                await AssertCardAsync(page, card, "0.00", "0.00");
                await Assertions.Expect(page.GetByText(T("Card closed"), new() { Exact = true }).First).ToBeVisibleAsync();
            }
        }
        catch (Exception e)
        {
            var shot = await BrowserFixture.SaveScreenshotAsync(page, $"money-walk-{locale}-{step}");
            throw new Xunit.Sdk.XunitException($"Failed at step '{step}' ({locale}; screenshot {shot}): {e.Message}");
        }

        Assert.True(violations.Count == 0, $"{violations.Count} axe violations:\n" + string.Join("\n", violations));
        var admin = await site.App.AdminApiClientAsync();
        var verify = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean(), verify.ToString());
        var trial = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/trial-balance");
        Assert.Equal(0m, trial.GetProperty("net").GetDecimal());
    }

    /// <summary>
    /// Through the API, as issuing would leave it: an outlet with an operator and a colleague; a primary card and three
    /// secondary cards registered, shipped, received and taken into the operator's drawer, then issued to a new company
    /// customer. Answers the outlet, the two logins, the customer's code and id.
    /// </summary>
    private async Task<(string Outlet, string Maker, string Colleague, string Customer, Guid CustomerId)> SeedAsync(int serial)
    {
        await site.App.WithScopeAsync(async sp =>
        {
            var settings = sp.GetRequiredService<SystemSettings>();
            Assert.True((await settings.SetAsync("Cards.SimulatedReader", "true", null, "test")).Succeeded);
            Assert.True((await settings.SetAsync("Issuing.SecondaryCardLimit", "10", null, "test")).Succeeded);
        });
        var outlet = await site.App.CreateOutletAsync(name: "珠江新城网点");
        var maker = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var colleague = await site.App.CreateOperatorAsync(outlet, Password, "Outlet operator");
        var admin = await site.App.AdminApiClientAsync();
        var desk = await site.App.ApiClientAsync(outlet, maker, Password);
        foreach (var (product, prefix, first, count) in new[] { ("PRIMARY", Primary, serial, 1), ("SECONDARY", Secondary, serial + 1, 3) })
        {
            var numbers = new[] { new { first = Number(prefix, first), last = count == 1 ? null : Number(prefix, first + count - 1) } };
            await CreatedAsync(admin.PostAsJsonAsync("/api/card-stock/ranges", new { product, numbers[0].first, last = Number(prefix, first + count - 1) }));
            var request = await CreatedAsync(desk.PostAsJsonAsync("/api/card-stock/requests", new { product, quantity = count }));
            await CreatedAsync(admin.PostAsJsonAsync($"/api/card-stock/requests/{request.GetProperty("id").GetGuid()}/ship", new { numbers }));
            await CreatedAsync(desk.PostAsJsonAsync("/api/card-stock/receive", new { product, numbers }));
            await CreatedAsync(desk.PostAsJsonAsync("/api/card-stock/take", new { product, numbers }));
        }

        var issued = await CreatedAsync(desk.PostAsJsonAsync("/api/cards/issue", new
        {
            newCustomer = new { type = "Company", name = "广州珠江货运有限公司", idType = "BusinessLicence", idNumber = "91440101MA59" + Random.Shared.Next(100000, 999999), phone = "02038881234" },
            multiUser = true, product = "PRIMARY", card = new { number = Number(Primary, serial) }, paymentMethod = "Cash",
        }));
        var customer = issued.GetProperty("customer").GetString()!;
        await CreatedAsync(desk.PostAsJsonAsync("/api/cards/issue-secondary", new
        {
            customer, product = "SECONDARY", paymentMethod = "Cash",
            cards = Enumerable.Range(1, 3).Select(n => new { number = Number(Secondary, serial + n), holderName = $"司机 {n}" }).ToArray(),
        }));
        var id = await site.App.WithDbAsync(d => d.Set<Customer>().Where(c => c.Code == customer).Select(c => c.Id).SingleAsync());
        return (outlet, maker, colleague, customer, id);
    }

    /// <summary>Starts a load or unload of the card read from the simulated reader; the transfer's page writes the chip and completes.</summary>
    private async Task PurseAsync(IPage page, string card, string direction, string amount, bool placeCard)
    {
        await page.GotoAsync("/allocations/purse");
        if (placeCard)
        {
            await page.GetByText(T("Simulated card reader"), new() { Exact = true }).ClickAsync();
            await Field(page, T("Card in the reader")).FillAsync(card);
            await Field(page, T("Purse (CNY)")).FillAsync("0.00");
            await page.GetByRole(AriaRole.Button, new() { Name = T("Place card"), Exact = true }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = T("Read card"), Exact = true }).ClickAsync();
        await Assertions.Expect(Field(page, T("Card number"))).ToHaveValueAsync(card);
        await Field(page, T(direction)).CheckAsync();
        await Field(page, T("Amount")).FillAsync(amount);
        await page.GetByRole(AriaRole.Button, new() { Name = T("Start"), Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/allocations/purse/[0-9a-f-]{36}$"));
        await Assertions.Expect(Notice(page)).ToContainTextAsync(T("The chip was written: {0} moved.", amount), new() { Timeout = 20_000 });
        await Assertions.Expect(Term(page, T("Status"))).ToHaveTextAsync(T("Completed"));
    }

    private async Task FillPayoutAsync(IPage page)
    {
        await Field(page, T("Method")).SelectOptionAsync("Transfer");
        await Field(page, T("Bank")).FillAsync(BankName);
        await Field(page, T("Account number")).FillAsync("6222020200112233445");
        await Field(page, T("Account holder")).FillAsync("广州珠江货运有限公司");
    }

    private string BankName => _locale == "zh-CN" ? "工商银行广州天河支行" : "ICBC Guangzhou Tianhe";

    /// <summary>The customer's page shows the balance of its account.</summary>
    private async Task AssertCustomerBalanceAsync(IPage page, Guid customerId, string balance)
    {
        await page.GotoAsync($"/counter/customers/{customerId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"{T("Balance")} {balance}");
    }

    /// <summary>The card's page shows its card account and purse.</summary>
    private async Task AssertCardAsync(IPage page, string card, string account, string purse)
    {
        await page.GotoAsync($"/admin/cards/{card}");
        var balances = page.GetByRole(AriaRole.Table, new() { Name = T("Balances (CNY)") });
        await Assertions.Expect(balances.GetByRole(AriaRole.Row, new() { Name = T("Card account") }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(account);
        await Assertions.Expect(balances.GetByRole(AriaRole.Row, new() { Name = T("Purse (as last known)") }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(purse);
    }

    /// <summary>The notice after a task (the theme's dismissible alert; a form's error summary has no close button).</summary>
    private ILocator Notice(IPage page) => page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = T("Close"), Exact = true }) }).First;

    /// <summary>
    /// The field labelled <paramref name="label"/>, whole: a label may end in the shortcut key the theme appends to it
    /// (<c>Customer code</c> + an aria-hidden <c>kbd</c> F2, which Playwright still reads as part of the label's text).
    /// </summary>
    private static ILocator Field(IPage page, string label) => page.GetByLabel(LabelPattern(label));

    private static ILocator Field(ILocator scope, string label) => scope.GetByLabel(LabelPattern(label));

    private static Regex LabelPattern(string label) => new("^\\s*" + Regex.Escape(label) + "(\\s*F\\d{1,2})?\\s*$");

    /// <summary>The value beside a term of a record's definition list.</summary>
    private static ILocator Term(IPage page, string term) =>
        page.GetByRole(AriaRole.Term).Filter(new() { HasTextRegex = new Regex("^\\s*" + Regex.Escape(term) + "\\s*$") }).First.Locator("xpath=following-sibling::dd[1]");

    /// <summary>The console's own text in the page's language (the same texts the screens use).</summary>
    private string T(string english, params object[] args)
    {
        var text = site.App.Services.GetRequiredService<AdminText>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(_locale);
        try
        {
            return args.Length == 0 ? text[english].Value : text[english, args].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>The n-th card number of a setup-recipe product (16 digits, Luhn).</summary>
    private static string Number(string prefix, int n) =>
        new CardNumbering(16, prefix, CheckDigitRule.Luhn).NumberOf(long.Parse(prefix + n.ToString("D11", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    private static async Task<JsonElement> CreatedAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
