using System.Globalization;
using System.Text;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Counter.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Admin.Modules.Cheques.Services;

/// <summary>A cheque as typed at the counter: the customer (code or id), the cheque, and the reviewer's credentials after a 428.</summary>
public sealed record ReceiveChequeInput(string? Customer, ChequeDraft Cheque, ReviewCredentials? Review = null);

/// <summary>A bounce as typed: the reason, its text (required for Other), the day, and the reviewer's credentials.</summary>
public sealed record BounceInput(BounceReason? Reason, string? Note, DateOnly? BouncedOn, long? Version, ReviewCredentials? Review = null);

/// <summary>
/// The cheque tasks. Receipt: checks the rules, asks the gate (amount above the limit, a repeat bouncer), then writes the
/// cheque, its receipt number, its history, its audit record and the authorisation in one transaction. Clearing and
/// bouncing change the cheque with one conditional update (<c>WHERE Version = read version</c>) in the transaction that
/// posts to the customer's account: of two operators settling the same cheque at once exactly one succeeds, the other
/// gets a conflict naming the current state.
/// </summary>
public sealed class ChequeService(
    AdminDbContext db, IAuditTrail audit, TimeProvider clock, OutletScope scope, ICurrentOperator current, ICustomerDirectory customers,
    ICustomerAccounts accounts, PaymentMethods methods, OutletSequences sequences, IReviewGate gate, IReviewPoints points, SystemSettings settings,
    Outlets.Contracts.IOutletDirectory outlets, Kernel.Time.LocalClock local)
{
    public const string ReceiveTask = "Cheques.Receive";
    public const string BounceTask = "Cheques.Bounce";
    public const string Sequence = "cheque";
    private const int Attempts = 8;

    /// <summary>Today in the network's local time (<see cref="Kernel.Time.LocalClock"/>).</summary>
    public Task<DateOnly> TodayAsync(CancellationToken ct) => local.TodayAsync(ct);

    /// <summary>Checks a cheque and why it needs a review (none: an empty list), without writing.</summary>
    public async Task<OperationResult<(Cheque Cheque, CustomerInfo Customer, IReadOnlyList<ReviewReason> Reasons)>> CheckAsync(ReceiveChequeInput input, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        CustomerInfo? customer = null;
        var key = input.Customer?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            errors.Add(ChequesErrors.CustomerRequired());
        }
        else
        {
            customer = Guid.TryParse(key, out var id) ? await customers.FindAsync(id, ct) : await customers.FindByCodeAsync(key, ct);
            if (customer is null)
            {
                errors.Add(ChequesErrors.CustomerNotFound());
            }
            else if (customer.Status != "Active")
            {
                errors.Add(ChequesErrors.CustomerNotActive(customer.Code));
            }
        }

        if (!(await methods.ListAsync(false, ct)).Any(m => m.Code == "Cheque" && m.Enabled))
        {
            errors.Add(ChequesErrors.PaymentMethodDisabled());
        }

        var today = await TodayAsync(ct);
        var received = Cheque.Receive(input.Cheque, today, await settings.GetIntAsync(ChequesSettings.PresentmentDays, ct));
        errors.AddRange(received.Errors);
        if (errors.Count > 0)
        {
            return OperationResult<(Cheque, CustomerInfo, IReadOnlyList<ReviewReason>)>.Invalid([.. errors]);
        }

        var cheque = received.Value!;
        var live = await db.Set<Cheque>().AsNoTracking()
            .Where(c => c.BankKey == cheque.BankKey && c.Number == cheque.Number && c.Status != ChequeStatus.Bounced)
            .Select(c => new { c.OutletCode, c.ReceiptNumber }).FirstOrDefaultAsync(ct);
        if (live is not null)
        {
            return OperationResult<(Cheque, CustomerInfo, IReadOnlyList<ReviewReason>)>.Fail(FailureKind.Conflict, ChequesErrors.Duplicate($"{live.OutletCode}-C{live.ReceiptNumber:D6}"));
        }

        var reasons = new List<ReviewReason>();
        var limit = await LimitAsync(ct);
        if (cheque.Amount > limit)
        {
            reasons.Add(new ReviewReason(ChequesReviewPoints.AboveLimit, "cheque of {0}, above {1}", Money.Format(cheque.Amount), Money.Format(limit)));
        }

        var count = int.TryParse(await points.GetParameterAsync(ChequesReviewPoints.RepeatBouncer, "count", ct), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 2;
        var since = today.AddMonths(-12);
        var bounced = await db.Set<Cheque>().AsNoTracking().CountAsync(c => c.CustomerId == customer!.Id && c.Status == ChequeStatus.Bounced && c.BouncedOn >= since, ct);
        if (count > 0 && bounced >= count)
        {
            reasons.Add(new ReviewReason(ChequesReviewPoints.RepeatBouncer, "the customer has {0} bounced cheques in the last 12 months", bounced));
        }

        return OperationResult<(Cheque, CustomerInfo, IReadOnlyList<ReviewReason>)>.Success((cheque, customer!, reasons));
    }

    /// <summary>
    /// The amount above which receiving a cheque at the caller's outlet needs a review: the limit of the outlet's type when
    /// head office set one, else the network-wide amount (default 50,000.00).
    /// </summary>
    public async Task<decimal> LimitAsync(CancellationToken ct = default)
    {
        var type = current.OutletId is { } outletId ? (await outlets.FindAsync(outletId, ct))?.Type : null;
        if (type is not null && ChequesReviewPoints.LimitOutletTypes.Contains(type)
            && ParseLimit(await points.GetParameterAsync(ChequesReviewPoints.AboveLimit, ChequesReviewPoints.LimitParameterOf(type), ct)) is { } own)
        {
            return own;
        }

        return ParseLimit(await points.GetParameterAsync(ChequesReviewPoints.AboveLimit, ChequesReviewPoints.LimitParameter, ct)) ?? 50000m;
    }

    private static decimal? ParseLimit(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var l) && l >= 0 ? l : null;

    /// <summary>Receives a cheque (status Received): checks, reviews when needed, writes.</summary>
    public async Task<OperationResult<Cheque>> ReceiveAsync(ReceiveChequeInput input, CancellationToken ct = default)
    {
        if (current.OutletId is not { } outletId || current.OutletCode is not { } outletCode)
        {
            return OperationResult<Cheque>.Fail(FailureKind.Forbidden, ChequesErrors.OutletOnly());
        }

        var checkedInput = await CheckAsync(input, ct);
        if (!checkedInput.Succeeded)
        {
            return OperationResult<Cheque>.From(checkedInput);
        }

        var (cheque, customer, reasons) = checkedInput.Value;
        ReviewGrant? grant = null;
        if (reasons.Count > 0)
        {
            var decision = await gate.CheckAsync(new ReviewRequest(ReceiveTask, outletId, reasons, ReceiptSummary(cheque, customer.Code), input.Review), ct);
            if (!decision.MayProceed)
            {
                return OperationResult<Cheque>.From(decision.Failure!);
            }

            grant = decision.Grant;
        }

        var at = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        cheque.OutletId = outletId;
        cheque.OutletCode = outletCode;
        cheque.CustomerId = customer.Id;
        cheque.CustomerCode = customer.Code;
        cheque.CustomerName = customer.Name;
        cheque.ReceivedAt = at;
        cheque.ReceivedBy = current.LoginName;
        cheque.ReceiptNumber = await sequences.NextAsync(outletId, Sequence, ct);
        db.Add(cheque);
        db.Add(Event(cheque, "Receive", at, grant, 0m, null));
        audit.Record(new AuditRecord(ChequesModule.ModuleId, "Cheque.Receive", nameof(Cheque), cheque.Receipt, null,
            new { cheque.Number, cheque.DrawerBank, cheque.DrawerName, Amount = Money.Format(cheque.Amount), Customer = customer.Code, cheque.ChequeDate },
            grant is null ? null : $"reviewed by {grant.ReviewerLogin}"));
        if (grant is not null)
        {
            await gate.RecordGrantAsync(grant, cheque.Id.ToString(), ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return OperationResult<Cheque>.Fail(FailureKind.Conflict, ChequesErrors.DuplicateRace());
        }

        await tx.CommitAsync(ct);
        return OperationResult<Cheque>.Success(cheque);
    }

    /// <summary>The cheque cleared: credits the customer's account by its amount, in the same transaction.</summary>
    public Task<OperationResult<Cheque>> ClearAsync(Guid id, DateOnly? clearedOn, long? version, CancellationToken ct = default) =>
        SettleAsync(id, version, (cheque, today) =>
        {
            var result = cheque.Clear(clearedOn ?? today, today);
            return result.Succeeded ? OperationResult<decimal>.Success(cheque.Amount) : OperationResult<decimal>.From(result);
        }, null, ct);

    /// <summary>The cheque bounced: a cleared one is debited back (a negative balance is flagged); every bounce is reviewed.</summary>
    public Task<OperationResult<Cheque>> BounceAsync(Guid id, BounceInput input, CancellationToken ct = default) =>
        SettleAsync(id, input.Version, (cheque, today) =>
        {
            var result = cheque.Bounce(input.Reason, input.Note, input.BouncedOn ?? today, today);
            return result.Succeeded ? OperationResult<decimal>.Success(result.Value ? -cheque.Amount : 0m) : OperationResult<decimal>.From(result);
        }, input, ct);

    /// <summary>Why a bounce needs a review, for the dialog.</summary>
    public static IReadOnlyList<ReviewReason> BounceReasons(Cheque cheque) =>
        [new ReviewReason(ChequesReviewPoints.Bounce, "bounce of cheque {0} of {1} ({2})", cheque.Number, Money.Format(cheque.Amount), cheque.Status.ToString().ToLowerInvariant())];

    private async Task<OperationResult<Cheque>> SettleAsync(
        Guid id, long? version, Func<Cheque, DateOnly, OperationResult<decimal>> change, BounceInput? bounce, CancellationToken ct)
    {
        var today = await TodayAsync(ct);
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

            var read = cheque.Version;
            var before = cheque.Status;
            var reasons = bounce is null ? [] : BounceReasons(cheque);
            var posting = change(cheque, today);
            if (!posting.Succeeded)
            {
                return posting.Failure == FailureKind.Conflict
                    ? OperationResult<Cheque>.From(posting).WithState(cheque, before)
                    : OperationResult<Cheque>.From(posting);
            }

            if (bounce is not null && grant is null)
            {
                var summary = BounceSummary(cheque, before);
                var decision = await gate.CheckAsync(new ReviewRequest(BounceTask, cheque.OutletId, reasons, summary, bounce.Review), ct);
                if (!decision.MayProceed)
                {
                    return OperationResult<Cheque>.From(decision.Failure!);
                }

                grant = decision.Grant;
            }

            var at = clock.GetUtcNow().UtcDateTime;
            var login = current.LoginName;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // The state change first, as one conditional update: it takes the row's write lock, and a cheque someone
            // else changed since we read it matches no row.
            var changed = cheque.Status == ChequeStatus.Cleared
                ? await db.Set<Cheque>().Where(c => c.Id == id && c.Version == read).ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.Status, ChequeStatus.Cleared).SetProperty(c => c.ClearedOn, cheque.ClearedOn)
                    .SetProperty(c => c.ClearedAt, at).SetProperty(c => c.ClearedBy, login).SetProperty(c => c.Version, read + 1), ct)
                : await db.Set<Cheque>().Where(c => c.Id == id && c.Version == read).ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.Status, ChequeStatus.Bounced).SetProperty(c => c.BouncedOn, cheque.BouncedOn)
                    .SetProperty(c => c.BouncedAt, at).SetProperty(c => c.BouncedBy, login)
                    .SetProperty(c => c.BounceReason, cheque.BounceReason).SetProperty(c => c.BounceNote, cheque.BounceNote)
                    .SetProperty(c => c.Version, read + 1), ct);
            if (changed == 0)
            {
                await tx.RollbackAsync(ct);
                var now = await db.Set<Cheque>().AsNoTracking().FirstAsync(c => c.Id == id, ct);
                return Changed(now);
            }

            cheque.Version = read + 1;
            var amount = posting.Value;
            if (amount != 0)
            {
                var kind = amount > 0 ? "cheque cleared" : "cheque bounced after clearing";
                var posted = await accounts.PostAsync(cheque.CustomerId, amount, kind, cheque.Receipt, ct);
                if (!posted.Succeeded)
                {
                    await tx.RollbackAsync(ct);
                    return OperationResult<Cheque>.From(posted);
                }

                if (amount < 0 && posted.Value < 0)
                {
                    cheque.NegativeBalance = true;
                    await db.Set<Cheque>().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.NegativeBalance, true), ct);
                }
            }

            var action = cheque.Status == ChequeStatus.Cleared ? "Clear" : "Bounce";
            db.Add(Event(cheque, action, at, grant, amount, bounce is null ? null : cheque.BounceReason + (cheque.BounceNote is null ? "" : ": " + cheque.BounceNote)));
            audit.Record(new AuditRecord(ChequesModule.ModuleId, $"Cheque.{action}", nameof(Cheque), cheque.Receipt,
                new { Status = before.ToString() },
                new { Status = cheque.Status.ToString(), On = cheque.Status == ChequeStatus.Cleared ? cheque.ClearedOn : cheque.BouncedOn, cheque.BounceReason, cheque.BounceNote, BalanceChange = Money.Format(amount), cheque.NegativeBalance },
                grant is null ? null : $"reviewed by {grant.ReviewerLogin}")
            { OutletId = cheque.OutletId, OutletCode = cheque.OutletCode });
            if (grant is not null)
            {
                await gate.RecordGrantAsync(grant, cheque.Id.ToString(), ct);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
                return OperationResult<Cheque>.Success(await db.Set<Cheque>().AsNoTracking().FirstAsync(c => c.Id == id, ct));
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another cheque of the same customer was posted meanwhile (the customer's version moved): start again.
                await tx.RollbackAsync(ct);
            }
        }
    }

    private static OperationResult<Cheque> Changed(Cheque now) =>
        OperationResult<Cheque>.Fail(FailureKind.Conflict, ChequesErrors.Changed(now.Status.ToString())).WithState(now, now.Status);

    private ChequeEvent Event(Cheque cheque, string kind, DateTime at, ReviewGrant? grant, decimal change, string? note) => new()
    {
        Id = Guid.NewGuid(), ChequeId = cheque.Id, OutletId = cheque.OutletId, At = at, Kind = kind, OperatorId = current.OperatorId,
        OperatorLogin = current.LoginName, ReviewerLogin = grant?.ReviewerLogin, BalanceChange = change, Note = note,
    };

    /// <summary>The canonical summary a receipt's review authorises (sorted keys, fixed two-decimal amounts).</summary>
    public static string ReceiptSummary(Cheque c, string customer) => Json(w =>
    {
        w.WriteString("amount", Money.Format(c.Amount));
        w.WriteString("bank", c.BankKey);
        w.WriteString("chequeDate", c.ChequeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("customer", customer);
        w.WriteString("drawer", c.DrawerName);
        w.WriteString("number", c.Number);
    });

    /// <summary>The canonical summary a bounce's review authorises.</summary>
    public static string BounceSummary(Cheque c, ChequeStatus from) => Json(w =>
    {
        w.WriteString("amount", Money.Format(c.Amount));
        w.WriteString("bouncedOn", c.BouncedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("cheque", c.Id.ToString());
        w.WriteString("from", from.ToString());
        w.WriteString("note", c.BounceNote);
        w.WriteString("reason", c.BounceReason?.ToString());
    });

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
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
