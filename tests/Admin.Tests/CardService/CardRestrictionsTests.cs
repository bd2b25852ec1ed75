using System.Net;
using System.Net.Http.Json;
using Admin.Modules.CardService.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.CardService;

/// <summary>Restrictions (限制信息 3.11/3.12) through the API: set with their checks, versioned, copied and moved, and carried by a replacement.</summary>
public abstract class CardRestrictionsTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private static object Limits(string? version = null) => new
    {
        products = new[] { "95", "0d", "95" }, perPurchase = 300m, perDay = 800m, purchasesPerDay = 3, from = "06:00", until = "22:30", version,
    };

    [Fact]
    public async Task Set_ChecksEveryField_ThenSaves_Versioned_AndAudited()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var url = $"/api/card-service/cards/{w.Secondary.Number(1)}/restrictions";

        var none = await (await w.Desk.Client.GetAsync(url)).JsonOkAsync();
        var bad = await (await w.Desk.Client.PutAsJsonAsync(url, new { products = new[] { "93" }, perPurchase = 900m, perDay = 800.001m, purchasesPerDay = 0, from = "25:00", until = "" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        var saved = await (await w.Desk.Client.PutAsJsonAsync(url, Limits())).JsonOkAsync();
        var stale = await (await w.Desk.Client.PutAsJsonAsync(url, Limits(none.GetProperty("version").GetString() ?? "0"))).JsonAsync(HttpStatusCode.Conflict);
        var changed = await (await w.Desk.Client.PutAsJsonAsync(url, new { products = Array.Empty<string>(), until = (string?)null, version = saved.GetProperty("version").GetString() })).JsonOkAsync();
        var products = await (await w.Desk.Client.GetAsync("/api/card-service/oil-products")).JsonOkAsync();

        Assert.Equal("Null", JsonValueKind(none));
        Assert.True(bad.HasFieldError("products"));
        Assert.True(bad.HasFieldError("perDay"));
        Assert.True(bad.HasFieldError("purchasesPerDay"));
        Assert.True(bad.HasFieldError("from"));
        Assert.Equal(["95", "0D"], saved.GetProperty("products").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("22:30", saved.GetProperty("until").GetString());
        Assert.Equal("concurrency.stale", stale.Code());
        Assert.Empty(changed.GetProperty("products").EnumerateArray());
        Assert.Equal("Null", JsonValueKind(changed, "perDay"));
        Assert.Contains(products.EnumerateArray(), p => p.GetProperty("code").GetString() == "0D" && p.GetProperty("nameZh").GetString() == "0#柴油");
        Assert.Equal(2, await App.WithDbAsync(d => d.Set<Admin.Kernel.Audit.AuditEvent>().CountAsync(e => e.Action == "Restrictions.Update" && e.EntityId == w.Secondary.Number(1))));
    }

    [Fact]
    public async Task CopyAndMove_ToAnotherCardOfTheCustomer_OnlyThere_AndAReplacementTakesThem()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var first = w.Secondary.Number(1);
        await (await w.Desk.Client.PutAsJsonAsync($"/api/card-service/cards/{first}/restrictions", Limits())).JsonOkAsync();

        var otherCustomer = await (await w.Desk.Client.PostAsJsonAsync($"/api/card-service/cards/{first}/restrictions/copy", new { target = w.Single.Number(1) })).JsonAsync(HttpStatusCode.BadRequest);
        var copied = await (await w.Desk.Client.PostAsJsonAsync($"/api/card-service/cards/{first}/restrictions/copy", new { target = w.Primary.Number(1) })).JsonOkAsync();
        var moved = await (await w.Desk.Client.PostAsJsonAsync($"/api/card-service/cards/{first}/restrictions/copy", new { target = w.Secondary.Number(2), move = true })).JsonOkAsync();
        var left = await (await w.Desk.Client.GetAsync($"/api/card-service/cards/{first}/restrictions")).JsonOkAsync();
        var nothing = await (await w.Desk.Client.PostAsJsonAsync($"/api/card-service/cards/{first}/restrictions/copy", new { target = w.Secondary.Number(2) })).JsonAsync(HttpStatusCode.Conflict);

        await (await w.ActAsync(w.Secondary.Number(2), "report-bad")).JsonOkAsync();
        await (await w.ActAsync(w.Secondary.Number(2), "replace", new { newCard = w.Secondary.Number(3), idNumber = w.CompanyId, paymentMethod = "Cash" })).JsonAsync(HttpStatusCode.Created);
        var onNew = await (await w.Desk.Client.GetAsync($"/api/card-service/cards/{w.Secondary.Number(3)}/restrictions")).JsonOkAsync();

        Assert.Equal("cardService.targetOtherCustomer", otherCustomer.Code());
        Assert.Equal(300m, copied.GetProperty("perPurchase").GetDecimal());
        Assert.Equal(w.Secondary.Number(2), moved.GetProperty("card").GetString());
        Assert.Equal("Null", JsonValueKind(left));
        Assert.Equal("cardService.noRestrictions", nothing.Code());
        Assert.Equal(800m, onNew.GetProperty("perDay").GetDecimal());
        Assert.Equal(1, await App.WithDbAsync(d => d.Set<CardRestriction>().CountAsync(r => r.CardNumber == w.Secondary.Number(3))));
        Assert.False(await App.WithDbAsync(d => d.Set<CardRestriction>().AnyAsync(r => r.CardNumber == w.Secondary.Number(2))));
    }

    private static string JsonValueKind(System.Text.Json.JsonElement view, string property = "version") => view.GetProperty(property).ValueKind.ToString();
}

public sealed class CardRestrictionsTests_Sqlite(SqliteDatabase db) : CardRestrictionsTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardRestrictionsTests_Postgres(PostgresDatabase db) : CardRestrictionsTests(db), IClassFixture<PostgresDatabase>;
