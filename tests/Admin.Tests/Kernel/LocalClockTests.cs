using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Time;
using Admin.Tests.Counter;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Kernel;

/// <summary>
/// "Today" is the network's local day, from one kernel setting (<c>Kernel.UtcOffsetMinutes</c>): the day journal, the fee
/// schedule's "not in the past" rule and the cheque date rule all move with it.
/// </summary>
public abstract class LocalClockTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public void Days_AndTheirStart_FollowTheOffset()
    {
        var china = TimeSpan.FromHours(8);
        Assert.Equal(new DateOnly(2026, 12, 2), LocalClock.DayOf(new DateTime(2026, 12, 1, 16, 0, 0, DateTimeKind.Utc), china));
        Assert.Equal(new DateOnly(2026, 12, 1), LocalClock.DayOf(new DateTime(2026, 12, 1, 15, 59, 59, DateTimeKind.Utc), china));
        Assert.Equal(new DateTime(2026, 11, 30, 16, 0, 0, DateTimeKind.Utc), LocalClock.StartUtc(new DateOnly(2026, 12, 1), china));
        Assert.Equal(DateTimeKind.Utc, LocalClock.StartUtc(new DateOnly(2026, 12, 1), china).Kind);
    }

    [Fact]
    public async Task ChangingTheOffset_MovesTodayForTheJournalAndTheFeeSchedule()
    {
        var admin = await App.AdminApiClientAsync();
        var (_, _, clerk) = await App.OutletOperatorAsync();
        try
        {
            // UTC+14 and UTC−12 are 26 hours apart: their "today" always differs.
            foreach (var minutes in new[] { 840, -720 })
            {
                await SetOffsetAsync(admin, minutes);
                var offset = TimeSpan.FromMinutes(minutes);
                var today = LocalClock.DayOf(DateTime.UtcNow, offset);

                var journal = await clerk.GetFromJsonAsync<JsonElement>("/api/journal");
                Assert.Equal(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), journal.GetProperty("date").GetString());
                Assert.Equal(LocalClock.StartUtc(today, offset), journal.GetProperty("fromUtc").GetDateTime().ToUniversalTime());

                // A new amount from the local yesterday is "in the past"; from the local today it is accepted.
                var code = "LC" + Random.Shared.Next(1000, 9999);
                var created = await admin.PostAsJsonAsync("/api/counter/fee-items", new { code, nameEn = "Clock fee", nameZh = "时钟费", amount = 5.00m });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var version = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString();
                var past = await admin.PutAsJsonAsync($"/api/counter/fee-items/{code}",
                    new { nameEn = "Clock fee", nameZh = "时钟费", amount = 6.00m, effectiveFrom = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), version });
                Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
                var now = await admin.PutAsJsonAsync($"/api/counter/fee-items/{code}",
                    new { nameEn = "Clock fee", nameZh = "时钟费", amount = 6.00m, effectiveFrom = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), version });
                Assert.Equal(HttpStatusCode.OK, now.StatusCode);
                Assert.Equal(6.00m, (await now.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("amount").GetDecimal());
            }
        }
        finally
        {
            await SetOffsetAsync(admin, 480);
        }
    }

    [Fact]
    public async Task ChequesReceivedAtEitherExtremeOffset_AreFoundByTheirLocalReceiptDay()
    {
        // The cheque query narrows its receipt days to ReceivedAt ± the widest offsets (UTC−12..UTC+14) so that its indexes
        // can range-scan; at either extreme a cheque received now is still found on its local day, and only on it.
        var admin = await App.AdminApiClientAsync();
        var (_, _, clerk) = await App.OutletOperatorAsync();
        var customer = (await clerk.CreateCustomerAsync()).GetProperty("code").GetString();
        try
        {
            foreach (var minutes in new[] { 840, -720 })
            {
                await SetOffsetAsync(admin, minutes);
                var today = LocalClock.DayOf(DateTime.UtcNow, TimeSpan.FromMinutes(minutes));
                var number = Cheques.ChequeTestKit.NewNumber();
                var received = await clerk.PostAsJsonAsync("/api/cheques", Cheques.ChequeTestKit.Body(customer, number: number, date: today));
                Assert.Equal(HttpStatusCode.Created, received.StatusCode);

                async Task<int> CountAsync(DateOnly from, DateOnly to) =>
                    (await admin.GetFromJsonAsync<JsonElement>($"/api/cheques?number={number}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}")).GetProperty("items").GetArrayLength();
                Assert.Equal(1, await CountAsync(today, today));
                Assert.Equal(0, await CountAsync(today.AddDays(1), today.AddDays(1)));
                Assert.Equal(0, await CountAsync(today.AddDays(-1), today.AddDays(-1)));
            }
        }
        finally
        {
            await SetOffsetAsync(admin, 480);
        }
    }

    private static async Task SetOffsetAsync(HttpClient admin, int minutes)
    {
        var settings = await admin.GetFromJsonAsync<JsonElement[]>("/api/settings");
        var version = settings!.Single(s => s.GetProperty("key").GetString() == LocalClock.UtcOffsetSetting).GetProperty("version").GetString();
        var response = await admin.PutAsJsonAsync($"/api/settings/{LocalClock.UtcOffsetSetting}", new { value = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class LocalClockTests_Sqlite(SqliteDatabase db) : LocalClockTests(db), IClassFixture<SqliteDatabase>;

public sealed class LocalClockTests_Postgres(PostgresDatabase db) : LocalClockTests(db), IClassFixture<PostgresDatabase>;
