using Admin.Kernel.Data;
using Admin.Modules.Reviews.Models;
using Admin.Modules.Reviews.Services;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>The auditor's workspace in a browser: find an authorisation, open it, verify the chains.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditorWorkspaceTests(BrowserFixture browser, SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Password = "Counter2024";

    [Fact]
    public async Task Auditor_FindsTheRecord_OpensIt_AndVerifiesTheChains()
    {
        var outlet = await site.App.CreateOutletAsync();
        var auditor = await site.App.CreateOperatorAsync(AdminAppFactory.HeadOffice, Password, "Auditor");
        // A granted record appended the way a task does (inside a transaction); the counter screens are another module's.
        await site.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AdminDbContext>();
            var outletId = db.Set<Admin.Modules.Outlets.Models.Outlet>().Single(o => o.Code == outlet).Id;
            await using var tx = await db.Database.BeginTransactionAsync();
            await sp.GetRequiredService<AuthorisationChain>().AppendAsync(new Authorisation
            {
                OutletId = outletId, OutletCode = outlet, PointCodes = "Counter.FeeOverride", TaskType = "Counter.FeeCollection", TaskId = "R-1",
                Summary = """{"items":[{"code":"CARD","collected":"0.00","schedule":"20.00"}],"total":"0.00"}""",
                MakerLogin = "maker01", ReviewerLogin = "reviewer01", Result = AuthorisationResult.Granted, ClientIp = "127.0.0.1",
            }, default);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        });

        var page = await browser.NewPageAsync(site.Url, locale: "zh-CN");
        try
        {
            await BrowserSignIn.SignInAsync(page, AdminAppFactory.HeadOffice, auditor, Password);
            await page.WaitForURLAsync(site.Url + "/");

            await page.GotoAsync($"/admin/reviews/log?outlet={outlet}");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("授权日志");
            await Assertions.Expect(page.Locator("#authorisations")).ToContainTextAsync("reviewer01");

            await page.Locator("#authorisations a").First.ClickAsync();
            await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("20.00");
            await Assertions.Expect(page.Locator("#hash-matches")).ToBeVisibleAsync();
            await page.GoBackAsync();

            await page.Locator("#verify-chains").ClickAsync();
            await Assertions.Expect(page.Locator("#verification")).ToContainTextAsync("所有哈希链完好");
            await Assertions.Expect(page.Locator("#chains")).ToContainTextAsync(outlet);
            await BrowserFixture.SaveScreenshotAsync(page, "auditor-workspace");
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, nameof(Auditor_FindsTheRecord_OpensIt_AndVerifiesTheChains));
            throw;
        }
    }
}
