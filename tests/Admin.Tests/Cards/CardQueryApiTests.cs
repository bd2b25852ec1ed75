using System.Net;
using System.Text.Json;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Ledger;
using Admin.Tests.Operators;

namespace Admin.Tests.Cards;

/// <summary>GET /api/cards and /api/cards/{number} through the real host, on both databases: the card with its money, paging, scope, bad numbers.</summary>
public abstract class CardQueryApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task CardByNumber_ShowsProductCustomerPrimaryAndLedgerBalances()
    {
        var admin = await App.AdminApiClientAsync();
        var o = await App.CardOutletAsync(admin);
        var primary = await App.IssueAsync(o, o.Primary, 1);
        var secondary = await App.IssueAsync(o, o.Secondary, 2, primary);
        await App.FundAsync(o, secondary, 100m, 30m, 20m);

        var response = await o.Client.GetAsync($"/api/cards/{o.Secondary.Number(2)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = await response.JsonAsync();
        Assert.Equal(o.Secondary.Number(2), card.GetProperty("number").GetString());
        Assert.Equal(o.Secondary.Code, card.GetProperty("product").GetString());
        Assert.Equal("Secondary", card.GetProperty("kind").GetString());
        Assert.Equal("Issued", card.GetProperty("status").GetString());
        Assert.Equal(o.CustomerCode, card.GetProperty("customerCode").GetString());
        Assert.Equal(o.Primary.Number(1), card.GetProperty("primaryCard").GetString());
        Assert.Equal(o.Outlet, card.GetProperty("outlet").GetString());
        var balances = card.GetProperty("balances");
        Assert.Equal(70m, balances.GetProperty("cardAccount").GetDecimal());
        Assert.Equal(30m, balances.GetProperty("purse").GetDecimal());
        Assert.Equal(20m, balances.GetProperty("deposit").GetDecimal());
        Assert.False(card.TryGetProperty("idNumber", out _));
        Assert.Equal(0m, (await (await o.Client.GetAsync($"/api/cards/{o.Primary.Number(1)}")).JsonAsync()).GetProperty("balances").GetProperty("cardAccount").GetDecimal());
        await App.AssertIntactAsync(admin);
    }

    [Fact]
    public async Task CustomersCards_PageByNumber_AndFilterByStatus()
    {
        var admin = await App.AdminApiClientAsync();
        var o = await App.CardOutletAsync(admin);
        var primary = await App.IssueAsync(o, o.Primary, 1);
        await App.IssueAsync(o, o.Secondary, 1, primary);
        await App.IssueAsync(o, o.Secondary, 3, primary);

        var first = await (await o.Client.GetAsync($"/api/cards?customer={o.CustomerCode}&limit=2")).JsonAsync();
        var second = await (await o.Client.GetAsync($"/api/cards?customer={o.CustomerCode}&limit=2&after={first.GetProperty("next").GetString()}")).JsonAsync();
        var lost = await (await admin.GetAsync($"/api/cards?customer={o.CustomerCode}&status=Lost")).JsonAsync();
        var byOutlet = await (await admin.GetAsync($"/api/cards?outlet={o.Outlet}&status=Issued")).JsonAsync();
        var bad = await o.Client.GetAsync($"/api/cards?status=Stolen&after=not-a-cursor!&limit=0");

        var numbers = Numbers(first).Concat(Numbers(second)).ToList();
        Assert.Equal(new[] { o.Primary.Number(1), o.Secondary.Number(1), o.Secondary.Number(3) }.OrderBy(n => n, StringComparer.Ordinal), numbers);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        Assert.Empty(lost.GetProperty("items").EnumerateArray());
        Assert.Equal(3, byOutlet.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("limit", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("after", out _), errors.ToString());
    }

    [Fact]
    public async Task AnotherOutletsCard_Is404ForAnOutletOperator_AndHeadOfficeSeesEveryCard()
    {
        var admin = await App.AdminApiClientAsync();
        var o = await App.CardOutletAsync(admin);
        await App.IssueAsync(o, o.Primary, 2);
        var (other, _, otherClient) = await App.OutletOperatorAsync();

        var hidden = await otherClient.GetAsync($"/api/cards/{o.Primary.Number(2)}");
        var hiddenList = await (await otherClient.GetAsync($"/api/cards?outlet={o.Outlet}")).JsonAsync();
        var hiddenByCustomer = await (await otherClient.GetAsync($"/api/cards?customer={o.CustomerCode}")).JsonAsync();
        var seen = await admin.GetAsync($"/api/cards/{o.Primary.Number(2)}");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("card.notFound", await hidden.CodeAsync());
        Assert.Empty(hiddenList.GetProperty("items").EnumerateArray());
        Assert.Empty(hiddenByCustomer.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.NotEqual(other, o.Outlet);
    }

    [Theory]
    [InlineData("12ab5678", "cardNumber.notDigits")]
    [InlineData("1234567", "cardNumber.wrongLength")]
    [InlineData("12345678901234567890", "cardNumber.wrongLength")]
    public async Task NotACardNumber_IsAFieldErrorOnNumber(string number, string code)
    {
        var admin = await App.AdminApiClientAsync();

        var response = await admin.GetAsync($"/api/cards/{number}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("number", out _), problem.ToString());
    }

    [Fact]
    public async Task AWrongCheckDigit_IsAFieldError_AndAGoodNumberNotIssued_Is404()
    {
        var admin = await App.AdminApiClientAsync();
        var p = await TestProduct.CreateAsync(admin);
        var good = p.Number(7);
        var mistyped = good[..^1] + (char)('0' + ((good[^1] - '0' + 1) % 10));

        var checkDigit = await admin.GetAsync($"/api/cards/{mistyped}");
        var notIssued = await admin.GetAsync($"/api/cards/{good}");

        Assert.Equal(HttpStatusCode.BadRequest, checkDigit.StatusCode);
        Assert.Equal("cardNumber.checkDigit", await checkDigit.CodeAsync());
        Assert.Equal(HttpStatusCode.NotFound, notIssued.StatusCode);
    }

    private static IEnumerable<string> Numbers(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!);
}

public sealed class CardQueryApiTests_Sqlite(SqliteDatabase db) : CardQueryApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardQueryApiTests_Postgres(PostgresDatabase db) : CardQueryApiTests(db), IClassFixture<PostgresDatabase>;
