using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Admin.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Admin.EndToEnd;

/// <summary>A console of its own for this class (a fresh SQLite database behind Kestrel).</summary>
public sealed class PasskeySiteFixture : RealSite;

/// <summary>
/// Issue 16's browser test: the administrator registers a passkey on their profile with Chromium's software authenticator
/// (DevTools' WebAuthn domain), head office requires passkeys for administrators, and the next sign-in takes the
/// password and then that passkey. The page is opened as <c>localhost</c>: a WebAuthn relying party cannot be an IP address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PasskeyBrowserTests(BrowserFixture browser, PasskeySiteFixture site) : IClassFixture<PasskeySiteFixture>
{
    [Fact]
    public async Task Administrator_RegistersAPasskey_AndSignsInWithPasswordAndPasskey()
    {
        var url = site.Url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        var page = await browser.NewPageAsync(url);
        var step = "start";
        try
        {
            step = "software authenticator";
            var cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("WebAuthn.enable");
            var added = await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
            {
                ["options"] = new Dictionary<string, object>
                {
                    ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true, ["hasUserVerification"] = true,
                    ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
                },
            });
            var authenticatorId = added!.Value.GetProperty("authenticatorId").GetString()!;

            step = "register on the profile";
            await BrowserSignIn.SignInAsync(page, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            await page.GotoAsync("/account/profile");
            await page.Locator("#passkey-name").FillAsync("Chromium key");
            await page.Locator("#passkey-register").ClickAsync();
            await Assertions.Expect(page.Locator("tr[data-passkey='Chromium key']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("The passkey was registered.");
            var credentials = await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticatorId });
            Assert.Single(credentials!.Value.GetProperty("credentials").EnumerateArray());

            step = "require passkeys for administrators";
            var admin = await site.App.AdminApiClientAsync();
            var settings = await admin.GetFromJsonAsync<JsonElement[]>("/api/settings");
            var version = settings!.Single(s => s.GetProperty("key").GetString() == "Operators.AdministratorsNeedPasskey").GetProperty("version").GetString();
            Assert.True((await admin.PutAsJsonAsync("/api/settings/Operators.AdministratorsNeedPasskey", new { value = "true", version })).IsSuccessStatusCode);

            step = "sign in again: password, then the passkey";
            await page.Context.ClearCookiesAsync();
            await BrowserSignIn.SignInAsync(page, AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
            await page.WaitForURLAsync(new Regex("/login/passkey$"));
            await page.Locator("#passkey-submit").ClickAsync();
            await page.WaitForURLAsync(url + "/");
            await page.GotoAsync("/account/profile");
            await Assertions.Expect(page.Locator("#passkeys")).ToContainTextAsync("Your role requires a passkey as well as the password");
            credentials = await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticatorId });
            Assert.True(credentials!.Value.GetProperty("credentials")[0].GetProperty("signCount").GetInt32() >= 1);
        }
        catch
        {
            await BrowserFixture.SaveScreenshotAsync(page, "passkey-" + step);
            throw;
        }
    }
}
