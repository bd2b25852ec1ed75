using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Audit;
using Admin.Modules.CardService.Models;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.CardService;

/// <summary>Card PINs through the API: reset (reviewed), the simple-PIN rules, change with the old PIN, unlock; the PIN never comes back.</summary>
public abstract class CardPinTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Reset_IsReviewed_RefusesSimplePins_ThenChangeNeedsTheOldPin_AndThePinIsStoredOnlyHashed()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var card = w.Single.Number(1);
        var url = $"/api/card-service/cards/{card}/pin";
        var born = w.PersonId.Substring(8, 6); // yyMMdd of the resident ID's yyyyMMdd

        var oneDigit = await (await w.Desk.Client.PostAsJsonAsync($"{url}/reset", new { idNumber = w.PersonId, newPin = "777777", confirmPin = "777777" })).JsonAsync(HttpStatusCode.BadRequest);
        var birthDate = await (await w.Desk.Client.PostAsJsonAsync($"{url}/reset", new { idNumber = w.PersonId, newPin = born, confirmPin = born })).JsonAsync(HttpStatusCode.BadRequest);
        var letters = await (await w.Desk.Client.PostAsJsonAsync($"{url}/reset", new { idNumber = "x", newPin = "12a456", confirmPin = "12a456" })).JsonAsync(HttpStatusCode.BadRequest);
        var noChangeYet = await (await w.Desk.Client.PostAsJsonAsync($"{url}/change", new { oldPin = "000000", newPin = "135790", confirmPin = "135790" })).JsonAsync(HttpStatusCode.Conflict);
        var asked = await (await w.Desk.Client.PostAsJsonAsync($"{url}/reset", new { idNumber = w.PersonId, newPin = "482913", confirmPin = "482913" })).JsonAsync((HttpStatusCode)428);
        var self = await (await w.Desk.Client.PostAsJsonAsync($"{url}/reset", new
        {
            idNumber = w.PersonId, newPin = "482913", confirmPin = "482913", review = new { loginName = w.Desk.Login, password = CounterTestKit.Password },
        })).JsonAsync(HttpStatusCode.Forbidden);
        var reset = await (await w.Desk.Client.PostAsJsonAsync($"{url}/reset", new { idNumber = w.PersonId, newPin = "482913", confirmPin = "482913", review = w.Desk.Review })).JsonOkAsync();
        var wrongOld = await (await w.Desk.Client.PostAsJsonAsync($"{url}/change", new { oldPin = "000000", newPin = "135790", confirmPin = "135791" })).JsonAsync(HttpStatusCode.BadRequest);
        var changed = await (await w.Desk.Client.PostAsJsonAsync($"{url}/change", new { oldPin = "482913", newPin = "135790", confirmPin = "135790" })).JsonOkAsync();

        Assert.Equal("cardService.pinTooSimple", oneDigit.Code());
        Assert.True(oneDigit.HasFieldError("newPin"));
        Assert.Equal("cardService.pinBirthDate", birthDate.Code());
        Assert.True(letters.HasFieldError("newPin"));
        Assert.True(letters.HasFieldError("idNumber"));
        Assert.Equal("cardService.pinNotSet", noChangeYet.Code());
        Assert.Equal("review.required", asked.Code());
        Assert.Equal("review.checkerIsMaker", self.Code());
        Assert.Equal(w.Desk.Colleague, reset.GetProperty("reviewedBy").GetString());
        Assert.True(wrongOld.HasFieldError("oldPin"));
        Assert.True(wrongOld.HasFieldError("confirmPin"));
        Assert.Equal(card, changed.GetProperty("card").GetString());
        var cardId = (await w.CardAsync(card)).Id;
        var pin = await App.WithDbAsync(d => d.Set<CardPin>().AsNoTracking().SingleAsync(p => p.CardId == cardId));
        Assert.True(pin.Matches("135790"));
        Assert.False(pin.Matches("482913"));
        Assert.DoesNotContain("135790", pin.Hash + pin.Salt);
        Assert.True(pin.HashIterations >= 100_000);
        var audited = await App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.EntityId == card && e.Action.StartsWith("Pin.")).ToListAsync());
        Assert.Equal(["Pin.Change", "Pin.Reset"], audited.Select(e => e.Action).Order());
        Assert.All(audited, e => Assert.DoesNotContain("482913", (e.Before ?? "") + (e.After ?? "") + (e.Summary ?? "")));
    }

    [Fact]
    public async Task Unlock_OnlyALockedPin_WithTheIdDocument_AnonymousCardsAreRefused()
    {
        var w = await CardServiceWorld.CreateAsync(App);
        var card = w.Single.Number(1);
        var url = $"/api/card-service/cards/{card}/pin";
        await (await w.Desk.Client.PostAsJsonAsync($"{url}/reset", new { idNumber = w.PersonId, newPin = "482913", confirmPin = "482913", review = w.Desk.Review })).JsonOkAsync();

        var notLocked = await (await w.Desk.Client.PostAsJsonAsync($"{url}/unlock", new { idNumber = w.PersonId })).JsonAsync(HttpStatusCode.Conflict);
        var cardId = (await w.CardAsync(card)).Id;
        await App.WithDbAsync(d => d.Set<CardPin>().Where(p => p.CardId == cardId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Locked, true).SetProperty(p => p.FailedAttempts, 3)));
        var lockedChange = await (await w.Desk.Client.PostAsJsonAsync($"{url}/change", new { oldPin = "482913", newPin = "135790", confirmPin = "135790" })).JsonAsync(HttpStatusCode.Conflict);
        var wrongId = await (await w.Desk.Client.PostAsJsonAsync($"{url}/unlock", new { idNumber = w.CompanyId })).JsonAsync(HttpStatusCode.BadRequest);
        var unlocked = await (await w.Desk.Client.PostAsJsonAsync($"{url}/unlock", new { idNumber = w.PersonId })).JsonOkAsync();
        var anonymous = await (await w.Desk.Client.PostAsJsonAsync($"/api/card-service/cards/{w.Anonymous.Number(1)}/pin/reset", new { idNumber = "", newPin = "482913", confirmPin = "482913" }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("cardService.pinNotLocked", notLocked.Code());
        Assert.Equal("cardService.pinLocked", lockedChange.Code());
        Assert.Equal("cardService.idNumberMismatch", wrongId.Code());
        Assert.False(unlocked.GetProperty("locked").GetBoolean());
        Assert.Equal("cardService.anonymousNoPinReset", anonymous.Code());
        var pin = await App.WithDbAsync(d => d.Set<CardPin>().AsNoTracking().SingleAsync(p => p.CardId == cardId));
        Assert.False(pin.Locked);
        Assert.Equal(0, pin.FailedAttempts);
        Assert.True(pin.Matches("482913"));
    }

    [Fact]
    public void PinRules_RefuseRunsOfOneDigit_TheBirthDate_AndAnythingButSixDigits()
    {
        var born = new DateOnly(1988, 7, 14);

        Assert.Equal("oneDigit", PinRules.Problem("000000", born));
        Assert.Equal("birthDate", PinRules.Problem("880714", born));
        Assert.Equal("birthDate", PinRules.Problem("140788", born));
        Assert.Equal("format", PinRules.Problem("12345", born));
        Assert.Equal("format", PinRules.Problem("１２３４５６", born));
        Assert.Null(PinRules.Problem("880715", born));
        Assert.Null(PinRules.Problem("880714", null));
        Assert.Equal(born, PinRules.BirthDateOf("ResidentId", "440106198807140012"));
        Assert.Null(PinRules.BirthDateOf("Passport", "440106198807140012"));
    }
}

public sealed class CardPinTests_Sqlite(SqliteDatabase db) : CardPinTests(db), IClassFixture<SqliteDatabase>;

public sealed class CardPinTests_Postgres(PostgresDatabase db) : CardPinTests(db), IClassFixture<PostgresDatabase>;
