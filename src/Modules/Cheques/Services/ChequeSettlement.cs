using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cheques.Services;

/// <summary>A bounce as typed: the reason, its text (required for Other), the day, and the reviewer's credentials.</summary>
public sealed record BounceInput(BounceReason? Reason, string? Note, DateOnly? BouncedOn, long? Version, ReviewCredentials? Review = null);

/// <summary>
/// Clearing and bouncing. Each changes the cheque with one conditional update (<c>WHERE Version = read version</c>, the
/// columns the entity names) in the transaction that posts to the customer's account: of two operators settling the same
/// cheque at once exactly one succeeds, the other gets a conflict naming the current state. Every bounce is reviewed.
/// </summary>
public sealed class ChequeSettlement(
    AdminDbContext db, TimeProvider clock, LocalClock local, OutletScope scope, ICurrentOperator current, ICustomerAccounts accounts, CounterTask task)
{
    private const int Attempts = 8;

    /// <summary>The cheque cleared: credits the customer's account by its amount, in the same transaction.</summary>
    public Task<OperationResult<Cheque>> ClearAsync(Guid id, DateOnly? clearedOn, long? version, CancellationToken ct = default) =>
        SettleAsync(id, version, null, (cheque, today, at) =>
        {
            var result = cheque.Clear(clearedOn ?? today, today, at, current.LoginName);
            return result.Succeeded ? OperationResult<decimal>.Success(cheque.Amount) : OperationResult<decimal>.From(result);
        }, ct);

    /// <summary>The cheque bounced: a cleared one is debited back (a negative balance is flagged); every bounce is reviewed.</summary>
    public Task<OperationResult<Cheque>> BounceAsync(Guid id, BounceInput input, CancellationToken ct = default) =>
        SettleAsync(id, input.Version, input, (cheque, today, at) =>
        {
            var result = cheque.Bounce(input.Reason, input.Note, input.BouncedOn ?? today, today, at, current.LoginName);
            return result.Succeeded ? OperationResult<decimal>.Success(result.Value ? -cheque.Amount : 0m) : OperationResult<decimal>.From(result);
        }, ct);

    /// <summary>
    /// Reads the cheque, applies the change (the answer is the balance change), asks for the bounce's review once, and
    /// writes; when another posting to the same customer moved the customer's version meanwhile, starts again.
    /// </summary>
    private async Task<OperationResult<Cheque>> SettleAsync(
        Guid id, long? version, BounceInput? bounce, Func<Cheque, DateOnly, DateTime, OperationResult<decimal>> change, CancellationToken ct)
    {
        var today = await local.TodayAsync(ct);
        ReviewGrant? grant = null;
        for (var attempt = 0; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var cheque = await scope.Apply(db.Set<Cheque>().AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (cheque is null)
            {
                return OperationResult<Cheque>.NotFound(ChequesErrors.NotFound());
            }

            if (version is { } expected && expected != cheque.Version)
            {
                return Changed(cheque);
            }

            var (read, before) = (cheque.Version, cheque.Status);
            var reasons = bounce is null ? [] : ChequeReviews.BounceReasons(cheque);
            var posting = change(cheque, today, clock.GetUtcNow().UtcDateTime);
            if (!posting.Succeeded)
            {
                return posting.Failure == FailureKind.Conflict
                    ? OperationResult<Cheque>.From(posting).WithState(cheque, before)
                    : OperationResult<Cheque>.From(posting);
            }

            if (bounce is not null && grant is null)
            {
                var review = await task.ReviewAsync(
                    new ReviewRequest(ChequeReviews.BounceTask, cheque.OutletId, reasons, ChequeReviews.BounceSummary(cheque, before), bounce.Review),
                    ChequeReviews.BounceSubject(cheque), ct);
                if (!review.Succeeded)
                {
                    return OperationResult<Cheque>.From(review);
                }

                grant = review.Value;
            }

            if (await WriteAsync(cheque, read, before, posting.Value, grant, retry: attempt < Attempts, ct) is { } written)
            {
                return written;
            }
        }
    }

    /// <summary>Stores the change, the posting, the history and the audit record in one transaction; null: start again.</summary>
    private async Task<OperationResult<Cheque>?> WriteAsync(Cheque cheque, long read, ChequeStatus before, decimal amount, ReviewGrant? grant, bool retry, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The state change first, as one conditional update: it takes the row's write lock, and a cheque someone else
        // changed since we read it matches no row.
        if (await db.Set<Cheque>().Where(c => c.Id == cheque.Id && c.Version == read).ExecuteUpdateAsync(cheque.WriteStateChange, ct) == 0)
        {
            await tx.RollbackAsync(ct);
            return Changed(await db.Set<Cheque>().AsNoTracking().FirstAsync(c => c.Id == cheque.Id, ct));
        }

        if (amount != 0 && await PostAsync(cheque, amount, ct) is { } refused)
        {
            await tx.RollbackAsync(ct);
            return OperationResult<Cheque>.From(refused);
        }

        var cleared = cheque.Status == ChequeStatus.Cleared;
        var action = cleared ? "Clear" : "Bounce";
        db.Add(ChequeEvent.Of(cheque, action, (cleared ? cheque.ClearedAt : cheque.BouncedAt)!.Value, current, grant, amount, cheque.BounceText));
        await task.RecordAsync(new AuditRecord(ChequesModule.ModuleId, $"Cheque.{action}", nameof(Cheque), cheque.Receipt,
            new { Status = before.ToString() },
            new { Status = cheque.Status.ToString(), On = cleared ? cheque.ClearedOn : cheque.BouncedOn, cheque.BounceReason, cheque.BounceNote, BalanceChange = Money.Format(amount), cheque.NegativeBalance })
        { OutletId = cheque.OutletId, OutletCode = cheque.OutletCode }, grant, cheque.Id.ToString(), ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return OperationResult<Cheque>.Success(await db.Set<Cheque>().AsNoTracking().FirstAsync(c => c.Id == cheque.Id, ct));
        }
        catch (DbUpdateConcurrencyException) when (retry)
        {
            // Another cheque of the same customer was posted meanwhile (the customer's version moved): start again.
            await tx.RollbackAsync(ct);
            return null;
        }
    }

    /// <summary>Posts the balance change to the customer's account; a bounce that leaves the balance negative is flagged on the cheque.</summary>
    private async Task<OperationResult?> PostAsync(Cheque cheque, decimal amount, CancellationToken ct)
    {
        var posted = await accounts.PostAsync(cheque.CustomerId, amount, amount > 0 ? "cheque cleared" : "cheque bounced after clearing", cheque.Receipt, ct);
        if (!posted.Succeeded)
        {
            return posted;
        }

        if (amount < 0 && posted.Value < 0)
        {
            cheque.NegativeBalance = true;
            await db.Set<Cheque>().Where(c => c.Id == cheque.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.NegativeBalance, true), ct);
        }

        return null;
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
