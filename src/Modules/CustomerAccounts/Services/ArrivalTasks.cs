using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.CustomerAccounts.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.CustomerAccounts.Services;

/// <summary>A bank transfer received: amount, the bank's reference, the payer, the day it arrived; optionally the customer at once.</summary>
public sealed record ArrivalInput(decimal? Amount, string? BankReference, string? Payer, DateOnly? ReceivedOn, string? Note, string? Customer = null);

/// <summary>
/// Customer arrivals (客户到账维护 3.1): a transfer is recorded by head office or an outlet (D the recorder's transfer till ·
/// C Suspense), then matched to a customer the recorder may see (D Suspense · C the customer's account), once.
/// </summary>
public sealed class ArrivalTasks(
    AdminDbContext db, TaskTransaction transaction, AccountChecks checks, ICustomerDirectory customers, IOutletSequences sequences, ILedger ledger,
    IAuditTrail audit, OutletScope scope, LocalClock clock)
{
    public const string Sequence = "arrival";

    public async Task<OperationResult<Arrival>> RecordAsync(ArrivalInput input, CancellationToken ct = default)
    {
        var place = await checks.PlaceAsync(false, ct);
        if (!place.Succeeded)
        {
            return OperationResult<Arrival>.From(place);
        }

        var (outlet, operatorId) = place.Value;
        var errors = new List<OperationError>();
        AccountChecks.Amount(input.Amount, errors);
        var reference = AccountChecks.Clean(input.BankReference)?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var payer = AccountChecks.Clean(input.Payer);
        var note = AccountChecks.Clean(input.Note);
        if (reference is null)
        {
            errors.Add(CustomerAccountsErrors.ReferenceRequired());
        }
        else if (reference.Length > Arrival.MaxReference)
        {
            errors.Add(CustomerAccountsErrors.TooLong("bankReference", Arrival.MaxReference));
        }

        if (payer is null)
        {
            errors.Add(CustomerAccountsErrors.PayerRequired());
        }
        else if (payer.Length > Arrival.MaxPayer)
        {
            errors.Add(CustomerAccountsErrors.TooLong("payer", Arrival.MaxPayer));
        }

        if (note?.Length > Arrival.MaxNote)
        {
            errors.Add(CustomerAccountsErrors.TooLong("note", Arrival.MaxNote));
        }

        if (input.ReceivedOn is not { } on)
        {
            errors.Add(CustomerAccountsErrors.DateRequired());
        }
        else if (on > await clock.TodayAsync(ct))
        {
            errors.Add(CustomerAccountsErrors.DateInFuture());
        }

        CustomerInfo? customer = null;
        if (AccountChecks.Clean(input.Customer) is { } code)
        {
            customer = await customers.FindByCodeAsync(code, ct);
            if (customer is null)
            {
                errors.Add(CustomerAccountsErrors.CustomerNotFound());
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<Arrival>.Invalid([.. errors]);
        }

        if (await Taken(reference!, ct) is { } taken)
        {
            return taken;
        }

        var arrival = new Arrival
        {
            Id = Guid.NewGuid(), OutletId = outlet.Id, OutletCode = outlet.Code, Amount = input.Amount!.Value, BankReference = reference!, Payer = payer!,
            ReceivedOn = input.ReceivedOn!.Value, Note = note, Status = ArrivalStatus.Unmatched, RecordedAt = checks.Now, RecordedById = operatorId, RecordedBy = checks.LoginName,
        };
        try
        {
            return await transaction.RunAsync(async token =>
            {
                arrival.Number = await sequences.NextAsync(outlet.Id, Sequence, token);
                var posted = await ledger.PostAsync(new Posting($"{CustomerAccountsModule.ModuleId}.ArrivalRecord", arrival.Id.ToString(), outlet.Id, $"{arrival.Reference} transfer from {Short(arrival.Payer)}",
                    [PostingLine.Debit(AccountRef.Till(operatorId, outlet.Id, CheckedPayout.Transfer), arrival.Amount), PostingLine.Credit(AccountRef.OfOutlet(AccountKind.Suspense, outlet.Id), arrival.Amount)])
                    { Reference = arrival.BankReference }, token);
                if (!posted.Succeeded)
                {
                    return OperationResult<Arrival>.From(posted);
                }

                arrival.RecordEntryId = posted.Value!.EntryId;
                db.Add(arrival);
                audit.Record(new AuditRecord(CustomerAccountsModule.ModuleId, "Arrival.Record", nameof(Arrival), arrival.Reference, null,
                    new { amount = Money.Format(arrival.Amount), bankReference = arrival.BankReference, payer = arrival.Payer, receivedOn = arrival.ReceivedOn.ToString("yyyy-MM-dd") }));
                return customer is null ? OperationResult<Arrival>.Success(arrival) : await MatchInAsync(arrival, customer, token);
            }, ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            return await Taken(reference!, ct) ?? OperationResult<Arrival>.Conflict(CustomerAccountsErrors.ChangedMeanwhile());
        }
    }

    public async Task<OperationResult<Arrival>> MatchAsync(Guid id, string? customerCode, CancellationToken ct = default)
    {
        var place = await checks.PlaceAsync(false, ct);
        if (!place.Succeeded)
        {
            return OperationResult<Arrival>.From(place);
        }

        var arrival = await scope.Apply(db.Set<Arrival>().AsNoTracking()).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (arrival is null)
        {
            return OperationResult<Arrival>.NotFound(CustomerAccountsErrors.ArrivalNotFound());
        }

        if (AccountChecks.Clean(customerCode) is not { } code)
        {
            return OperationResult<Arrival>.Invalid(CustomerAccountsErrors.CustomerRequired() with { Message = "Enter the customer's code." });
        }

        if (arrival.Status == ArrivalStatus.Matched)
        {
            return Matched(arrival);
        }

        var customer = await customers.FindByCodeAsync(code, ct);
        if (customer is null)
        {
            return OperationResult<Arrival>.Invalid(CustomerAccountsErrors.CustomerNotFound());
        }

        if (customer.Status == "Closed")
        {
            return OperationResult<Arrival>.Conflict(CustomerAccountsErrors.CustomerClosed(customer.Code));
        }

        return await transaction.RunAsync(async token =>
        {
            db.Attach(arrival);
            return await MatchInAsync(arrival, customer, token);
        }, ct);
    }

    private async Task<OperationResult<Arrival>> MatchInAsync(Arrival arrival, CustomerInfo customer, CancellationToken ct)
    {
        var now = checks.Now;
        var login = checks.LoginName;
        if (db.Entry(arrival).State != EntityState.Added)
        {
            // Credited once: the status moves from Unmatched once; a second match waits for the first's row lock and then finds it matched.
            var moved = await db.Set<Arrival>().Where(a => a.Id == arrival.Id && a.Status == ArrivalStatus.Unmatched)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, ArrivalStatus.Matched), ct);
            if (moved == 0)
            {
                db.Entry(arrival).State = EntityState.Detached;
                var current = await db.Set<Arrival>().AsNoTracking().SingleAsync(a => a.Id == arrival.Id, ct);
                return Matched(current);
            }
        }

        var posted = await ledger.PostAsync(new Posting($"{CustomerAccountsModule.ModuleId}.ArrivalMatch", arrival.Id.ToString(), arrival.OutletId, $"{arrival.Reference} matched to {customer.Code}",
            [PostingLine.Debit(AccountRef.OfOutlet(AccountKind.Suspense, arrival.OutletId), arrival.Amount), PostingLine.Credit(AccountRef.Customer(customer.Id, customer.OutletId), arrival.Amount)])
            { Reference = arrival.BankReference }, ct);
        if (!posted.Succeeded)
        {
            return OperationResult<Arrival>.From(posted);
        }

        arrival.Status = ArrivalStatus.Matched;
        arrival.CustomerId = customer.Id;
        arrival.CustomerCode = customer.Code;
        arrival.CustomerName = customer.Name;
        arrival.MatchedAt = now;
        arrival.MatchedBy = login;
        arrival.MatchEntryId = posted.Value!.EntryId;
        audit.Record(new AuditRecord(CustomerAccountsModule.ModuleId, "Arrival.Match", nameof(Arrival), arrival.Reference, null,
            new { amount = Money.Format(arrival.Amount), customer = customer.Code, bankReference = arrival.BankReference }));
        return OperationResult<Arrival>.Success(arrival);
    }

    private async Task<OperationResult<Arrival>?> Taken(string reference, CancellationToken ct)
    {
        var existing = await db.Set<Arrival>().AsNoTracking().Where(a => a.BankReference == reference).Select(a => new { a.OutletCode, a.Number }).FirstOrDefaultAsync(ct);
        return existing is null ? null : OperationResult<Arrival>.Conflict(CustomerAccountsErrors.ReferenceTaken(reference, $"{existing.OutletCode}-A{existing.Number:D6}"));
    }

    private static OperationResult<Arrival> Matched(Arrival arrival)
    {
        var result = OperationResult<Arrival>.Conflict(CustomerAccountsErrors.ArrivalMatched(arrival.Reference, arrival.CustomerCode ?? ""));
        result.With("status", arrival.Status.ToString());
        result.With("customer", arrival.CustomerCode);
        return result;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60];
}
