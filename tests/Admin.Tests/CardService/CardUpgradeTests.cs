using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Cards.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Ledger;
using Microsoft.EntityFrameworkCore;
using Customer = Admin.Modules.Counter.Models.Customer;

namespace Admin.Tests.CardService;

/// <summary>
/// Card upgrades (3.21/3.22, ADR 0013) through the API and on the screen: the card keeps its number, nothing goes to the block
/// list; a secondary card's card account goes back to its multi-user customer, an anonymous card keeps its money; the deposit
/// still due and the service fee are paid in the same entry; every refusal changes nothing; the same request twice runs once.
/// </summary>
public abstract class CardUpgradeTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task SecondaryCard_BecomesASingleUserCardOfANewCustomer_ItsCardAccountGoesBackToTheCompany_OnceForTheSameKey()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var number = w.Secondary.Number(1);
        await w.FundAsync(number, 80m);
        await (await w.Desk.Client.PutAsJsonAsync($"/api/card-service/cards/{number}/restrictions", new { products = new[] { "95" }, perDay = 500m })).JsonOkAsync();
        var before = await w.CardAsync(number);
        var (_, _, held) = await w.MoneyAsync(number);
        var due = Math.Max(0m, 30m - held);
        var companyId = before.CustomerId!.Value;
        var companyBalance = await App.BalanceAsync(AccountRef.Customer(companyId, before.OutletId));
        var income = AccountRef.OfOutlet(AccountKind.FeeIncome, before.OutletId);
        var incomeBefore = await App.BalanceAsync(income);
        var blockVersion = (await w.BlockListAsync(0)).GetProperty("version").GetInt64();
        var idNumber = CounterTestKit.NewResidentId();
        var body = new
        {
            newCustomer = new { type = "Individual", name = "Sun Wei", idType = "ResidentId", idNumber, phone = "13900000009" },
            product = w.Single.Code, idNumber = w.CompanyId, paymentMethod = "Cash",
        };

        using var first = Keyed(number, body, "upgrade-1");
        var upgradedResponse = await w.Desk.Client.SendAsync(first);
        var upgraded = await upgradedResponse.JsonOkAsync();
        using var again = Keyed(number, body, "upgrade-1");
        var replayed = await w.Desk.Client.SendAsync(again);
        var replayedBody = await replayed.JsonOkAsync();

        Assert.Equal("SingleUser", upgraded.GetProperty("kind").GetString());
        Assert.Equal("Secondary", upgraded.GetProperty("fromKind").GetString());
        Assert.Equal(w.Company, upgraded.GetProperty("formerCustomer").GetString());
        Assert.True(upgraded.GetProperty("customerRegistered").GetBoolean());
        Assert.Equal(80m, upgraded.GetProperty("returnedToCustomer").GetDecimal());
        Assert.Equal((due, 10m), (upgraded.GetProperty("deposit").GetDecimal(), upgraded.GetProperty("serviceFee").GetDecimal()));
        Assert.Equal("true", replayed.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(upgraded.GetProperty("id").GetString(), replayedBody.GetProperty("id").GetString());

        var after = await w.CardAsync(number);
        var customer = await App.WithDbAsync(d => d.Set<Customer>().AsNoTracking().SingleAsync(c => c.IdNumber == idNumber));
        Assert.Equal((before.Id, CardKind.SingleUser, (Guid?)customer.Id, (Guid?)null, CardStatus.Issued), (after.Id, after.Kind, after.CustomerId, after.PrimaryCardId, after.Status));
        Assert.Equal("Sun Wei", customer.Name);
        Assert.Equal(companyBalance + 80m, await App.BalanceAsync(AccountRef.Customer(companyId, before.OutletId)));
        Assert.Equal((0m, 0m, held + due), await w.MoneyAsync(number));
        Assert.Equal(incomeBefore + 10m, await App.BalanceAsync(income));
        Assert.DoesNotContain(await App.WithDbAsync(d => d.Set<Card>().AsNoTracking().Where(c => c.CustomerId == companyId).Select(c => c.Number).ToListAsync()), n => n == number);
        var restrictions = await (await w.Desk.Client.GetAsync($"/api/card-service/cards/{number}/restrictions")).JsonOkAsync();
        Assert.Equal(["95"], restrictions.GetProperty("products").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(blockVersion, (await w.BlockListAsync(0)).GetProperty("version").GetInt64());
        var audit = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Where(e => e.Action == "Card.UpgradeSecondary" && e.EntityId == number).ToListAsync());
        Assert.Single(audit);
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<Customer>().CountAsync(c => c.IdNumber == idNumber)));
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task AnonymousCard_BecomesARegisteredCardOfAnExistingCustomer_KeepsItsMoney_AndCanThenBeReportedLost()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var number = w.Anonymous.Number(1);
        await w.FundAsync(number, 0.01m, purse: 60m);
        var created = await w.Desk.Client.CreateCustomerAsync("Qian Yu");
        var code = created.GetProperty("code").GetString()!;
        var customer = await App.WithDbAsync(d => d.Set<Customer>().AsNoTracking().SingleAsync(c => c.Code == code));
        var lossBefore = await (await w.ActAsync(number, "report-lost", new { idNumber = customer.IdNumber })).JsonAsync(HttpStatusCode.UnprocessableEntity);

        var upgraded = await (await w.ActAsync(number, "upgrade", new { customer = code, product = w.Single.Code, paymentMethod = "Transfer" })).JsonOkAsync();

        Assert.Equal("cardService.anonymousNoLossReport", lossBefore.Code());
        Assert.Equal(("Anonymous", "SingleUser", code), (upgraded.GetProperty("fromKind").GetString(), upgraded.GetProperty("kind").GetString(), upgraded.GetProperty("customer").GetString()));
        Assert.False(upgraded.GetProperty("customerRegistered").GetBoolean());
        Assert.Equal((440.01m, 60m), (upgraded.GetProperty("cardAccount").GetDecimal(), upgraded.GetProperty("purse").GetDecimal()));
        Assert.Equal((30m, 10m, 0m), (upgraded.GetProperty("deposit").GetDecimal(), upgraded.GetProperty("serviceFee").GetDecimal(), upgraded.GetProperty("returnedToCustomer").GetDecimal()));
        var card = await w.CardAsync(number);
        Assert.Equal((CardKind.SingleUser, (Guid?)customer.Id, (decimal?)null, (DateTime?)null), (card.Kind, card.CustomerId, card.FaceValue, card.ExpiresAt));
        Assert.Equal((440.01m, 60m, 30m), await w.MoneyAsync(number));
        var entryId = upgraded.GetProperty("entryId").GetInt64();
        var lines = await App.WithDbAsync(d => d.Set<Admin.Modules.Ledger.Models.LedgerLine>().AsNoTracking().Where(l => l.EntryId == entryId)
            .Join(d.Set<Admin.Modules.Ledger.Models.LedgerAccount>(), l => l.AccountId, a => a.Id, (l, a) => new { a.Kind, a.Method, l.Amount }).ToListAsync());
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, l => l.Kind == AccountKind.Till && l.Method == "Transfer" && l.Amount == 4000);
        Assert.Contains(lines, l => l.Kind == AccountKind.Deposit && l.Amount == -3000);
        Assert.Contains(lines, l => l.Kind == AccountKind.FeeIncome && l.Amount == -1000);
        Assert.Single(await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Where(e => e.Action == "Card.UpgradeAnonymous" && e.EntityId == number).ToListAsync()));

        // Registered now: the customer's ID document reports it lost.
        var lost = await (await w.ActAsync(number, "report-lost", new { idNumber = customer.IdNumber })).JsonOkAsync();
        Assert.Equal("Lost", lost.GetProperty("status").GetString());
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task EveryRefusal_IsSpecific_AndChangesNothing()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var lostCard = w.Secondary.Number(2);
        await (await w.ActAsync(lostCard, "report-lost", new { idNumber = w.CompanyId })).JsonOkAsync();
        var secondary = w.Secondary.Number(1);
        await w.FundAsync(secondary, 50m, purse: 20m);
        var bare = (await w.Desk.Client.CreateCustomerAsync("Zhou Kai")).GetProperty("code").GetString()!;
        var noId = (await w.Desk.Client.CreateCustomerAsync("Wu Min")).GetProperty("code").GetString()!;
        await App.WithDbAsync(d => d.Set<Customer>().Where(c => c.Code == noId).ExecuteUpdateAsync(s => s.SetProperty(c => c.IdNumber, "")));
        var (_, _, stranger) = await App.OutletOperatorAsync();
        var anonymous = w.Anonymous.Number(1);
        var counts = await App.TableCountsAsync();

        var primary = await Refused(w, w.Primary.Number(1), new { customer = bare }, HttpStatusCode.Conflict);
        var single = await Refused(w, w.Single.Number(1), new { customer = bare }, HttpStatusCode.Conflict);
        var lost = await Refused(w, lostCard, new { customer = bare, idNumber = w.CompanyId, paymentMethod = "Cash" }, HttpStatusCode.Conflict);
        var empty = await Refused(w, secondary, new { }, HttpStatusCode.BadRequest);
        var wrongId = await Refused(w, secondary, new { customer = bare, idNumber = w.PersonId, paymentMethod = "Cash" }, HttpStatusCode.BadRequest);
        var purse = await Refused(w, secondary, new { customer = bare, product = w.Single.Code, idNumber = w.CompanyId, paymentMethod = "Cash" }, HttpStatusCode.Conflict);
        var hasCards = await Refused(w, anonymous, new { customer = w.Person, product = w.Single.Code, paymentMethod = "Cash" }, HttpStatusCode.Conflict);
        var noRealName = await Refused(w, anonymous, new { customer = noId, product = w.Single.Code, paymentMethod = "Cash" }, HttpStatusCode.UnprocessableEntity);
        var newWithoutId = await Refused(w, anonymous, new { newCustomer = new { type = "Individual", name = "Ma Li", idType = "ResidentId" }, product = w.Single.Code, paymentMethod = "Cash" },
            HttpStatusCode.BadRequest);
        var both = await Refused(w, anonymous, new { customer = bare, newCustomer = IssuingTestKit.NewCustomer(), product = w.Single.Code, paymentMethod = "Cash" }, HttpStatusCode.BadRequest);
        var product = await Refused(w, anonymous, new { customer = bare, product = w.Secondary.Code, paymentMethod = "Cash" }, HttpStatusCode.BadRequest);
        var creditCard = await Refused(w, anonymous, new { customer = bare, product = w.Single.Code, paymentMethod = "CreditCard" }, HttpStatusCode.BadRequest);
        var otherOutlet = await (await IssuingTestKit.PostKeyedAsync(stranger, $"/api/card-service/cards/{anonymous}/upgrade", new { customer = bare })).JsonAsync(HttpStatusCode.NotFound);
        var headOffice = await (await IssuingTestKit.PostKeyedAsync(w.Desk.Admin, $"/api/card-service/cards/{anonymous}/upgrade", new { customer = bare })).JsonAsync(HttpStatusCode.Conflict);

        Assert.Equal("cardService.notUpgradable", primary.Code());
        Assert.Equal("cardService.notUpgradable", single.Code());
        Assert.Equal("cardService.upgradeNotInUse", lost.Code());
        Assert.True(empty.HasFieldError("customer") && empty.HasFieldError("idNumber") && empty.HasFieldError("paymentMethod"), empty.ToString());
        Assert.Equal("cardService.idNumberMismatch", wrongId.Code());
        Assert.Equal("cardService.upgradePurseNotEmpty", purse.Code());
        Assert.Contains(w.Company, purse.GetProperty("detail").GetString());
        Assert.Equal("cardService.customerHasCards", hasCards.Code());
        Assert.Equal("cardService.realNameMissing", noRealName.Code());
        Assert.True(noRealName.HasFieldError("customer"));
        Assert.True(newWithoutId.HasFieldError("newCustomer.idNumber"), newWithoutId.ToString());
        Assert.Equal("cardService.upgradeCustomerTwice", both.Code());
        Assert.Equal("cardService.upgradeProductNotFit", product.Code());
        Assert.True(creditCard.HasFieldError("paymentMethod"));
        Assert.Equal("cardService.cardNotFound", otherOutlet.Code());
        Assert.Equal("cardService.outletOnly", headOffice.Code());
        Assert.Equal(counts, await App.TableCountsAsync());
        Assert.Equal((CardKind.Secondary, CardKind.Anonymous), ((await w.CardAsync(secondary)).Kind, (await w.CardAsync(anonymous)).Kind));
    }

    [Fact]
    public async Task Screen_UpgradesAnAnonymousCard_ForANewCustomer_ErrorsBesideTheFields_InChinese()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var screen = await App.ScreenClientAsync(w.Desk.Outlet, w.Desk.Login, CounterTestKit.Password);
        var number = w.Anonymous.Number(1);
        var form = $"/card-service/upgrade?card={number}";
        using var zhForm = new HttpRequestMessage(HttpMethod.Get, form);
        zhForm.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var zhHtml = await (await screen.SendAsync(zhForm)).Content.ReadAsStringAsync();
        var cardPage = await screen.GetStringAsync($"/card-service/cards/{number}");

        var missing = await AdminAppFactory.PostFormAsync(screen, form, "/card-service/upgrade", new() { ["Card"] = number, ["Product"] = w.Single.Code, ["PaymentMethod"] = "Cash" });
        var missingHtml = await missing.Content.ReadAsStringAsync();
        var idNumber = CounterTestKit.NewResidentId();
        var done = await AdminAppFactory.PostFormAsync(screen, form, "/card-service/upgrade", new()
        {
            ["Card"] = number, ["Product"] = w.Single.Code, ["PaymentMethod"] = "Cash", ["NewCustomer.Type"] = "Individual", ["NewCustomer.Name"] = "Lin Yue",
            ["NewCustomer.IdType"] = "ResidentId", ["NewCustomer.IdNumber"] = idNumber, ["NewCustomer.Phone"] = "13700000007",
        });
        var pageHtml = await screen.GetStringAsync(done.Headers.Location!.OriginalString);

        Assert.Contains("id=\"action-upgrade\"", cardPage);
        Assert.Contains("卡片升级", zhHtml);
        Assert.Contains("name=\"NewCustomer.IdNumber\"", zhHtml);
        Assert.Contains("data-autofocus=\"true\"", zhHtml);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Enter the code of the customer the card goes to", missingHtml);
        Assert.Contains("is-invalid", missingHtml);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.EndsWith($"/card-service/cards/{number}", done.Headers.Location!.OriginalString);
        Assert.Contains("is now a registered card of", pageHtml);
        Assert.Contains("Lin Yue", pageHtml);
        Assert.DoesNotContain("id=\"action-upgrade\"", pageHtml);
        Assert.Equal(CardKind.SingleUser, (await w.CardAsync(number)).Kind);
        await App.AssertIntactAsync(w.Desk.Admin);
    }

    [Fact]
    public async Task TwoUpgradesOfOneCardAtOnce_OneWins_TheOtherLeavesNothing()
    {
        for (var round = 0; round < 2; round++)
        {
            var w = await CardServiceWorld.CreateAsync(App);
            var number = w.Anonymous.Number(1);
            var ids = new[] { CounterTestKit.NewResidentId(), CounterTestKit.NewResidentId() };

            var answers = await Task.WhenAll(ids.Select(id => Task.Run(() => w.ActAsync(number, "upgrade", new
            {
                newCustomer = new { type = "Individual", name = "Race " + id[^4..], idType = "ResidentId", idNumber = id }, product = w.Single.Code, paymentMethod = "Cash",
            }))));

            Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
            Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
            Assert.Equal(1, await App.WithDbAsync(d => d.Set<Customer>().CountAsync(c => ids.Contains(c.IdNumber))));
            Assert.Equal((500m, 0m, 30m), await w.MoneyAsync(number));
            Assert.Single(await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Where(e => e.Action == "Card.UpgradeAnonymous" && e.EntityId == number).ToListAsync()));
            await App.AssertIntactAsync(w.Desk.Admin);
        }
    }

    private static HttpRequestMessage Keyed(string number, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/card-service/cards/{number}/upgrade") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key + "-" + number);
        return request;
    }

    private static async Task<JsonElement> Refused(CardServiceWorld w, string number, object body, HttpStatusCode status) =>
        await (await w.ActAsync(number, "upgrade", body)).JsonAsync(status);
}

public sealed class CardUpgradeTests_Sqlite(SqliteDatabase db) : CardUpgradeTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardUpgradeTests_Postgres(PostgresDatabase db) : CardUpgradeTests(db), IClassFixture<PostgresDatabase>;
