using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Contracts;
using Admin.Modules.Outlets.Contracts;
using Admin.Modules.Reviews.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Reviews.Services;

/// <summary>
/// The review gate (<see cref="IReviewGate"/>). Work that must outlive the task's own transaction runs in a scope of its
/// own: the reviewer's attempt counting, the refused record and the moment a review was requested. The granted record is
/// appended on the task's context, inside its transaction.
/// </summary>
internal sealed class ReviewGate(
    AdminDbContext db,
    ReviewPointCatalog points,
    AuthorisationChain chain,
    ICurrentOperator current,
    IOutletDirectory outlets,
    IServiceScopeFactory scopes,
    AdminText text,
    TimeProvider clock) : IReviewGate
{
    public async Task<ReviewDecision> CheckAsync(ReviewRequest request, CancellationToken ct = default)
    {
        var fired = new List<ReviewReason>();
        foreach (var reason in request.Reasons)
        {
            if (await points.IsEnabledAsync(reason.PointCode, ct))
            {
                fired.Add(reason);
            }
        }

        if (fired.Count == 0)
        {
            return ReviewDecision.NotNeeded;
        }

        var firedPoints = fired.Select(r => r.PointCode).Distinct(StringComparer.Ordinal).Select(c => points.Find(c)!).ToList();
        var codes = firedPoints.Select(p => p.Code).ToList();
        var login = request.Credentials?.LoginName?.Trim() ?? "";
        var password = request.Credentials?.Password ?? "";
        if (login.Length == 0 && password.Length == 0)
        {
            await MarkRequestedAsync(request, ct);
            var required = OperationResult.Fail(FailureKind.ReviewRequired, ReviewsErrors.Required(string.Join(", ", codes)))
                .With("reviewPoint", codes[0])
                .With("reviewPoints", codes)
                .With("reasons", fired.Select(Translate).ToList());
            return ReviewDecision.Fail(required, fired);
        }

        if (login.Length == 0 || password.Length == 0)
        {
            var missing = login.Length == 0 ? ReviewsErrors.LoginNameRequired() : ReviewsErrors.PasswordRequired();
            return ReviewDecision.Fail(OperationResult.Invalid(missing), fired);
        }

        var makerOutlet = await outlets.FindAsync(request.OutletId, ct);
        if (makerOutlet is null)
        {
            return ReviewDecision.Fail(OperationResult.NotFound(ReviewsErrors.MakerOutletUnknown()), fired);
        }

        var headOfficeOnly = firedPoints.Any(p => p.Scope == ReviewScope.HeadOffice);
        var headOffices = await outlets.HeadOfficesAsync(ct);
        var allowed = headOfficeOnly ? headOffices.Select(o => o.Id).ToHashSet() : [request.OutletId];

        // "outletCode/loginName" names an operator of any outlet (so that a colleague of another outlet is told so, once
        // their password is right); a bare login name is looked up where the reviewer must belong.
        var (outletCode, loginName) = login.Split('/', 2) is [var o, var l] ? (o.Trim(), l.Trim())
            : (headOfficeOnly ? headOffices.Select(h => h.Code).FirstOrDefault() ?? "" : makerOutlet.Code, login);

        ReviewerCheck check;
        await using (var scope = scopes.CreateAsyncScope())
        {
            check = await scope.ServiceProvider.GetRequiredService<IReviewerCredentials>().CheckAsync(outletCode, loginName, password, ct);
        }

        var refusal = ReviewRules.Refusal(check, current.OperatorId, allowed, headOfficeOnly, firedPoints.Select(p => p.ReviewerPermission()).Distinct());
        if (refusal is not null)
        {
            await AppendRefusedAsync(request, codes, login, check.Account?.Id, refusal.Code, ct);
            return ReviewDecision.Fail(OperationResult.Fail(FailureKind.Forbidden, refusal).With("reviewPoint", codes[0]), fired);
        }

        var reviewer = check.Account!;
        return ReviewDecision.Granted(new ReviewGrant(request with { Reasons = fired }, reviewer.Id, reviewer.LoginName, codes));
    }

    public async Task RecordGrantAsync(ReviewGrant grant, string taskId, CancellationToken ct = default)
    {
        var request = grant.Request;
        var outlet = await outlets.FindAsync(request.OutletId, ct)
            ?? throw new InvalidOperationException($"The outlet {request.OutletId} does not exist.");
        var requestHash = ReviewRequestMark.HashOf(request.TaskType, request.Summary);
        var maker = current.OperatorId;
        var requestedAt = await db.Set<ReviewRequestMark>().AsNoTracking()
            .Where(m => m.MakerId == maker && m.RequestHash == requestHash)
            .OrderByDescending(m => m.RequestedAt).Select(m => (DateTime?)m.RequestedAt).FirstOrDefaultAsync(ct);
        await chain.AppendAsync(new Authorisation
        {
            OutletId = outlet.Id,
            OutletCode = outlet.Code,
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            RequestedAt = requestedAt,
            PointCodes = string.Join(",", grant.PointCodes),
            TaskType = request.TaskType,
            TaskId = taskId,
            Summary = request.Summary,
            MakerId = maker,
            MakerLogin = current.LoginName,
            ReviewerId = grant.ReviewerId,
            ReviewerLogin = Truncate(grant.ReviewerLogin),
            Result = AuthorisationResult.Granted,
            ClientIp = current.ClientIp,
        }, ct);
    }

    private async Task AppendRefusedAsync(ReviewRequest request, IReadOnlyList<string> codes, string typedLogin, Guid? reviewerId, string reason, CancellationToken ct)
    {
        var outlet = await outlets.FindAsync(request.OutletId, ct);
        await using var scope = scopes.CreateAsyncScope();
        var ownDb = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        var ownChain = scope.ServiceProvider.GetRequiredService<AuthorisationChain>();
        var strategy = ownDb.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await ownDb.Database.BeginTransactionAsync(ct);
            await ownChain.AppendAsync(new Authorisation
            {
                OutletId = request.OutletId,
                OutletCode = outlet?.Code ?? "",
                OccurredAt = clock.GetUtcNow().UtcDateTime,
                PointCodes = string.Join(",", codes),
                TaskType = request.TaskType,
                Summary = request.Summary,
                MakerId = current.OperatorId,
                MakerLogin = current.LoginName,
                ReviewerId = reviewerId,
                ReviewerLogin = Truncate(typedLogin),
                Result = AuthorisationResult.Refused,
                Reason = reason,
                ClientIp = current.ClientIp,
            }, ct);
            await ownDb.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
    }

    private async Task MarkRequestedAsync(ReviewRequest request, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ownDb = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        ownDb.Add(new ReviewRequestMark
        {
            OutletId = request.OutletId,
            MakerId = current.OperatorId,
            RequestHash = ReviewRequestMark.HashOf(request.TaskType, request.Summary),
            RequestedAt = Authorisation.Truncate(clock.GetUtcNow().UtcDateTime),
        });
        await ownDb.SaveChangesAsync(ct);
    }

    private string Translate(ReviewReason reason) =>
        reason.Args.Length == 0 ? text[reason.Message].Value : text[reason.Message, reason.Args!].Value;

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64];
}
