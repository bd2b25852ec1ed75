using System.Net;
using System.Text.Json;
using Admin.Tests.Cheques;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using System.Net.Http.Json;

namespace Admin.Tests.Printing;

/// <summary>The customer application form through the real host: searchable Chinese text, embedded font subset, properties, scoping.</summary>
public abstract class ApplicationFormTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static async Task<JsonElement> CollectAsync(HttpClient client, string customer)
    {
        var response = await client.PostAsJsonAsync("/api/counter/fee-collections", new
        {
            customer, paymentMethod = "Cash",
            items = new[] { new { fee = "CARD", quantity = 1, collected = 20.00m }, new { fee = "DEPOSIT", quantity = 2, collected = 60.00m } },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task FeeCollectionForm_HasTheChineseLabelsAndValues_AndAnEmbeddedSubset()
    {
        var (outlet, login, client) = await App.OutletOperatorAsync();
        var customer = await client.CreateCustomerAsync("王芳");
        var idNumber = customer.GetProperty("idNumber").GetString()!;
        var collection = await CollectAsync(client, customer.GetProperty("code").GetString()!);

        var response = await client.GetAsync($"/api/forms/fee-collection/{collection.GetProperty("id").GetString()}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfTools.TextAsync(pdf);
        Assert.Contains("客户业务申请表", text);
        Assert.Contains("王芳", text);
        Assert.Contains("工本费", text);
        Assert.Contains("押金", text);
        Assert.Contains("现金", text);
        Assert.Contains("捌拾元整", text);
        Assert.Contains("80.00", text);
        Assert.Contains(collection.GetProperty("receipt").GetString()!, text);
        Assert.Contains("客户签名", text);
        Assert.Contains("客户留存联", text);
        Assert.Contains(login, text);
        Assert.Contains(idNumber[^4..], text);
        Assert.DoesNotContain(idNumber, text);
        Assert.Contains(new string('*', idNumber.Length - 4) + idNumber[^4..], text);

        var fonts = await PdfTools.FontsAsync(pdf);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(fonts, @"[A-Z]{6}\+Noto Sans SC[^\n]*CID TrueType\s+Identity-H\s+yes\s+yes"), fonts);
        Assert.True(pdf.Length < 400_000, $"The form is {pdf.Length} bytes: the font is not subset.");

        var info = await PdfTools.InfoAsync(pdf);
        Assert.Contains("客户业务申请表", info);
        Assert.Contains(outlet, info);
        Assert.Contains(login, info);
        Assert.Contains("A4", info);
    }

    [Fact]
    public async Task ChequeReceiptForm_HasTheChequeAndTheCapitals()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync("陈静")).GetProperty("code").GetString();
        var cheque = await client.ReceiveAsync(customer, 1234.50m, drawer: "林华贸易有限公司");

        var response = await client.GetAsync($"/api/forms/cheque-receipt/{cheque.GetProperty("id").GetString()}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await PdfTools.TextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("支票收款", text);
        Assert.Contains("陈静", text);
        Assert.Contains("林华贸易有限公司", text);
        Assert.Contains("壹仟贰佰叁拾肆元伍角整", text);
        Assert.Contains("1,234.50", text);
        Assert.Contains(cheque.GetProperty("number").GetString()!, text);
    }

    [Fact]
    public async Task Form_OfAnotherOutletOrUnknown_Is404()
    {
        var (_, _, mine) = await App.OutletOperatorAsync();
        var (_, _, theirs) = await App.OutletOperatorAsync();
        var customer = (await mine.CreateCustomerAsync()).GetProperty("code").GetString()!;
        var id = (await CollectAsync(mine, customer)).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/api/forms/fee-collection/{id}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.GetAsync($"/api/forms/cheque-receipt/{id}.pdf")).StatusCode);
        var unknown = await mine.GetAsync($"/api/forms/parcel/{id}.pdf");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("printing.taskTypeUnknown", await unknown.CodeAsync());
        var admin = await App.AdminApiClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/forms/fee-collection/{id}.pdf")).StatusCode);
    }
}

public sealed class ApplicationFormTests_Sqlite(SqliteDatabase db) : ApplicationFormTests(db), IClassFixture<SqliteDatabase>;

public sealed class ApplicationFormTests_Postgres(PostgresDatabase db) : ApplicationFormTests(db), IClassFixture<PostgresDatabase>;

/// <summary>A host whose font directory is empty: it starts, and printing answers a clear problem instead of empty boxes.</summary>
public abstract class MissingFontTests(DatabaseFixture db)
{
    [Fact]
    public async Task Form_WithoutTheFont_Is503FontMissing_InChineseToo()
    {
        var (_, _, client) = await db.App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("code").GetString();
        var cheque = await client.ReceiveAsync(customer);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await client.GetAsync($"/api/forms/cheque-receipt/{cheque.GetProperty("id").GetString()}.pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("printing.fontMissing", problem.GetProperty("code").GetString());
        Assert.Contains("缺少中文字体", problem.GetProperty("detail").GetString());
    }
}

public sealed class NoFontSqliteDatabase : SqliteDatabase
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Printing:FontDirectory"] = Path.Combine(Path.GetTempPath(), "admin-no-fonts") };
}

public sealed class NoFontPostgresDatabase : PostgresDatabase
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Printing:FontDirectory"] = Path.Combine(Path.GetTempPath(), "admin-no-fonts") };
}

public sealed class MissingFontTests_Sqlite(NoFontSqliteDatabase db) : MissingFontTests(db), IClassFixture<NoFontSqliteDatabase>;

public sealed class MissingFontTests_Postgres(NoFontPostgresDatabase db) : MissingFontTests(db), IClassFixture<NoFontPostgresDatabase>;
