using System.Net;
using System.Net.Http.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Operators.Contracts;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Operators;

/// <summary>
/// The one failed-attempt guard: a wrong password at sign-in and a wrong reviewer password in the review gate count
/// toward the same lock, and the limit locks whichever of them reaches it.
/// </summary>
public abstract class FailedAttemptGuardTests(DatabaseFixture db)
{
    private const string Password = "Counter2024";

    private AdminAppFactory App => db.App;

    private async Task<(string Outlet, string Login)> NewOperatorAsync()
    {
        var outlet = await App.CreateOutletAsync();
        return (outlet, await App.CreateOperatorAsync(outlet, Password, "Outlet operator"));
    }

    private async Task<HttpStatusCode> SignInAsync(string outlet, string login, string password) =>
        (await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password })).StatusCode;

    // The review gate's path: IReviewerCredentials in a scope of its own, as the gate calls it.
    private Task<ReviewerCheckStatus> ReviewAsync(string outlet, string login, string password) =>
        App.WithScopeAsync(async sp => (await sp.GetRequiredService<IReviewerCredentials>().CheckAsync(outlet, login, password)).Status);

    private Task<AttemptOutcome> GuardAsync(string outlet, string login, string password, AttemptPurpose purpose) =>
        App.WithScopeAsync(sp => sp.GetRequiredService<FailedAttemptGuard>().CheckAsync(outlet, login, password, purpose, a => Task.FromResult(a.Outcome), CancellationToken.None));

    private Task<List<string>> ActionsAsync(string login) =>
        App.WithDbAsync(d => d.Set<AuditEvent>().Where(e => e.OperatorLogin == login && e.Action != "Operator.Create").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task AWrongSignIn_AndWrongReviewerPasswords_CountAlike_TheReviewerCheckLocksAtTheLimit()
    {
        var (outlet, login) = await NewOperatorAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(outlet, login, "wrong1234"));
        Assert.Equal(ReviewerCheckStatus.BadCredentials, await ReviewAsync(outlet, login, "wrong1234"));
        var counted = await App.WithDbAsync(d => d.Set<Operator>().Where(o => o.LoginName == login).Select(o => o.AccessFailedCount).SingleAsync());
        Assert.Equal(2, counted);
        Assert.Equal(ReviewerCheckStatus.Locked, await ReviewAsync(outlet, login, "wrong1234"));

        Assert.Equal((HttpStatusCode)423, await SignInAsync(outlet, login, Password));
        Assert.Equal(ReviewerCheckStatus.Locked, await ReviewAsync(outlet, login, Password));
        Assert.Equal(["SignIn.Failed", "Review.Failed", "Review.Failed", "Operator.Lock", "SignIn.Refused", "Review.Refused"], await ActionsAsync(login));
    }

    [Fact]
    public async Task ALock_EndsTheOperatorsOpenSessions_ScreenAndToken()
    {
        var (outlet, login) = await NewOperatorAsync();
        var screen = await App.ScreenClientAsync(outlet, login, Password);
        var api = await App.ApiClientAsync(outlet, login, Password);
        Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync("/")).StatusCode);

        // Wrong passwords elsewhere (another PC) lock the account ...
        for (var i = 0; i < 3; i++)
        {
            await SignInAsync(outlet, login, "wrong1234");
        }

        // ... and the sessions already open end on their next request.
        var page = await screen.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/login", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/customers")).StatusCode);
    }

    [Fact]
    public async Task WrongReviewerPasswords_AndAWrongSignIn_CountAlike_TheSignInLocksAtTheLimit()
    {
        var (outlet, login) = await NewOperatorAsync();

        Assert.Equal(ReviewerCheckStatus.BadCredentials, await ReviewAsync(outlet, login, "wrong1234"));
        Assert.Equal(ReviewerCheckStatus.BadCredentials, await ReviewAsync(outlet, login, "wrong1234"));
        Assert.Equal((HttpStatusCode)423, await SignInAsync(outlet, login, "wrong1234"));

        Assert.Equal(ReviewerCheckStatus.Locked, await ReviewAsync(outlet, login, Password));
        var locked = await App.WithDbAsync(d => d.Set<Operator>().Where(o => o.LoginName == login).Select(o => new { o.IsLocked, o.AccessFailedCount }).SingleAsync());
        Assert.True(locked.IsLocked);
        Assert.Equal(3, locked.AccessFailedCount);
    }

    [Fact]
    public async Task ARightPassword_EitherWay_ResetsTheCountForBoth()
    {
        var (outlet, login) = await NewOperatorAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(outlet, login, "wrong1234"));
        Assert.Equal(ReviewerCheckStatus.BadCredentials, await ReviewAsync(outlet, login, "wrong1234"));
        Assert.Equal(ReviewerCheckStatus.Verified, await ReviewAsync(outlet, login, Password));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(outlet, login, "wrong1234"));
        Assert.Equal(ReviewerCheckStatus.BadCredentials, await ReviewAsync(outlet, login, "wrong1234"));

        Assert.Equal(HttpStatusCode.OK, await SignInAsync(outlet, login, Password));
        Assert.Equal(0, await App.WithDbAsync(d => d.Set<Operator>().Where(o => o.LoginName == login).Select(o => o.AccessFailedCount).SingleAsync()));
    }

    [Fact]
    public async Task AnUnknownAccount_IsCountedAndLockedLikeARealOne_WhateverThePurpose()
    {
        var outlet = await App.CreateOutletAsync();
        var login = Codes.NewLoginName();

        Assert.Equal(AttemptOutcome.WrongPassword, await GuardAsync(outlet, login, "wrong1234", AttemptPurpose.SignIn));
        Assert.Equal(AttemptOutcome.WrongPassword, await GuardAsync(outlet, login, "wrong1234", AttemptPurpose.Review));
        Assert.Equal(AttemptOutcome.Locked, await GuardAsync(outlet, login, "wrong1234", AttemptPurpose.PasswordChange));
        Assert.Equal(AttemptOutcome.Locked, await GuardAsync(outlet, login, "wrong1234", AttemptPurpose.SignIn));
        Assert.Equal(["SignIn.Failed", "Review.Failed", "PasswordChange.Failed", "Operator.Lock", "SignIn.Refused"], await ActionsAsync(login));
    }

    [Fact]
    public async Task ARightPassword_IsVerified_WithTheOperator()
    {
        var (outlet, login) = await NewOperatorAsync();

        var attempt = await App.WithScopeAsync(sp => sp.GetRequiredService<FailedAttemptGuard>().CheckAsync(outlet, login, Password, AttemptPurpose.Review, Task.FromResult, CancellationToken.None));

        Assert.Equal(AttemptOutcome.Verified, attempt.Outcome);
        Assert.Equal(login, attempt.Operator?.LoginName);
    }
}

public sealed class FailedAttemptGuardTests_Sqlite(SqliteDatabase db) : FailedAttemptGuardTests(db), IClassFixture<SqliteDatabase>;

public sealed class FailedAttemptGuardTests_Postgres(PostgresDatabase db) : FailedAttemptGuardTests(db), IClassFixture<PostgresDatabase>;
