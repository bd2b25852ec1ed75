using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Time;
using Admin.Modules.Closes.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Services;

/// <summary>What a daily close is given: the day (today when missing), the bank deposit slip's number and its amount.</summary>
public sealed record DayCloseInput(DateOnly? Day, string? SlipNumber, decimal? Amount);

/// <summary>Today at the operator's outlet: closed or not, the shifts still open, the cash held for handover, the report so far.</summary>
public sealed record DayStatus(Guid OutletId, string OutletCode, DateOnly Day, bool Closed, IReadOnlyList<TillShift> OpenShifts, decimal HeldForHandover, DayReport Report);

/// <summary>
/// The daily close (网点日结, 5.2): only when no shift with a task on or before the day is open (409 naming them); the cash
/// handed to the bank leaves the outlet's handover account for head-office settlement (D <c>HeadOfficeSettlement</c> · C
/// <c>Handover(Cash)</c>, the slip number as the entry's reference); the day's hash is computed after that entry; the day is
/// closed in the ledger, which from then on refuses every posting of the outlet dated in it.
/// </summary>
public sealed class DayCloses(AdminDbContext db, ClosesDesk desk, ILedger ledger, ILedgerPeriods periods, DayReports reports, IAuditTrail audit, TaskTransaction transaction)
{
    public const string TaskType = "Closes.Day";

    /// <summary>How far back a forgotten day may still be closed.</summary>
    public const int MaxDaysBack = 31;

    /// <summary>Today at the operator's outlet; null for head office (no till, nothing to close).</summary>
    public async Task<DayStatus?> StatusAsync(CancellationToken ct = default)
    {
        var where = await desk.OutletAsync(ct);
        if (!where.Succeeded)
        {
            return null;
        }

        var outlet = where.Value.Outlet;
        var day = await desk.TodayAsync(ct);
        return new DayStatus(outlet.Id, outlet.Code, day, await periods.IsDayClosedAsync(outlet.Id, day, ct), await periods.OpenShiftsAsync(outlet.Id, ct),
            await ledger.BalanceAsync(AccountRef.Handover(outlet.Id, "Cash"), ct), await reports.ReportAsync(outlet.Id, outlet.Code, day, ct));
    }

    public async Task<OperationResult<DayClose>> CloseAsync(DayCloseInput input, CancellationToken ct = default)
    {
        var where = await desk.OutletAsync(ct);
        if (!where.Succeeded)
        {
            return OperationResult<DayClose>.From(where);
        }

        var outlet = where.Value.Outlet;
        var today = await desk.TodayAsync(ct);
        var day = input.Day ?? today;
        var errors = new List<OperationError>();
        if (day > today)
        {
            errors.Add(ClosesErrors.DayInFuture(day));
        }
        else if (day < LocalClock.AddDaysClamped(today, -MaxDaysBack)
            && !await db.Set<PeriodReopening>().AnyAsync(r => r.OutletId == outlet.Id && r.Kind == PeriodKind.Day && r.Period == day, ct))
        {
            errors.Add(ClosesErrors.DayTooOld(LocalClock.AddDaysClamped(today, -MaxDaysBack)));
        }

        var slip = string.IsNullOrWhiteSpace(input.SlipNumber) ? null : input.SlipNumber.Trim();
        // The amount is stated, 0 when nothing is deposited: an empty form never closes a day.
        var amount = input.Amount ?? 0m;
        if (input.Amount is null)
        {
            errors.Add(ClosesErrors.AmountRequired());
        }
        else if (Money.Check(amount, "amount") is { } bad)
        {
            errors.Add(bad);
        }
        else if (amount > 0 && slip is null)
        {
            errors.Add(ClosesErrors.SlipRequired());
        }

        if (slip?.Length > DayClose.MaxSlip)
        {
            errors.Add(ClosesErrors.TooLong("slipNumber", DayClose.MaxSlip));
        }

        var held = await ledger.BalanceAsync(AccountRef.Handover(outlet.Id, "Cash"), ct);
        if (errors.Count == 0 && amount > held)
        {
            errors.Add(ClosesErrors.HandoverAboveHeld(held));
        }

        if (errors.Count > 0)
        {
            return OperationResult<DayClose>.Invalid([.. errors]);
        }

        if (await periods.IsDayClosedAsync(outlet.Id, day, ct))
        {
            return OperationResult<DayClose>.Conflict(ClosesErrors.DayAlreadyClosed(day));
        }

        var offset = await desk.OffsetAsync(ct);
        var open = (await periods.OpenShiftsAsync(outlet.Id, ct)).Where(s => s.FirstAt < LocalClock.EndUtc(day, offset)).ToList();
        if (open.Count > 0)
        {
            var names = open.Select(s => s.OperatorLogin ?? s.OperatorId.ToString("D")).ToList();
            var refused = OperationResult<DayClose>.Conflict(ClosesErrors.OpenShifts(string.Join(", ", names)));
            refused.With("openShifts", names);
            return refused;
        }

        var close = new DayClose
        {
            OutletId = outlet.Id, OutletCode = outlet.Code, Day = day, ClosedById = desk.OperatorId, ClosedBy = desk.LoginName, SlipNumber = slip, HandoverAmount = amount,
        };
        try
        {
            return await transaction.RunAsync(async token =>
            {
                close.ClosedAt = desk.Now;
                if (amount > 0)
                {
                    var posted = await ledger.PostAsync(new Posting(TaskType, close.Id.ToString(), outlet.Id, $"handover to head office {day:yyyy-MM-dd}",
                        [PostingLine.Debit(AccountRef.OfOutlet(AccountKind.HeadOfficeSettlement, outlet.Id), amount), PostingLine.Credit(AccountRef.Handover(outlet.Id, "Cash"), amount)])
                    { Reference = slip }, token);
                    if (!posted.Succeeded)
                    {
                        return OperationResult<DayClose>.From(posted);
                    }

                    close.HandoverEntryId = posted.Value!.EntryId;
                }

                var seal = await reports.SealAsync(outlet.Id, day, token);
                close.Hash = seal.Hash;
                close.Entries = seal.Entries;
                close.Lines = seal.Lines;
                close.Authorisations = seal.Authorisations;
                periods.CloseDay(outlet.Id, day, close.Id.ToString(), close.ClosedAt);
                db.Add(close);
                audit.Record(new AuditRecord(ClosesModule.ModuleId, "Day.Close", nameof(DayClose), $"{outlet.Code} {day:yyyy-MM-dd}", null, new
                {
                    Day = day.ToString("yyyy-MM-dd"), Slip = slip, Amount = Money.Format(amount), Entry = close.HandoverEntryId, close.Hash, close.Entries, close.Lines, close.Authorisations,
                })
                {
                    OutletId = outlet.Id, OutletCode = outlet.Code,
                });
                return OperationResult<DayClose>.Success(close);
            }, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return LostRace.Conflict<DayClose>();
        }
    }
}
