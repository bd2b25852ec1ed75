using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Permissions;
using Admin.Tests.Infrastructure;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Security;

/// <summary>
/// Every endpoint of the running host × every kind of caller, with the expected answer derived from the endpoint's own
/// metadata ([AllowAnonymous], [RequireSignedIn], [RequirePermission], its module's state) and the caller's permissions
/// as the host resolves them. A new endpoint is in the matrix the moment it is mapped.
/// </summary>
public abstract class AuthorizationMatrixTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    private enum Outcome { Allowed, Unauthenticated, Forbidden, NotFound }

    /// <summary>A caller: signs in (again) on demand; null permissions means anonymous.</summary>
    private sealed class Actor(string name, Func<Task<(HttpClient Api, HttpClient Screen)>> signIn, IReadOnlySet<string>? permissions)
    {
        private (HttpClient Api, HttpClient Screen)? _clients;

        public string Name => name;

        public IReadOnlySet<string>? Permissions => permissions;

        public async Task<HttpClient> ClientAsync(bool api)
        {
            _clients ??= await signIn();
            return api ? _clients.Value.Api : _clients.Value.Screen;
        }

        public void Forget() => _clients = null;
    }

    private async Task<Actor> OperatorAsync(string name, string outlet, string[] roles, string[] grants)
    {
        var login = await App.CreateOperatorAsync(outlet, OperatorsTestKit.Password, roles);
        var id = await App.IdOfAsync(outlet, login);
        if (grants.Length > 0)
        {
            await App.WithDbAsync(async d =>
            {
                d.AddRange(grants.Select(p => new Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid> { UserId = id, ClaimType = Admin.Modules.Operators.Models.PermissionClaims.Type, ClaimValue = p }));
                return await d.SaveChangesAsync();
            });
        }

        var held = await HostEndpoints.PermissionsOfAsync(App, id);
        return new Actor(name, async () => (await App.ApiClientAsync(outlet, login, OperatorsTestKit.Password), await App.ScreenClientAsync(outlet, login, OperatorsTestKit.Password)), held);
    }

    private async Task<IReadOnlyList<Actor>> ActorsAsync(string outletA, string outletB)
    {
        var adminId = await App.IdOfAsync(AdminAppFactory.HeadOffice, "admin");
        return
        [
            new Actor("anonymous", () => Task.FromResult((App.CreateClient(), App.CreateBrowserLikeClient())), null),
            new Actor("administrator", async () => (await App.AdminApiClientAsync(), await App.ScreenClientAsync(AdminAppFactory.HeadOffice, "admin", AdminAppFactory.AdminPassword)),
                await HostEndpoints.PermissionsOfAsync(App, adminId)),
            await OperatorAsync("outlet operator of A", outletA, [DefaultRoles.OutletOperator], []),
            await OperatorAsync("outlet operator of B", outletB, [DefaultRoles.OutletOperator], []),
            await OperatorAsync("auditor", AdminAppFactory.HeadOffice, [DefaultRoles.Auditor], []),
            await OperatorAsync("signed in without permissions", outletA, [], []),
        ];
    }

    private Outcome Expected(HostEndpoint e, Actor actor)
    {
        if (!HostEndpoints.IsOn(App, e))
        {
            return Outcome.NotFound;
        }

        if (e.IsAnonymous)
        {
            return Outcome.Allowed;
        }

        if (actor.Permissions is null)
        {
            return Outcome.Unauthenticated;
        }

        return e.Permissions.All(actor.Permissions.Contains) ? Outcome.Allowed : Outcome.Forbidden;
    }

    private static async Task<Outcome> ClassifyAsync(HostEndpoint e, HttpResponseMessage r)
    {
        var location = r.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString) : "";
        // The API refuses with 401/403 and the generic code (an anonymous action may answer 401 itself: a bad refresh token);
        // screens refuse by redirecting to the login or denied page (the denied page itself answers 403).
        var code = r.Content.Headers.ContentType?.MediaType == "application/problem+json" ? await OperatorsTestKit.CodeAsync(r) : null;
        return (int)r.StatusCode switch
        {
            401 when e.IsApi && (!e.IsAnonymous || code is null or "auth.required") => Outcome.Unauthenticated,
            403 when e.IsApi && (!e.IsAnonymous || code is null or "auth.forbidden") => Outcome.Forbidden,
            302 or 303 when !e.IsApi && !e.IsAnonymous && location.StartsWith("/login", StringComparison.Ordinal) => Outcome.Unauthenticated,
            302 or 303 when !e.IsApi && location.StartsWith("/account/denied", StringComparison.Ordinal) => Outcome.Forbidden,
            404 => Outcome.NotFound,
            _ => Outcome.Allowed,
        };
    }

    /// <summary>An allowed call with a placeholder id may find nothing: 404 is the action's answer, not a refusal.</summary>
    private static bool Matches(Outcome expected, Outcome actual) => actual == expected || (expected == Outcome.Allowed && actual == Outcome.NotFound);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HostEndpoint e, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(e.Method), url);
        if (e.IsWrite)
        {
            request.Content = e.IsApi ? JsonContent.Create(new { }) : new FormUrlEncodedContent([]);
        }

        return client.SendAsync(request);
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEveryCaller_AsItsMetadataSays()
    {
        var outletA = await App.CreateOutletAsync();
        var outletB = await App.CreateOutletAsync();
        var actors = await ActorsAsync(outletA, outletB);
        var endpoints = HostEndpoints.All(App);
        Assert.True(endpoints.Count > 40, "The endpoint list looks empty.");
        Assert.Contains(endpoints, e => !HostEndpoints.IsOn(App, e) || e.IsApi);

        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var e in endpoints)
        {
            var url = e.Url(HostEndpoint.Placeholder);
            foreach (var actor in actors)
            {
                var expected = Expected(e, actor);
                var response = await SendAsync(await actor.ClientAsync(e.IsApi), e, url);
                var actual = await ClassifyAsync(e, response);
                if (actual == Outcome.Unauthenticated && actor.Permissions is not null && expected != Outcome.Unauthenticated)
                {
                    // An earlier endpoint (signing out) ended this caller's session: sign in again and ask once more.
                    actor.Forget();
                    response = await SendAsync(await actor.ClientAsync(e.IsApi), e, url);
                    actual = await ClassifyAsync(e, response);
                }

                checkedCount++;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{e} as {actor.Name}: {(int)response.StatusCode}");
                }
                else if (!Matches(expected, actual))
                {
                    failures.Add($"{e} as {actor.Name}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers differ from the metadata:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task TheAuditor_IsRefusedEveryWrite_ThatNeedsAPermission()
    {
        var actors = await ActorsAsync(await App.CreateOutletAsync(), await App.CreateOutletAsync());
        var auditor = actors.Single(a => a.Name == "auditor");
        var writes = HostEndpoints.All(App).Where(e => e.IsWrite && e.Permissions.Count > 0).ToList();
        Assert.NotEmpty(writes);

        // From metadata: no permission that guards a write is granted to the auditor.
        var granted = writes.Where(e => e.Permissions.All(auditor.Permissions!.Contains)).Select(e => e.ToString()).ToList();
        Assert.True(granted.Count == 0, "The auditor holds the permission of these writes:\n" + string.Join("\n", granted));

        // And in fact, without a trace in the audit trail.
        _ = await auditor.ClientAsync(api: true);
        _ = await auditor.ClientAsync(api: false);
        var auditsBefore = await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync());
        foreach (var e in writes)
        {
            var response = await SendAsync(await auditor.ClientAsync(e.IsApi), e, e.Url(HostEndpoint.Placeholder));
            var actual = await ClassifyAsync(e, response);
            Assert.True(actual == (HostEndpoints.IsOn(App, e) ? Outcome.Forbidden : Outcome.NotFound), $"{e} as the auditor answered {(int)response.StatusCode}");
        }

        Assert.Equal(auditsBefore, await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync()));
    }

    [Fact]
    public async Task AnOperatorOfAnotherOutlet_Gets404_ForEveryResourceOfThisOutlet()
    {
        // Two outlets, each with an operator holding every permission, and something of each kind at outlet A.
        var outletA = await App.CreateOutletAsync();
        var outletB = await App.CreateOutletAsync();
        var all = HostEndpoints.AllPermissions(App).ToArray();
        var a = await OperatorAsync("full operator of A", outletA, [], all);
        var b = await OperatorAsync("full operator of B", outletB, [], all);
        await App.CreateOperatorAsync(outletA, OperatorsTestKit.Password, DefaultRoles.OutletOperator);

        // A's resources: what A's lists show and B's do not.
        var seenByA = await HostEndpoints.VisibleValuesAsync(App, await a.ClientAsync(api: true));
        var seenByB = await HostEndpoints.VisibleValuesAsync(App, await b.ClientAsync(api: true));
        var ofA = seenByA.Except(seenByB).ToList();
        Assert.Contains(outletA, ofA);

        var endpoints = HostEndpoints.All(App).Where(e => e.Parameters.Count == 1 && HostEndpoints.IsOn(App, e) && !e.IsAnonymous).ToList();
        var failures = new List<string>();
        var resourceUrls = new List<(HostEndpoint Endpoint, string Value)>();
        foreach (var e in endpoints.Where(e => !e.IsWrite))
        {
            foreach (var value in ofA.Where(v => HostEndpoint.Fits(e.Parameters[0], v)))
            {
                var url = e.Url(_ => value);
                var asA = await (await a.ClientAsync(e.IsApi)).GetAsync(url);
                if (asA.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                resourceUrls.Add((e, value));
                var asB = await (await b.ClientAsync(e.IsApi)).GetAsync(url);
                if (asB.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{e} with {value} (outlet A's) as B: {(int)asB.StatusCode}");
                }
            }
        }

        Assert.Contains(resourceUrls, r => r.Endpoint.IsApi);
        Assert.Contains(resourceUrls, r => !r.Endpoint.IsApi);

        // Every write on a resource found above (same parameter value): B changes nothing and is told 404 (or 400 for the body).
        var values = resourceUrls.Select(r => r.Value).Distinct().ToList();
        var writes = 0;
        foreach (var e in endpoints.Where(e => e.IsWrite && e.IsApi))
        {
            foreach (var value in values.Where(v => HostEndpoint.Fits(e.Parameters[0], v)))
            {
                var audits = await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync());
                var response = await SendAsync(await b.ClientAsync(true), e, e.Url(_ => value));
                writes++;
                if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.BadRequest))
                {
                    failures.Add($"{e} with {value} (outlet A's) as B: {(int)response.StatusCode}");
                }

                if (await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync()) != audits)
                {
                    failures.Add($"{e} with {value} (outlet A's) as B wrote an audit record");
                }
            }
        }

        Assert.True(writes > 0, "No write endpoint took one of outlet A's resources.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task ABranchOperator_SeesEveryResourceOfItsOutlets_AndASiblingBranchGets404()
    {
        // Two branches (分公司), an outlet under each; an operator holding every permission at each branch node and at outlet A.
        var branchX = await App.CreateOutletAsync(Admin.Modules.Outlets.Models.OutletType.Branch);
        var branchY = await App.CreateOutletAsync(Admin.Modules.Outlets.Models.OutletType.Branch);
        var outletA = await App.CreateOutletAsync(parent: branchX);
        var outletB = await App.CreateOutletAsync(parent: branchY);
        var all = HostEndpoints.AllPermissions(App).ToArray();
        var a = await OperatorAsync("full operator of A", outletA, [], all);
        var x = await OperatorAsync("full operator of branch X", branchX, [], all);
        var y = await OperatorAsync("full operator of branch Y", branchY, [], all);
        await App.CreateOperatorAsync(outletA, OperatorsTestKit.Password, DefaultRoles.OutletOperator);
        await App.CreateOperatorAsync(outletB, OperatorsTestKit.Password, DefaultRoles.OutletOperator);

        // A's resources: what A's lists show and sibling branch Y's do not. Branch X's lists show them too.
        var seenByA = await HostEndpoints.VisibleValuesAsync(App, await a.ClientAsync(api: true));
        var seenByX = await HostEndpoints.VisibleValuesAsync(App, await x.ClientAsync(api: true));
        var seenByY = await HostEndpoints.VisibleValuesAsync(App, await y.ClientAsync(api: true));
        var ofA = seenByA.Except(seenByY).ToList();
        Assert.Contains(outletA, ofA);
        Assert.Contains(outletA, seenByX);
        Assert.Contains(outletB, seenByY);
        Assert.DoesNotContain(outletB, seenByX);
        Assert.DoesNotContain(outletA, seenByY);

        var endpoints = HostEndpoints.All(App).Where(e => e.Parameters.Count == 1 && HostEndpoints.IsOn(App, e) && !e.IsAnonymous).ToList();
        var failures = new List<string>();
        var resourceUrls = new List<(HostEndpoint Endpoint, string Value)>();
        foreach (var e in endpoints.Where(e => !e.IsWrite))
        {
            foreach (var value in ofA.Where(v => HostEndpoint.Fits(e.Parameters[0], v)))
            {
                var url = e.Url(_ => value);
                if ((await (await a.ClientAsync(e.IsApi)).GetAsync(url)).StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                resourceUrls.Add((e, value));
                var asX = await (await x.ClientAsync(e.IsApi)).GetAsync(url);
                if (asX.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{e} with {value} (outlet A's) as its branch X: {(int)asX.StatusCode}");
                }

                var asY = await (await y.ClientAsync(e.IsApi)).GetAsync(url);
                if (asY.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{e} with {value} (outlet A's) as sibling branch Y: {(int)asY.StatusCode}");
                }
            }
        }

        Assert.Contains(resourceUrls, r => r.Endpoint.IsApi);
        Assert.Contains(resourceUrls, r => !r.Endpoint.IsApi);

        // Every write on those resources: sibling branch Y changes nothing and is told 404 (or 400 for the body).
        var values = resourceUrls.Select(r => r.Value).Distinct().ToList();
        var writes = 0;
        foreach (var e in endpoints.Where(e => e.IsWrite && e.IsApi))
        {
            foreach (var value in values.Where(v => HostEndpoint.Fits(e.Parameters[0], v)))
            {
                var audits = await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync());
                var response = await SendAsync(await y.ClientAsync(true), e, e.Url(_ => value));
                writes++;
                if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.BadRequest))
                {
                    failures.Add($"{e} with {value} (outlet A's) as sibling branch Y: {(int)response.StatusCode}");
                }

                if (await App.WithDbAsync(d => d.Set<AuditEvent>().CountAsync()) != audits)
                {
                    failures.Add($"{e} with {value} (outlet A's) as sibling branch Y wrote an audit record");
                }
            }
        }

        Assert.True(writes > 0, "No write endpoint took one of outlet A's resources.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task AnotherOutlet_TopsUpAndReceivesForThisOutletsCustomerAndCard_AndOtherwiseStill404()
    {
        // Outlet A's customer and single-user card; an operator of outlet B.
        var a = await Issuing.IssuingDesk.CreateAsync(App);
        var single = await Issuing.IssuingProduct.CreateAsync(a.Admin, "SingleUser");
        await a.StockAsync(single, 1);
        var issued = await Issuing.IssuingTestKit.Created(await a.PostAsync("/api/cards/issue", new
        {
            newCustomer = Issuing.IssuingTestKit.NewCustomer("Served Elsewhere"), product = single.Code, card = new { number = single.Number(1) }, paymentMethod = "Cash",
        }));
        var code = issued.GetProperty("customer").GetString()!;
        var customer = await App.WithDbAsync(d => d.Set<Admin.Modules.Counter.Models.Customer>().AsNoTracking().SingleAsync(c => c.Code == code));
        var (outletB, loginB, b) = await Counter.CounterTestKit.OutletOperatorAsync(App);

        // Open for these tasks: B takes the money into B's till, the account stays A's.
        var topUp = await Issuing.IssuingTestKit.Created(await Issuing.IssuingTestKit.PostKeyedAsync(b, "/api/topups", new { customer = code, amount = 100.00m, paymentMethod = "Cash" }));
        var receipt = await Issuing.IssuingTestKit.Created(await Issuing.IssuingTestKit.PostKeyedAsync(b, "/api/receipts", new { customer = customer.Id, amount = 50.00m, paymentMethod = "Transfer" }));
        var card = await Issuing.IssuingTestKit.Created(await Issuing.IssuingTestKit.PostKeyedAsync(b, "/api/topups", new { card = single.Number(1), amount = 20.00m, paymentMethod = "BankCard" }));
        var screenB = await App.ScreenClientAsync(outletB, loginB, Counter.CounterTestKit.Password);
        var served = await screenB.GetStringAsync($"/topups/topup?customer={code}");

        Assert.Equal(outletB, topUp.GetProperty("outlet").GetString());
        Assert.Equal(a.Outlet, topUp.GetProperty("accountOutlet").GetString());
        Assert.Equal(a.Outlet, receipt.GetProperty("accountOutlet").GetString());
        Assert.Equal("CardTopUp", card.GetProperty("kind").GetString());
        Assert.Equal(150.00m, await Ledger.LedgerKit.CustomerBalanceAsync(App, customer.Id));
        Assert.Contains("Served Elsewhere", served);
        Assert.Contains(Admin.Modules.Counter.Contracts.NetworkCustomers.MaskId(customer.IdNumber), served);
        Assert.DoesNotContain(customer.IdNumber, served);

        // Closed for everything else: B neither sees nor maintains A's customer or card; A does not see B's receipt.
        var closed = new List<(string What, HttpStatusCode Status)>
        {
            ("GET customer", (await b.GetAsync($"/api/customers/{customer.Id}")).StatusCode),
            ("GET balance history", (await b.GetAsync($"/api/customers/{customer.Id}/balance-history")).StatusCode),
            ("PUT customer", (await b.PutAsJsonAsync($"/api/customers/{customer.Id}", new
            {
                type = customer.Type.ToString(), name = "Renamed", idType = customer.IdType.ToString(), idNumber = customer.IdNumber, phone = customer.Phone,
                address = customer.Address, status = customer.Status.ToString(), version = Admin.Kernel.Data.Versions.Format(customer.Version),
            })).StatusCode),
            ("GET card", (await b.GetAsync($"/api/cards/{single.Number(1)}")).StatusCode),
            ("GET customer screen", (await screenB.GetAsync($"/counter/customers/{customer.Id}")).StatusCode),
            ("GET B's receipt as A", (await a.Client.GetAsync($"/api/receipts/{topUp.GetProperty("id").GetString()}")).StatusCode),
            ("cancel B's receipt as A", (await a.PostAsync($"/api/receipts/{topUp.GetProperty("id").GetString()}/cancel", new { review = a.Review })).StatusCode),
            ("reverse B's entry as A", (await a.PostAsync($"/api/entries/{topUp.GetProperty("ledgerEntry").GetInt64()}/reverse", new { review = a.Review })).StatusCode),
        };
        Assert.All(closed, c => Assert.True(c.Status == HttpStatusCode.NotFound, $"{c.What}: {(int)c.Status}"));
    }
}

public sealed class AuthorizationMatrixTests_Sqlite(SqliteDatabase db) : AuthorizationMatrixTests(db), IClassFixture<SqliteDatabase>;

public sealed class AuthorizationMatrixTests_Postgres(PostgresDatabase db) : AuthorizationMatrixTests(db), IClassFixture<PostgresDatabase>;
