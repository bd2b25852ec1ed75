using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.InvoiceTitles.Models;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.InvoiceTitles;

/// <summary>Customers' invoice titles and head office's templates through the real host, on both databases.</summary>
public abstract class InvoiceTitlesApiTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    internal static string NewCreditCode()
    {
        // A real-shaped enterprise code with a random organisation part and its computed check character.
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var random = Random.Shared;
        var body = "91440106" + new string(Enumerable.Range(0, 9).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        return body + CreditCode.CheckCharacter(body);
    }

    internal static async Task<Guid> CreateCustomerAsync(HttpClient client, string outlet, string type = "Company")
    {
        var response = await client.PostAsJsonAsync("/api/customers", new
        {
            type, name = "天河卡务 " + Guid.NewGuid().ToString("N")[..6], idType = "Other", idNumber = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            phone = "020-12345678", address = "天河路 1 号", outlet,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private static object Title(string tax, string name = "广州天河卡务有限公司", bool makeDefault = false) =>
        new { type = "Company", buyerName = name, taxpayerNumber = tax, address = "天河路 1 号", bankName = "工商银行", bankAccount = "6222000011112222", makeDefault };

    [Fact]
    public async Task FirstTitle_IsTheDefault_AndAudited()
    {
        var client = await App.AdminApiClientAsync();
        var customer = await CreateCustomerAsync(client, AdminAppFactory.HeadOffice);

        var created = await client.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles", Title(NewCreditCode()));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.True(body.GetProperty("isDefault").GetBoolean());
        Assert.Equal("1", body.GetProperty("version").GetString());
        var id = body.GetProperty("id").GetString();
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Module == "InvoiceTitles" && e.Action == "Title.Create" && e.EntityId == id && e.After != null)));
    }

    [Fact]
    public async Task MistypedCreditCode_Is400NamingTheCheckCharacter_AndSavesNothing()
    {
        var client = await App.AdminApiClientAsync();
        var customer = await CreateCustomerAsync(client, AdminAppFactory.HeadOffice);
        var good = NewCreditCode();
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');

        var response = await client.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles", Title(bad));

        await OperatorsTestKit.AssertProblemAsync(response, HttpStatusCode.BadRequest, "invoiceTitle.creditCodeCheck");
        var problem = await response.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("taxpayerNumber", out _));
        Assert.Empty((await (await client.GetAsync($"/api/customers/{customer}/invoice-titles")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task SameTaxpayerNumberTwice_ForOneCustomer_Is409()
    {
        var client = await App.AdminApiClientAsync();
        var customer = await CreateCustomerAsync(client, AdminAppFactory.HeadOffice);
        var tax = NewCreditCode();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles", Title(tax))).StatusCode);

        var again = await client.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles", Title(tax.ToLowerInvariant(), "Another name"));

        await OperatorsTestKit.AssertProblemAsync(again, HttpStatusCode.Conflict, "invoiceTitle.duplicateTaxpayerNumber");
    }

    [Fact]
    public async Task MakeDefault_MovesTheDefault_AndDeletingTheDefaultNeedsASuccessor()
    {
        var client = await App.AdminApiClientAsync();
        var customer = await CreateCustomerAsync(client, AdminAppFactory.HeadOffice);
        var first = (await (await client.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles", Title(NewCreditCode(), "First"))).JsonAsync()).GetProperty("id").GetGuid();
        var second = (await (await client.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles", Title(NewCreditCode(), "Second"))).JsonAsync()).GetProperty("id").GetGuid();

        var made = await client.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles/{second}/default", new { });
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var list = (await (await client.GetAsync($"/api/customers/{customer}/invoice-titles")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(second, Assert.Single(list, t => t.GetProperty("isDefault").GetBoolean()).GetProperty("id").GetGuid());

        var refused = await client.DeleteAsync($"/api/customers/{customer}/invoice-titles/{second}");
        await OperatorsTestKit.AssertProblemAsync(refused, HttpStatusCode.BadRequest, "invoiceTitle.newDefaultRequired");

        var deleted = await client.DeleteAsync($"/api/customers/{customer}/invoice-titles/{second}?newDefault={first}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var after = (await (await client.GetAsync($"/api/customers/{customer}/invoice-titles")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(first, Assert.Single(after).GetProperty("id").GetGuid());
        Assert.True(after[0].GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task ConcurrentMakeDefault_LeavesExactlyOneDefault()
    {
        var client = await App.AdminApiClientAsync();
        var customer = await CreateCustomerAsync(client, AdminAppFactory.HeadOffice);
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add((await (await client.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles", Title(NewCreditCode(), $"Title {i}"))).JsonAsync()).GetProperty("id").GetGuid());
        }

        var responses = await Task.WhenAll(ids.Skip(1).Select(id => client.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles/{id}/default", new { })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var defaults = await App.WithDbAsync(d => d.Set<InvoiceTitle>().CountAsync(t => t.CustomerId == customer && t.IsDefault && t.Status == InvoiceTitleStatus.Active));
        Assert.Equal(1, defaults);
    }

    [Fact]
    public async Task StaleUpdate_Is409WithTheCurrentVersion()
    {
        var client = await App.AdminApiClientAsync();
        var customer = await CreateCustomerAsync(client, AdminAppFactory.HeadOffice);
        var tax = NewCreditCode();
        var id = (await (await client.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles", Title(tax))).JsonAsync()).GetProperty("id").GetGuid();
        var update = new { type = "Company", buyerName = "Renamed", taxpayerNumber = tax, version = "1" };
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/customers/{customer}/invoice-titles/{id}", update)).StatusCode);

        var stale = await client.PutAsJsonAsync($"/api/customers/{customer}/invoice-titles/{id}", update with { buyerName = "Lost" });

        await OperatorsTestKit.AssertProblemAsync(stale, HttpStatusCode.Conflict, "concurrency.stale");
        Assert.Equal("2", (await stale.JsonAsync()).GetProperty("version").GetString());
    }

    [Fact]
    public async Task TemplateCorrection_ReachesLinkedTitles_ButNotDetachedOnes()
    {
        var client = await App.AdminApiClientAsync();
        var tax = NewCreditCode();
        var template = await client.PostAsJsonAsync("/api/invoice-title-templates", new { type = "Company", buyerName = "中国移动广东公司", taxpayerNumber = tax, owner = "Wang Fang" });
        Assert.Equal(HttpStatusCode.Created, template.StatusCode);
        var templateId = (await template.JsonAsync()).GetProperty("id").GetGuid();
        var a = await CreateCustomerAsync(client, AdminAppFactory.HeadOffice, "Individual");
        var b = await CreateCustomerAsync(client, AdminAppFactory.HeadOffice, "Individual");
        var titleA = (await (await client.PostAsJsonAsync($"/api/customers/{a}/invoice-titles/from-template/{templateId}", new { })).JsonAsync()).GetProperty("id").GetGuid();
        var titleB = (await (await client.PostAsJsonAsync($"/api/customers/{b}/invoice-titles/from-template/{templateId}", new { })).JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/customers/{b}/invoice-titles/{titleB}/detach", new { })).StatusCode);

        var corrected = await client.PutAsJsonAsync($"/api/invoice-title-templates/{templateId}", new
        {
            type = "Company", buyerName = "中国移动通信集团广东有限公司", taxpayerNumber = tax, address = "珠江新城", owner = "Wang Fang", version = "1",
        });

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var followed = await (await client.GetAsync($"/api/customers/{a}/invoice-titles/{titleA}")).JsonAsync();
        Assert.Equal("中国移动通信集团广东有限公司", followed.GetProperty("buyerName").GetString());
        Assert.Equal("珠江新城", followed.GetProperty("address").GetString());
        var detached = await (await client.GetAsync($"/api/customers/{b}/invoice-titles/{titleB}")).JsonAsync();
        Assert.Equal("中国移动广东公司", detached.GetProperty("buyerName").GetString());
        Assert.True(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Title.FollowTemplate" && e.EntityId == titleA.ToString())));
        Assert.False(await App.WithDbAsync(d => d.Set<AuditEvent>().AnyAsync(e => e.Action == "Title.FollowTemplate" && e.EntityId == titleB.ToString())));
    }

    [Fact]
    public async Task TemplateImport_WithOneBadRow_ImportsNothing_AndNamesTheRow()
    {
        var client = await App.AdminApiClientAsync();
        var good = NewCreditCode();
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        var other = NewCreditCode();
        var csv = $"buyerName,taxpayerNumber,owner\r\nGood Co,{other},Li\r\nBad Co,{bad},Li\r\n";

        var refused = await client.PostAsync("/api/invoice-title-templates/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("rows[3].taxpayerNumber", out _), errors.ToString());
        Assert.False(await App.WithDbAsync(d => d.Set<InvoiceTitleTemplate>().AnyAsync(t => t.TaxpayerNumber == other)));

        var accepted = await client.PostAsync("/api/invoice-title-templates/import", new StringContent($"buyerName,taxpayerNumber,owner\r\nGood Co,{other},Li\r\nAlso Good,{good},Li\r\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(2, (await accepted.JsonAsync()).GetProperty("created").GetInt32());
        var found = await (await client.GetAsync($"/api/invoice-title-templates?search={good[..10]}")).JsonAsync();
        Assert.Contains(found.GetProperty("items").EnumerateArray(), t => t.GetProperty("taxpayerNumber").GetString() == good);
    }

    [Fact]
    public async Task OperatorOfAnotherOutlet_GetsNotFound_ForTheCustomersTitles()
    {
        var admin = await App.AdminApiClientAsync();
        var outletA = await App.CreateOutletAsync();
        var outletB = await App.CreateOutletAsync();
        var customer = await CreateCustomerAsync(admin, outletA);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles", Title(NewCreditCode()))).StatusCode);
        var login = await App.CreateOperatorAsync(outletB, OperatorsTestKit.Password, "Outlet operator");
        var other = await App.ApiClientAsync(outletB, login, OperatorsTestKit.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/customers/{customer}/invoice-titles")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/customers/{customer}/invoice-titles", Title(NewCreditCode()))).StatusCode);

        var ownLogin = await App.CreateOperatorAsync(outletA, OperatorsTestKit.Password, "Outlet operator");
        var own = await App.ApiClientAsync(outletA, ownLogin, OperatorsTestKit.Password);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/api/customers/{customer}/invoice-titles")).StatusCode);
    }

    [Fact]
    public async Task Auditor_MayReadTemplates_ButNotWriteThem()
    {
        var login = await App.CreateOperatorAsync(AdminAppFactory.HeadOffice, OperatorsTestKit.Password, "Auditor");
        var auditor = await App.ApiClientAsync(AdminAppFactory.HeadOffice, login, OperatorsTestKit.Password);

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/invoice-title-templates")).StatusCode);
        var refused = await auditor.PostAsJsonAsync("/api/invoice-title-templates", new { type = "Company", buyerName = "X", taxpayerNumber = NewCreditCode(), owner = "Y" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

public sealed class InvoiceTitlesApiTests_Sqlite(SqliteDatabase db) : InvoiceTitlesApiTests(db), IClassFixture<SqliteDatabase>;

public sealed class InvoiceTitlesApiTests_Postgres(PostgresDatabase db) : InvoiceTitlesApiTests(db), IClassFixture<PostgresDatabase>;
