using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Localization;
using Admin.Kernel.Modules;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Kernel;

/// <summary>
/// The audit trail reads in words in both languages (issue 21, point 2): every audit action a module declares has an
/// English and a Chinese name, every action the host records is declared (an undeclared one is also logged as an error,
/// which the generated OpenAPI suite fails on), and the audit trail shows the names, not the codes.
/// </summary>
public abstract class AuditActionNamesTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public void EveryDeclaredAction_HasAnEnglishAndAChineseName_OfAKnownModule()
    {
        var actions = App.Services.GetRequiredService<AuditActionCatalog>().All;
        var text = App.Services.GetRequiredService<AdminText>();
        var modules = App.Services.GetRequiredService<ModuleCatalog>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(AdminCultures.Chinese);
        try
        {
            var missing = actions.Where(a => string.IsNullOrWhiteSpace(a.Name) || text[a.Name].ResourceNotFound || (a.Module is not null && modules.Find(a.Module) is null))
                .Select(a => $"{a.Module}/{a.Action} \"{a.Name}\"").ToList();
            Assert.True(actions.Count >= 60, $"Only {actions.Count} audit actions declared?");
            Assert.True(missing.Count == 0, "No Chinese name or unknown module: " + string.Join(", ", missing));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task EveryActionTheHostRecords_IsDeclared_AndTheTrailShowsItsName()
    {
        // A day's work that touches most modules, with the refusals too.
        var (outlet, login, client) = await App.OutletOperatorAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.TokenAsync(outlet, login, "wrong-password")).Status);
        var customer = (await client.CreateCustomerAsync("Chen Jing")).GetProperty("code").GetString();
        var collected = await client.PostAsJsonAsync("/api/counter/fee-collections", new { customer, paymentMethod = "Cash", items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m } } });
        Assert.Equal(HttpStatusCode.Created, collected.StatusCode);
        var cheque = await client.ReceiveAsync(customer, 100.00m);
        Assert.Equal(HttpStatusCode.OK, (await client.ClearAsync(cheque.GetProperty("id").GetString()!)).StatusCode);

        var events = await App.WithDbAsync(d => d.Set<AuditEvent>().AsNoTracking().Select(e => new { e.Module, e.Action }).Distinct().ToListAsync());
        var catalog = App.Services.GetRequiredService<AuditActionCatalog>();
        var undeclared = events.Where(e => catalog.NameOf(e.Module, e.Action) is null).Select(e => $"{e.Module}/{e.Action}").ToList();
        Assert.True(events.Count >= 6, $"Only {events.Count} kinds of audit event recorded?");
        Assert.True(undeclared.Count == 0, "Recorded but never named: " + string.Join(", ", undeclared));

        var (_, auditor, _) = await App.CreateOperatorWithGrantsAsync(AdminAppFactory.HeadOffice, Admin.Kernel.KernelPermissions.ViewAuditTrail);
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, auditor, OperatorsTestKit.Password);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/audit?outlet={outlet}");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var page = WebUtility.HtmlDecode(await (await screen.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Contains(">收取支票<", page);
        Assert.Contains(">柜面收费<", page);
        Assert.Contains(">支票到账<", page);
        Assert.DoesNotContain(">Cheque.Receive<", page);
        Assert.Contains(">支票<", page); // the kind of record, in words
    }

    [Fact]
    public async Task TheTrail_NamesAnInvoiceTitleByItsBuyer_LinkedToItsPage_NoIdInSight()
    {
        var admin = await App.AdminApiClientAsync();
        var customer = await Admin.Tests.InvoiceTitles.InvoiceTitlesApiTests.CreateCustomerAsync(admin, AdminAppFactory.HeadOffice);
        var buyer = "广州珠江卡务有限公司" + Guid.NewGuid().ToString("N")[..4];
        var created = await admin.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles",
            new { type = "Company", buyerName = buyer, taxpayerNumber = Admin.Tests.InvoiceTitles.InvoiceTitlesApiTests.NewCreditCode(), address = "珠江路 1 号" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;

        var (_, auditor, _) = await App.CreateOperatorWithGrantsAsync(AdminAppFactory.HeadOffice, Admin.Kernel.KernelPermissions.ViewAuditTrail);
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, auditor, OperatorsTestKit.Password);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/audit?module=InvoiceTitles");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var page = WebUtility.HtmlDecode(await (await screen.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains($"href=\"/counter/customers/{customer}/invoice-titles/{id}\">{buyer} ", page);
        Assert.DoesNotContain($">{id}<", page);
        Assert.DoesNotContain($"Customer {customer}", page); // no summary naming the customer by id
    }
}

public sealed class AuditActionNamesTests_Sqlite(SqliteDatabase db) : AuditActionNamesTests(db), IClassFixture<SqliteDatabase>;

public sealed class AuditActionNamesTests_Postgres(PostgresDatabase db) : AuditActionNamesTests(db), IClassFixture<PostgresDatabase>;
