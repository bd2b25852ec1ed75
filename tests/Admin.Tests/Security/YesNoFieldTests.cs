using System.Net;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Security;

/// <summary>
/// A screen form's yes/no field (a checkbox: <c>bool</c> or <c>bool?</c>) holding anything but yes or no is refused before the
/// action runs, for every screen post whose form has one (read from the host's endpoint metadata): a 400 page saying so,
/// never a 500 (wapiti found one: the checkbox parsed the value again when the form was redisplayed), and nothing changes.
/// </summary>
public abstract class YesNoFieldTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task EveryScreenPost_WithAYesNoFieldThatIsNeither_IsRefused_AndChangesNothing()
    {
        var screen = await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword);
        var token = await AdminAppFactory.AntiforgeryTokenOfAsync(screen, "/admin/outlets/new");
        var endpoints = HostEndpoints.All(App).Where(e => !e.IsApi && e.IsWrite && HostEndpoints.IsOn(App, e) && YesNoFields(e.FormType).Count > 0).ToList();
        Assert.True(endpoints.Count >= 4, $"Only {endpoints.Count} screen posts with a yes/no field?");
        var before = await App.TableCountsAsync();
        var failures = new List<string>();

        foreach (var e in endpoints)
        {
            var fields = e.SimpleFields.ToDictionary(f => f, _ => "1");
            foreach (var name in YesNoFields(e.FormType))
            {
                fields[name] = "true\u00bf'\"(";
            }

            fields["__RequestVerificationToken"] = token;
            fields["IdempotencyKey"] = Guid.NewGuid().ToString("N"); // as the money-moving forms carry one
            var response = await screen.PostAsync(e.Url(HostEndpoint.Placeholder), new FormUrlEncodedContent(fields));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
            {
                continue;
            }

            if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains("A yes/no field of what you sent holds something other than yes or no", StringComparison.Ordinal))
            {
                failures.Add($"{e}: {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await App.TableCountsAsync());
        Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync("/admin/outlets")).StatusCode);
    }

    private static List<string> YesNoFields(Type? form) => form is null ? [] : form.GetProperties()
        .Where(p => p.CanWrite && !p.IsDefined(typeof(Microsoft.AspNetCore.Mvc.ModelBinding.BindNeverAttribute), true) && (p.PropertyType == typeof(bool) || p.PropertyType == typeof(bool?))).Select(p => p.Name).ToList();
}

public sealed class YesNoFieldTests_Sqlite(SqliteDatabase db) : YesNoFieldTests(db), IClassFixture<SqliteDatabase>;

public sealed class YesNoFieldTests_Postgres(PostgresDatabase db) : YesNoFieldTests(db), IClassFixture<PostgresDatabase>;
