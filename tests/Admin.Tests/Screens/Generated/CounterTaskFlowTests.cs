using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Admin.Kernel.Hosting;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Screens;
using Admin.Tests.Counter;
using Admin.Tests.CustomerAccounts;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Admin.Tests.Screens.Generated;

/// <summary>
/// Issue 24's keyboard-first flow on every counter task the host maps, generated from the endpoint metadata (the GET
/// actions marked <see cref="CounterTaskScreenAttribute"/>), so a new task is covered without a line written here. Every
/// parameterless screen whose form moves money (<c>[Idempotent]</c>) must be marked. For each marked screen, as an outlet
/// operator (else head office, for a task only head office may do): after the customer or card is picked, the focus the
/// theme's script gives lands on an input of the task form, not on the pick; the task's primary action carries a shortcut
/// key the <c>?</c> list names; the form posted empty (every text field cleared, hidden fields and choices kept) answers
/// the form again with every error beside a field of its own — the field <c>aria-invalid</c>, red and described by the
/// message's id — and nothing only in the summary, and the first wrong field (where focus goes) is the task's.
/// </summary>
public abstract class CounterTaskFlowTests(DatabaseFixture db, ITestOutputHelper output)
{
    private const string Fields = "input:not([type=hidden]):not([disabled]):not([readonly]), select:not([disabled]), textarea:not([disabled]):not([readonly])";

    private AdminAppFactory App => db.App;

    [Fact]
    public void EveryMoneyMovingScreen_IsMarkedAsACounterTask()
    {
        var modules = Admin.Host.HostModules.Types.Select(t => ((Admin.Kernel.Modules.AdminModule)Activator.CreateInstance(t)!).Id).ToHashSet(StringComparer.Ordinal);
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId is { } id && modules.Contains(id)
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>() is { } a
                && !a.ControllerTypeInfo.IsDefined(typeof(ApiControllerAttribute), inherit: true)
                && e.RoutePattern.Parameters.Count == 0)
            .ToList();
        string Template(RouteEndpoint e) => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
        bool Is(RouteEndpoint e, string method) => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(method) == true;
        var marked = endpoints.Where(e => Is(e, "GET") && e.Metadata.GetMetadata<CounterTaskScreenAttribute>() is not null).Select(Template).ToHashSet(StringComparer.Ordinal);
        var moneyForms = endpoints.Where(e => Is(e, "POST") && e.Metadata.GetMetadata<IdempotentAttribute>() is not null).Select(Template).Distinct().ToList();

