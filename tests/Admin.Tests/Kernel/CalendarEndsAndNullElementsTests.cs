using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Admin.Kernel.Time;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Kernel;

/// <summary>The kernel's two rules against bad input of a kind: date filters at the ends of the calendar, null list elements.</summary>
public abstract class CalendarEndsAndNullElementsTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Theory]
    [InlineData(480)]
    [InlineData(-720)]
    [InlineData(840)]
    public void DaysUtc_AtTheEndsOfTheCalendar_IsARange_WithNoBoundPastTheEnds(int minutes)
    {
        var offset = TimeSpan.FromMinutes(minutes);
        var all = LocalClock.DaysUtc(DateOnly.MinValue, DateOnly.MaxValue, offset);
        Assert.True(all.StartUtc < all.EndUtc);
        Assert.Equal(minutes > 0, !all.HasStart); // the first local day starts before 0001-01-01 UTC when east of UTC
        Assert.Equal(minutes < 0, !all.HasEnd);
        var day = LocalClock.DaysUtc(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 7), offset);
        Assert.Equal(new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc) - offset, day.StartUtc);
        Assert.Equal(TimeSpan.FromDays(1), day.EndUtc - day.StartUtc);
        Assert.Equal(DateTimeKind.Utc, day.StartUtc.Kind);
        Assert.False(LocalClock.DaysUtc(null, null, offset).HasStart || LocalClock.DaysUtc(null, null, offset).HasEnd);
        Assert.Equal(DateOnly.MinValue, LocalClock.AddDaysClamped(DateOnly.MinValue, -13));
        Assert.Equal(DateOnly.MaxValue, LocalClock.AddDaysClamped(DateOnly.MaxValue, 1));
    }

    [Theory]
    [InlineData("/api/audit/events?from=0001-01-01&to=9999-12-31")]
    [InlineData("/api/audit/events?to=9999-12-31")]
    [InlineData("/api/audit/events?from=0001-01-01")]
    [InlineData("/api/audit/authorisations?From=0001-01-01&To=9999-12-31")]
    [InlineData("/api/audit/authorisations/daily?from=9999-12-20&to=9999-12-31")]
    [InlineData("/api/audit/authorisations/flags?from=0001-01-01&to=0001-01-01")]
    [InlineData("/api/audit/authorisations/daily?to=0001-01-01")]
    [InlineData("/api/journal?date=0001-01-01")]
    [InlineData("/api/journal?date=9999-12-31")]
    public async Task DateFilter_AtTheEndsOfTheCalendar_AnswersAnEmptyPage(string url)
    {
        var admin = await App.AdminApiClientAsync();
        var response = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/audit?From=0001-01-01&To=9999-12-31")]
    [InlineData("/admin/reviews/log?From=9999-12-31")]
    [InlineData("/admin/reviews/log?To=0001-01-01")]
    [InlineData("/counter/journal?Date=0001-01-01")]
    [InlineData("/counter/journal?Date=9999-12-31")]
    public async Task Screen_AtTheEndsOfTheCalendar_AnswersAPage(string url)
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task NullListElement_IsAFieldError_OnThatElement_AndChangesNothing()
    {
        var (_, _, client) = await App.OutletOperatorAsync();
        var customer = (await client.CreateCustomerAsync()).GetProperty("id").GetString();
        var before = await App.TableCountsAsync();
        var response = await client.PostAsync("/api/counter/fee-collections", new StringContent(
            $$"""{"customer":"{{customer}}","paymentMethod":"Cash","items":[{"fee":"CARD","quantity":1,"collected":20},null]}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("validation.invalid", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("items[1]", out _), problem.ToString());
        Assert.Equal(before, await App.TableCountsAsync());
    }
}

public sealed class CalendarEndsAndNullElementsTests_Sqlite(SqliteDatabase db) : CalendarEndsAndNullElementsTests(db), IClassFixture<SqliteDatabase>;

public sealed class CalendarEndsAndNullElementsTests_Postgres(PostgresDatabase db) : CalendarEndsAndNullElementsTests(db), IClassFixture<PostgresDatabase>;
