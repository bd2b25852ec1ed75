using System.Net;
using System.Net.Http.Json;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.Dictionaries.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.CardService;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.CustomerAccounts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Dictionaries;

/// <summary>
/// The forms that read head office's dictionaries (字典数据): ID document types (Counter's customers), cheque bounce reasons
/// (Cheques) and refund reasons (CustomerAccounts). A deactivated entry is no longer offered and is refused beside its
/// field; what records already carry keeps showing by the entry's name.
/// </summary>
public abstract class DictionaryWiringTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static string PermitNumber() => "H" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<HttpClient> ChineseScreenAsync(string outlet, string login)
    {
        var screen = await App.ScreenClientAsync(outlet, login, CounterTestKit.Password);
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        return screen;
    }

    private static async Task SwitchAsync(HttpClient admin, string kind, string code, bool on) =>
        await (await admin.PostAsJsonAsync($"/api/dictionaries/{kind}/{code}/{(on ? "reactivate" : "deactivate")}", new { })).JsonOkAsync();

    [Fact]
    public async Task IdDocumentType_Deactivated_IsRefusedForNewCustomers_KeptByACustomerWhoHasIt_AndShownByItsName()
    {
        var admin = await App.AdminApiClientAsync();
        var (outlet, login, client) = await App.OutletOperatorAsync();
        var number = PermitNumber();
        var had = await (await client.PostAsJsonAsync("/api/customers", new { type = "Individual", name = "Ho Ka Yan", idType = "HongKongMacaoPermit", idNumber = number, phone = "13800138000" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = had.GetProperty("id").GetString();
        await SwitchAsync(admin, "IdDocumentTypes", "HongKongMacaoPermit", on: false);
        try
        {
            var refused = await (await client.PostAsJsonAsync("/api/customers", new { type = "Individual", name = "Lee Wing", idType = "HongKongMacaoPermit", idNumber = PermitNumber(), phone = "" }))
                .JsonAsync(HttpStatusCode.BadRequest);
            var kept = await (await client.PutAsJsonAsync($"/api/customers/{id}", new
            {
                type = "Individual", name = "Ho Ka Yan", idType = "HongKongMacaoPermit", idNumber = number, phone = "13900139000", address = (string?)null, status = "Active",
                version = had.GetProperty("version").GetString(),
            })).JsonOkAsync();
            var screen = await ChineseScreenAsync(outlet, login);
            var details = await screen.GetStringAsync($"/counter/customers/{id}");
            var newForm = await screen.GetStringAsync("/counter/customers/new");
            var editForm = await screen.GetStringAsync($"/counter/customers/{id}/edit");

            Assert.Equal("dictionary.inactiveCode", refused.Code());
            Assert.True(refused.HasFieldError("idType"), refused.ToString());
            Assert.False(refused.HasFieldError("name"));
            Assert.Equal(("HongKongMacaoPermit", "13900139000"), (kept.GetProperty("idType").GetString(), kept.GetProperty("phone").GetString()));
            Assert.Contains("港澳居民来往内地通行证", details);
            Assert.Contains("value=\"ResidentId\"", newForm);
            Assert.DoesNotContain("value=\"HongKongMacaoPermit\"", newForm);
            Assert.Contains("value=\"HongKongMacaoPermit\"", editForm);
        }
        finally
        {
            await SwitchAsync(admin, "IdDocumentTypes", "HongKongMacaoPermit", on: true);
        }
    }

    [Fact]
    public async Task BounceReason_Deactivated_IsNotOfferedAndIsRefused_AndAnOldBounceStillShowsItsName()
    {
        var admin = await App.AdminApiClientAsync();
        var (outlet, login, client) = await App.OutletOperatorAsync();
        var colleague = await App.CreateOperatorAsync(outlet, CounterTestKit.Password, "Outlet operator");
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var old = (await client.ReceiveAsync(customer)).GetProperty("id").GetString()!;
        var fresh = (await client.ReceiveAsync(customer)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await client.BounceAsync(old, colleague, "Expired")).StatusCode);
        await SwitchAsync(admin, "BounceReasons", "Expired", on: false);
        try
        {
            var refused = await (await client.BounceAsync(fresh, colleague, "Expired")).JsonAsync(HttpStatusCode.BadRequest);
            var screen = await ChineseScreenAsync(outlet, login);
            var oldPage = await screen.GetStringAsync($"/cheques/{old}");
            var freshPage = await screen.GetStringAsync($"/cheques/{fresh}");
            var bounced = await (await client.BounceAsync(fresh, colleague, "StoppedPayment")).JsonOkAsync();

            Assert.Equal("dictionary.inactiveCode", refused.Code());
            Assert.True(refused.HasFieldError("reason"), refused.ToString());
            Assert.Contains("支票已过期", oldPage);
            Assert.Contains("value=\"StoppedPayment\"", freshPage);
            Assert.Contains("已止付", freshPage);
            Assert.DoesNotContain("value=\"Expired\"", freshPage);
            Assert.Equal("StoppedPayment", bounced.GetProperty("bounceReason").GetString());
        }
        finally
        {
            await SwitchAsync(admin, "BounceReasons", "Expired", on: true);
        }
    }

    [Fact]
    public async Task RefundReason_IsADictionaryCodeWithANote_UnknownOrDeactivatedRefused_UsedCodeFixed_AndAnOldFreeTextReasonStillShows()
    {
        var admin = await App.AdminApiClientAsync();
        var desk = await IssuingDesk.CreateAsync(App);
        var customer = await App.NewCustomerAsync(desk.Client);
        await App.FundAsync(AccountRef.Customer(customer.Id, customer.OutletId), 300m);
        object Small(string? reason, string? note = null) => new { kind = "Small", customer = customer.Code, amount = 20m, reason, note, method = "Cash" };
        await SwitchAsync(admin, "RefundReasons", "CARD-FAULT", on: false);
        try
        {
            var unknown = await (await desk.Client.PostKeyedAsync("/api/refunds", Small("NO-SUCH-REASON", new string('x', 201)))).Json(HttpStatusCode.BadRequest);
            var inactive = await (await desk.Client.PostKeyedAsync("/api/refunds", Small("CARD-FAULT"))).Json(HttpStatusCode.BadRequest);
            var special = await (await desk.Client.PostKeyedAsync("/api/refunds", new { kind = "Special", customer = customer.Code, amount = 20m, note = "no code", method = "Cash" }))
                .Json(HttpStatusCode.BadRequest);
            var made = await (await desk.Client.PostKeyedAsync("/api/refunds", Small("overpaid", "typed twice"))).Json(HttpStatusCode.Created);
            var older = await (await desk.Client.PostKeyedAsync("/api/refunds", Small(null))).Json(HttpStatusCode.Created);
            var olderId = Guid.Parse(older.GetProperty("id").GetString()!);
            // A refund recorded before reasons were a dictionary: its whole reason is free text.
            await App.WithDbAsync(d => d.Set<Refund>().Where(r => r.Id == olderId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Reason, "fuel card lost in 2025")));
            var used = await App.WithDbAsync(d => d.Set<DictionaryEntry>().AsNoTracking().SingleAsync(e => e.Kind == "RefundReasons" && e.Code == "OVERPAID"));
            var screen = await ChineseScreenAsync(desk.Outlet, desk.Login);
            var page = await screen.GetStringAsync($"/customer-accounts/refunds/{made.GetProperty("id").GetString()}");
            var olderPage = await screen.GetStringAsync($"/customer-accounts/refunds/{olderId}");
            var form = await screen.GetStringAsync("/customer-accounts/refund");

            Assert.Equal("dictionary.unknownCode", unknown.GetProperty("code").GetString());
            Assert.True(unknown.HasFieldError("reason") && unknown.HasFieldError("note"), unknown.ToString());
            Assert.Equal("dictionary.inactiveCode", inactive.GetProperty("code").GetString());
            Assert.Equal("customerAccounts.reasonRequired", special.GetProperty("code").GetString());
            Assert.Equal(("OVERPAID", "typed twice"), (made.GetProperty("reason").GetString(), made.GetProperty("note").GetString()));
            Assert.True(used.Used);
            Assert.Contains("多缴款（typed twice）", page);
            Assert.Contains("fuel card lost in 2025", olderPage);
            Assert.Contains("value=\"OVERPAID\"", form);
            Assert.DoesNotContain("value=\"CARD-FAULT\"", form);
            Assert.Equal(2, await App.WithDbAsync(d => d.Set<Refund>().CountAsync(r => r.CustomerId == customer.Id)));
        }
        finally
        {
            await SwitchAsync(admin, "RefundReasons", "CARD-FAULT", on: true);
        }
    }
}

public sealed class DictionaryWiringTests_Sqlite(SqliteDatabase db) : DictionaryWiringTests(db), IClassFixture<SqliteDatabase>;

public sealed class DictionaryWiringTests_Postgres(PostgresDatabase db) : DictionaryWiringTests(db), IClassFixture<PostgresDatabase>;
