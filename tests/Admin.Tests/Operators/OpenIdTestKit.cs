using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Operators;

/// <summary>An OAuth client driven by HttpClient: registration through the API, the code flow with PKCE, token requests.</summary>
internal static class OpenIdTestKit
{
    public const string RedirectUri = "http://127.0.0.1:7890/callback";

    /// <summary>Registers a client as the administrator and answers its id and secret (null for an interactive client).</summary>
    public static async Task<(string Id, string? Secret)> RegisterClientAsync(this AdminAppFactory app, string kind, params string[] scopes)
    {
        var id = "c-" + Guid.NewGuid().ToString("N")[..10];
        var admin = await app.AdminApiClientAsync();
        var response = await admin.PostAsJsonAsync("/api/clients", new
        {
            clientId = id, displayName = "Test " + id, kind, scopes,
            redirectUris = kind == "Interactive" ? new[] { RedirectUri } : [],
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        return (id, json.RootElement.GetProperty("clientSecret").GetString());
    }

    /// <summary>The whole front channel: authorize → the console's login page → back to authorize → the redirect with a code.</summary>
    public static async Task<(string Code, string Verifier)> AuthorizeAsync(this AdminAppFactory app, string clientId, string outlet, string login, string password)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var browser = app.CreateBrowserLikeClient();
        var authorize = $"/connect/authorize?client_id={clientId}&response_type=code&scope=openid%20offline_access&state=s1"
            + $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&code_challenge={challenge}&code_challenge_method=S256";

        var first = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var loginPage = first.Headers.Location!.OriginalString;
        Assert.StartsWith("/login", new Uri(new Uri("http://localhost"), loginPage).PathAndQuery);
        var returnUrl = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), loginPage).Query)["ReturnUrl"]!;

        var signedIn = await AdminAppFactory.PostFormAsync(browser, loginPage, "/login",
            new() { ["OutletCode"] = outlet, ["LoginName"] = login, ["Password"] = password, ["ReturnUrl"] = returnUrl });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(returnUrl, signedIn.Headers.Location!.OriginalString);

        var back = await browser.GetAsync(returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var callback = back.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.OriginalString);
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        Assert.Equal("s1", query["state"]);
        return (query["code"]!, verifier);
    }

    /// <summary>POSTs to the token endpoint and answers the status and JSON.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Json)> TokenAsync(this AdminAppFactory app, Dictionary<string, string> fields)
    {
        var response = await app.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(fields));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>A client carrying this bearer token.</summary>
    public static HttpClient Bearer(this AdminAppFactory app, string accessToken)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
