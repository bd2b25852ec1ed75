using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cheques.Services;

/// <summary>
/// A bounce as typed: the reason, its text (required for Other), the day, and the reviewer's credentials; with what
/// <see cref="ChequeBounceReasons.CheckAsync"/> found of the reason in head office's dictionary.
/// </summary>
public sealed record BounceInput(BounceReason? Reason, string? Note, DateOnly? BouncedOn, long? Version, ReviewCredentials? Review = null)
{
    /// <summary>Why the dictionary refuses the reason (deactivated), or null.</summary>
    public OperationError? ReasonRefused { get; init; }

    /// <summary>The reason's name in both languages, for the review dialog.</summary>
    public Admin.Kernel.Localization.LocalName? ReasonName { get; init; }
}

/// <summary>
/// Clearing and bouncing, each one task (<see cref="TaskTransaction"/>, which claims the request's idempotency key). The
/// cheque changes with one conditional update (<c>WHERE Version = read version</c>, the columns the entity names) as the
/// first statement, then the ledger entry (<see cref="ChequePostings.Settlement"/>), the history and the audit record: of
/// two operators settling the same cheque at once exactly one succeeds, the other gets a conflict naming the current
/// state. A bounce after clearing the customer has spent is refused by the ledger (409 naming the customer's account) and
/// writes nothing. Every bounce is reviewed.
/// </summary>
public sealed class ChequeSettlement(
    AdminDbContext db, TimeProvider clock, LocalClock local, OutletScope scope, ICurrentOperator current, TaskTransaction tasks, ILedger ledger, CounterTask task,
    ChequeCredit credit)
{
    /// <summary>The cheque cleared: credits the customer's account by its amount, in the same transaction.</summary>
    public Task<OperationResult<Cheque>> ClearAsync(Guid id, DateOnly? clearedOn, long? version, CancellationToken ct = default) =>
        SettleAsync(id, version, null, (cheque, today, at) => cheque.Clear(clearedOn ?? today, today, at, current.LoginName), ct);

    /// <summary>The cheque bounced: a cleared one is debited back (refused when the customer's account cannot cover it); every bounce is reviewed.</summary>
    public Task<OperationResult<Cheque>> BounceAsync(Guid id, BounceInput input, CancellationToken ct = default) =>
        SettleAsync(id, input.Version, input, (cheque, today, at) =>
        {
            var result = cheque.Bounce(input.Reason, input.Note, input.BouncedOn ?? today, today, at, current.LoginName);
            if (input.ReasonRefused is { } refused && result.Failure is FailureKind.None or FailureKind.Validation)
            {
                return OperationResult.Invalid([refused, .. result.Errors]);
            }

            return result.Succeeded ? OperationResult.Success() : result;
        }, ct);

    /// <summary>Reads the cheque, applies the change, asks for the bounce's review, and writes.</summary>
    private async Task<OperationResult<Cheque>> SettleAsync(
        Guid id, long? version, BounceInput? bounce, Func<Cheque, DateOnly, DateTime, OperationResult> change, CancellationToken ct)
    {
        var today = await local.TodayAsync(ct);
        db.ChangeTracker.Clear();
        var cheque = await scope.Apply(db.Set<Cheque>().AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cheque is null)
        {
            return OperationResult<Cheque>.NotFound(ChequesErrors.NotFound());
        }

        await credit.MarkAsync(new[] { cheque }, ct);
        if (version is { } expected && expected != cheque.Version)
        {
            return Changed(cheque);
        }

        var (read, before) = (cheque.Version, cheque.Status);
        var reasons = bounce is null ? [] : ChequeReviews.BounceReasons(cheque);
        var changed = change(cheque, today, clock.GetUtcNow().UtcDateTime);
        if (!changed.Succeeded)
        {
            return changed.Failure == FailureKind.Conflict
                ? OperationResult<Cheque>.From(changed).WithState(cheque, before)
                : OperationResult<Cheque>.From(changed);
        }

        ReviewGrant? grant = null;
        if (bounce is not null)
        {
            var review = await task.ReviewAsync(
                new ReviewRequest(ChequeReviews.BounceTask, cheque.OutletId, reasons, ChequeReviews.BounceSummary(cheque, before), bounce.Review),
                ChequeReviews.BounceSubject(cheque, bounce.ReasonName), ct);
            if (!review.Succeeded)
            {
                return OperationResult<Cheque>.From(review);
            }

            grant = review.Value;
        }

        OperationResult<Cheque> written;
        try
        {
            written = await tasks.RunAsync(token => WriteAsync(cheque, read, before, grant, token), ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            // A parallel task won a row this one needed (PostgreSQL's serialization failure or deadlock): nothing was written.
            return LostRace.Conflict<Cheque>();
        }

        if (!written.Succeeded)
        {
            return written;
        }

        return OperationResult<Cheque>.Success((await credit.MarkAsync(new[] { await db.Set<Cheque>().AsNoTracking().FirstAsync(c => c.Id == cheque.Id, ct) }, ct))[0]);
    }

    /// <summary>Inside the task's transaction: the state change, the entry, the history and the audit record.</summary>
    private async Task<OperationResult<Cheque>> WriteAsync(Cheque cheque, long read, ChequeStatus before, ReviewGrant? grant, CancellationToken ct)
    {
        // The state change first, as one conditional update: it takes the row's write lock, and a cheque someone else
        // changed since we read it matches no row.
        if (await db.Set<Cheque>().Where(c => c.Id == cheque.Id && c.Version == read).ExecuteUpdateAsync(cheque.WriteStateChange, ct) == 0)
        {
            return Changed(await db.Set<Cheque>().AsNoTracking().FirstAsync(c => c.Id == cheque.Id, ct));
        }

        decimal? takenBack = null;
        if (cheque.Credited && before == ChequeStatus.Received && cheque.Status == ChequeStatus.Bounced)
        {
            takenBack = Math.Min(cheque.Amount, Math.Max(0m, await ledger.BalanceAsync(AccountRef.Customer(cheque.CustomerId, cheque.OutletId), ct)));
        }

        var posted = await ledger.PostAsync(ChequePostings.Settlement(cheque, before, current.OperatorId ?? Guid.Empty, takenBack), ct);
        if (!posted.Succeeded)
        {
            return OperationResult<Cheque>.From(posted);
        }

        var amount = ChequePostings.CustomerChange(cheque, before, takenBack);
        var cleared = cheque.Status == ChequeStatus.Cleared;
        var action = cleared ? "Clear" : "Bounce";
        db.Add(ChequeEvent.Of(cheque, action, (cleared ? cheque.ClearedAt : cheque.BouncedAt)!.Value, current, grant, amount, cheque.BounceText));
        await task.RecordAsync(new AuditRecord(ChequesModule.ModuleId, $"Cheque.{action}", nameof(Cheque), cheque.Receipt,
            new { Status = before.ToString() },
            new { Status = cheque.Status.ToString(), On = cleared ? cheque.ClearedOn : cheque.BouncedOn, cheque.BounceReason, cheque.BounceNote, BalanceChange = Money.Format(amount) })
        { OutletId = cheque.OutletId, OutletCode = cheque.OutletCode }, grant, cheque.Id.ToString(), ct);
        return OperationResult<Cheque>.Success(cheque);
    }

    private static OperationResult<Cheque> Changed(Cheque now) =>
        OperationResult<Cheque>.Fail(FailureKind.Conflict, ChequesErrors.Changed(now.Status.ToString())).WithState(now, now.Status);
}

internal static class ChequeResults
{
    /// <summary>Adds the cheque's current state to a conflict, so the caller can show it.</summary>
    public static OperationResult<Cheque> WithState(this OperationResult<Cheque> result, Cheque now, ChequeStatus status)
    {
        result.With("status", status.ToString());
        result.With("version", now.Version.ToString(CultureInfo.InvariantCulture));
        return result;
    }
}