        var unmarked = moneyForms.Where(t => !marked.Contains(t)).ToList();
        Assert.True(moneyForms.Count >= 10, $"Only {moneyForms.Count} money-moving screens?");
        Assert.True(unmarked.Count == 0, "Counter tasks without [CounterTaskScreen] on their GET action: " + string.Join(", ", unmarked));
    }

    [Fact]
    public async Task EveryCounterTask_FocusesTheTaskAfterThePick_TiesEveryErrorToItsField_AndHasAShortcutKey()
    {
        var desk = await IssuingDesk.CreateAsync(App);
        var customer = (await desk.Client.CreateCustomerAsync("Keyboard Flow")).GetProperty("code").GetString()!;
        var (_, cards) = await App.CustomerWithCardsAsync(desk, 0);
        var card = cards[0].Number;
        var callers = new[]
        {
            ("outlet operator", await App.ScreenClientAsync(desk.Outlet, desk.Login, CounterTestKit.Password)),
            ("head office", await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword)),
        };

        var screens = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => (Path: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), Task: e.Metadata.GetMetadata<CounterTaskScreenAttribute>()))
            .Where(s => s.Task is not null)
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
        Assert.True(screens.Count >= 15, $"Only {screens.Count} counter tasks are marked?");

        var failures = new List<string>();
        foreach (var (path, task) in screens)
        {
            var picked = task!.Pick switch { CounterTaskPick.Customer => customer, CounterTaskPick.Card => card, _ => null };
            var url = task.Pick switch
            {
                CounterTaskPick.Customer => $"{path}?customer={Uri.EscapeDataString(customer)}",
                CounterTaskPick.Card => $"{path}?card={Uri.EscapeDataString(card)}",
                _ => path,
            };
            var checkedIt = false;
            foreach (var (role, client) in callers)
            {
                var response = await client.GetAsync(url);
                var html = await response.Content.ReadAsStringAsync();
                var page = new HtmlParser().ParseDocument(html);
                if (response.StatusCode != HttpStatusCode.OK || page.GetElementById(task.Form) is not IElement form)
                {
                    continue;
                }

                checkedIt = true;
                var what = $"{role}: {url}";
                output.WriteLine(what);
                CheckPicked(what, page, form, picked, failures);
                await CheckEmptyPostAsync(what, client, form, task.Form, failures);
                break;
            }

            if (!checkedIt)
            {
                failures.Add($"{url}: no caller got the page with its task form #{task.Form}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} faults of the counter-task flow:\n" + string.Join("\n", failures));
    }

    /// <summary>After the pick: focus on a task input (not the pick), the primary action's key listed in the help.</summary>
    private static void CheckPicked(string what, IDocument page, IElement form, string? picked, List<string> failures)
    {
        var focus = InitialFocus(page);
        if (focus is null)
        {
            failures.Add($"{what}: nothing gets the focus (no data-autofocus form, field or button)");
        }
        else if (focus.Closest("form") != form)
        {
            failures.Add($"{what}: focus goes to {Describe(focus)}, outside the task form #{form.Id}");
        }
        else if (picked is not null && focus.GetAttribute("value") == picked)
        {
            failures.Add($"{what}: focus stays on the pick {Describe(focus)}; it belongs on the task's first input (data-autofocus on it)");
        }

        var primary = form.QuerySelectorAll("button[type=submit], input[type=submit], button:not([type])").FirstOrDefault(b => b.Closest("dialog") is null);
        var key = primary?.GetAttribute("data-shortcut");
        if (primary is null)
        {
            failures.Add($"{what}: the task form has no submit button");
        }
        else if (string.IsNullOrEmpty(key))
        {
            failures.Add($"{what}: the primary action {Describe(primary)} has no data-shortcut key");
        }
        else if (page.QuerySelectorAll("#ta-shortcuts kbd").All(k => k.TextContent.Trim() != key))
        {
            failures.Add($"{what}: the primary action's key {key} is not in the ? list (#ta-shortcuts)");
        }
    }

    /// <summary>The form posted with every text field empty: every error beside its field, tied to it; focus on the task's first wrong field.</summary>
    private static async Task CheckEmptyPostAsync(string what, HttpClient client, IElement form, string formId, List<string> failures)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var field in form.QuerySelectorAll("input[name], select[name], textarea[name]").Where(f => !f.HasAttribute("disabled") && f.Closest("dialog") is null))
        {
            var name = field.GetAttribute("name")!;
            var type = (field.GetAttribute("type") ?? "text").ToLowerInvariant();
            switch (field.LocalName, type)
            {
                case ("input", "hidden"):
                    fields.Add(new(name, field.GetAttribute("value") ?? ""));
                    break;
                case ("input", "checkbox" or "radio"):
                    if (field.HasAttribute("checked"))
                    {
                        fields.Add(new(name, field.GetAttribute("value") ?? "on"));
                    }

                    break;
                case ("input", "file"):
                    break;
                case ("select", _):
                    var option = field.QuerySelector("option[selected]") ?? field.QuerySelector("option");
                    fields.Add(new(name, option?.GetAttribute("value") ?? option?.TextContent ?? ""));
                    break;
                default:
                    fields.Add(new(name, ""));
                    break;
            }
        }

        var action = form.GetAttribute("action") ?? "";
        var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        var what2 = $"{what} posted empty to {action}";
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            failures.Add($"{what2}: answered {(int)response.StatusCode} {response.Headers.Location}, not the form with its errors");
            return;
        }

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var described in page.QuerySelectorAll("[aria-describedby]"))
        {
            foreach (var id in described.GetAttribute("aria-describedby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(id => !ids.Contains(id)))
            {
                failures.Add($"{what2}: {Describe(described)} is described by \"{id}\", which names no element");
            }
        }

        var visible = page.QuerySelectorAll(Fields).ToList();
        var tied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in page.QuerySelectorAll("[data-valmsg-for]").Where(m => m.TextContent.Trim().Length > 0))
        {
            var name = message.GetAttribute("data-valmsg-for")!;
            // The message names its field as the form writes it; ModelState ignores case, so a differently cased key still finds it.
            var field = visible.FirstOrDefault(f => f.GetAttribute("name") == name)
                ?? visible.FirstOrDefault(f => string.Equals(f.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                failures.Add($"{what2}: the error \"{message.TextContent.Trim()}\" ({name}) is beside no field of that name");
                continue;
            }

            var describedBy = (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (field.GetAttribute("aria-invalid") != "true" || !(field.GetAttribute("class") ?? "").Split(' ').Contains("is-invalid"))
            {
                failures.Add($"{what2}: {Describe(field)} has the error \"{message.TextContent.Trim()}\" but is not aria-invalid and is-invalid");
            }
            else if (string.IsNullOrEmpty(message.Id) || !describedBy.Contains(message.Id))
            {
                failures.Add($"{what2}: {Describe(field)} is not described by its error message (id \"{message.Id}\")");
            }
            else
            {
                tied.Add(message.TextContent.Trim());
            }
        }

        var summary = page.QuerySelectorAll(".ta-validation-summary li").Select(li => li.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        foreach (var only in summary.Where(t => !tied.Contains(t)))
        {
            failures.Add($"{what2}: \"{only}\" is only in the summary, beside no field");
        }

        if (summary.Count == 0 && page.GetElementById("review-dialog") is null)
        {
            failures.Add($"{what2}: no error and no review dialog: did the empty form pass?");
        }

        var firstWrong = visible.FirstOrDefault(f => f.GetAttribute("aria-invalid") == "true");
        if (firstWrong is not null && firstWrong.Closest("form")?.Id != formId)
        {
            failures.Add($"{what2}: the first wrong field (focus goes there) is {Describe(firstWrong)}, outside the task form");
        }
    }

    /// <summary>The element theadmin.js focuses on load (its initialFocus), read from the markup.</summary>
    private static IElement? InitialFocus(IDocument page)
    {
        if (page.QuerySelectorAll(Fields).FirstOrDefault(f => (f.GetAttribute("class") ?? "").Split(' ').Contains("is-invalid")) is { } invalid)
        {
            return invalid;
        }

        var target = page.QuerySelector("form[data-autofocus]:not([data-autofocus=false]), a[data-autofocus], button[data-autofocus]");
        if (target is null || target.LocalName != "form")
        {
            return target;
        }

        var marked = target.QuerySelector("[data-autofocus]:not([data-autofocus=false])");
        return marked is not null && marked.Matches(Fields) ? marked : target.QuerySelector(Fields);
    }

    private static string Describe(IElement e) => $"<{e.LocalName}{(e.Id is null ? "" : $" id=\"{e.Id}\"")}{(e.GetAttribute("name") is { } n ? $" name=\"{n}\"" : "")}>";
}

public sealed class CounterTaskFlowTests_Sqlite(SqliteDatabase db, ITestOutputHelper output) : CounterTaskFlowTests(db, output), IClassFixture<SqliteDatabase>;

public sealed class CounterTaskFlowTests_Postgres(PostgresDatabase db, ITestOutputHelper output) : CounterTaskFlowTests(db, output), IClassFixture<PostgresDatabase>;
