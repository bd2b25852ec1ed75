using Xunit;

namespace Admin.EndToEnd;

/// <summary>Proves the browser runs, without the host.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserSmokeTests(BrowserFixture browser)
{
    [Fact]
    public async Task Clicks_a_button_in_headless_chromium()
    {
        var page = await browser.NewPageAsync("http://127.0.0.1/");
        try
        {
            await page.SetContentAsync(
                "<button id=b onclick=\"this.textContent = 'Clicked ' + navigator.language\">Hi</button>");
            Assert.Equal("Hi", await page.TextContentAsync("#b"));

            await page.ClickAsync("#b");

            Assert.Equal("Clicked en-US", await page.TextContentAsync("#b"));
            Assert.Equal(1280, page.ViewportSize?.Width);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Page_locale_follows_the_requested_culture()
    {
        var page = await browser.NewPageAsync("http://127.0.0.1/", locale: "zh-CN");
        try
        {
            Assert.Equal("zh-CN", await page.EvaluateAsync<string>("() => navigator.language"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
