using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Modules.Cards.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Issuing;

/// <summary>
/// A deposit (押金) the customer paid at the fee counter before having a card moves onto the card issued to them, in the
/// issue's own entry (D CustomerDeposit · C Deposit(card)), up to each card's deposit: the customer does not pay it twice.
/// </summary>
public abstract class IssuingDepositTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static async Task<decimal> BalanceAsync(HttpClient admin, string kind, Guid owner)
    {
        var accounts = await admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts?kind={kind}&owner={owner}");
        return accounts.GetProperty("items").EnumerateArray().Sum(a => a.GetProperty("balance").GetDecimal());
    }

    private async Task<Guid> CardIdAsync(string number) =>
        await App.WithDbAsync(d => d.Set<Card>().AsNoTracking().Where(c => c.Number == number).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task DepositPaidBeforeTheCard_MovesOntoThePrimaryThenTheFirstSecondary_AndTheSecondPays()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var primary = await IssuingProduct.CreateAsync(desk.Admin, "Primary");
        var secondary = await IssuingProduct.CreateAsync(desk.Admin, "Secondary");
        await desk.StockAsync(primary, 1);
        await desk.StockAsync(secondary, 2);
        var created = await desk.Client.CreateCustomerAsync("Deposit Fleet");
        var customer = created.GetProperty("code").GetString()!;
        var customerId = Guid.Parse(created.GetProperty("id").GetString()!);
        var collected = await desk.Client.PostAsJsonAsync("/api/counter/fee-collections", new
        {
            customer, paymentMethod = "Cash", items = new[] { new { fee = "DEPOSIT", quantity = 2, collected = 60.00m } },
        });
        Assert.Equal(HttpStatusCode.Created, collected.StatusCode);
        Assert.Equal(60.00m, await BalanceAsync(desk.Admin, "CustomerDeposit", customerId));

        // The primary card: its 30.00 deposit comes from the 60.00 held; the customer pays 20.00 + 10.00 at the counter.
        var opened = await (await desk.PostAsync("/api/cards/issue", new
        {
            customer, multiUser = true, product = primary.Code, card = new { number = primary.Number(1) }, paymentMethod = "Cash",
        })).Created();
        Assert.Equal(30.00m, opened.GetProperty("total").GetDecimal());
        Assert.Contains(opened.GetProperty("lines").EnumerateArray(), l => l.GetProperty("code").GetString() == "DEPOSIT-HELD" && l.GetProperty("collected").GetDecimal() == -30.00m);
        Assert.Equal(30.00m, await BalanceAsync(desk.Admin, "CustomerDeposit", customerId));
        Assert.Equal(30.00m, await BalanceAsync(desk.Admin, "Deposit", await CardIdAsync(primary.Number(1))));

        // Two secondary cards: the rest (30.00) covers the first one's deposit; the second card's deposit is paid.
        var batch = await (await desk.PostAsync("/api/cards/issue-secondary", new
        {
            primaryCard = primary.Number(1), product = secondary.Code, paymentMethod = "Cash",
            cards = new[] { new { number = secondary.Number(1) }, new { number = secondary.Number(2) } },
        })).Created();
        Assert.Equal(2 * 60.00m - 30.00m, batch.GetProperty("total").GetDecimal());
        Assert.Equal(0m, await BalanceAsync(desk.Admin, "CustomerDeposit", customerId));
        Assert.Equal(30.00m, await BalanceAsync(desk.Admin, "Deposit", await CardIdAsync(secondary.Number(1))));
        Assert.Equal(30.00m, await BalanceAsync(desk.Admin, "Deposit", await CardIdAsync(secondary.Number(2))));

        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }

    [Fact]
    public async Task ANewCustomer_OrOneWithoutADeposit_PaysTheDepositAsBefore()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var single = await IssuingProduct.CreateAsync(desk.Admin, "SingleUser");
        await desk.StockAsync(single, 1);
        var customer = (await desk.Client.CreateCustomerAsync("No Deposit")).GetProperty("code").GetString();

        var issued = await (await desk.PostAsync("/api/cards/issue", new { customer, product = single.Code, card = new { number = single.Number(1) }, paymentMethod = "Cash" })).Created();

        Assert.Equal(60.00m, issued.GetProperty("total").GetDecimal());
        Assert.DoesNotContain(issued.GetProperty("lines").EnumerateArray(), l => l.GetProperty("code").GetString() == "DEPOSIT-HELD");
        await IssuingTestKit.AssertLedgerCleanAsync(desk.Admin);
    }
}

public sealed class IssuingDepositTests_Sqlite(SqliteDatabase db) : IssuingDepositTests(db), IClassFixture<SqliteDatabase>;

public sealed class IssuingDepositTests_Postgres(PostgresDatabase db) : IssuingDepositTests(db), IClassFixture<PostgresDatabase>;
