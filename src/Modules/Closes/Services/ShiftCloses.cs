using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Time;
using Admin.Modules.Closes.Models;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Services;

/// <summary>
/// The shift close (操作员班结, 5.1). Expected is the operator's till in the ledger per payment method (the till is emptied
/// at every close, so its balance is what came in since the last one). One entry per close: D <c>Handover(method)</c> the
/// counted amount · C <c>Till(operator, method)</c> the expected amount · the difference to <c>OverShort(operator)</c> (C when
/// over, D when short); the till is then zero. A difference beyond the tolerance (the review point's parameter) in any
/// method needs a colleague's review. The ledger's shift mark then makes the shift's tasks reversible only.
/// </summary>
public sealed class ShiftCloses(
    AdminDbContext db, ClosesDesk desk, ILedger ledger, ILedgerPeriods periods, IReviewPoints points, CounterTask task, TaskTransaction transaction)
{
    public const string TaskType = "Closes.Shift";

    /// <summary>The operator's open till as the close will see it (for the screen: tasks since, first task).</summary>
    public async Task<TillShift?> CurrentAsync(CancellationToken ct = default)
    {
        var where = await desk.OutletAsync(ct);
        return where.Succeeded ? await periods.ShiftAsync(where.Value.OperatorId, where.Value.Outlet.Id, ct) : null;
    }

    public async Task<OperationResult<ShiftClose>> CloseAsync(ShiftCloseInput input, CancellationToken ct = default)
    {
        var where = await desk.OutletAsync(ct);
        if (!where.Succeeded)
        {
            return OperationResult<ShiftClose>.From(where);
        }

        var count = ShiftCountCheck.Check(input);
        if (!count.Succeeded)
        {
            return OperationResult<ShiftClose>.From(count);
        }

        var (outlet, operatorId) = where.Value;
        var shift = await periods.ShiftAsync(operatorId, outlet.Id, ct);
        if (!shift.IsOpen && shift.Balances.Values.All(b => b == 0))
        {
            return OperationResult<ShiftClose>.Conflict(ClosesErrors.NothingToClose());
        }

        var tolerance = decimal.TryParse(await points.GetParameterAsync(ClosesReviewPoints.ShiftDifference, ClosesReviewPoints.ToleranceParameter, ct),
            NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var t) ? t : 0m;
        var close = new ShiftClose
        {
            OutletId = outlet.Id, OutletCode = outlet.Code, OperatorId = operatorId, OperatorLogin = desk.LoginName, Tolerance = tolerance,
            Denominations = count.Value!.Denominations, Note = count.Value.Note, OpenedAt = shift.FirstAt, Tasks = shift.Entries,
        };
        close.Count(shift.Balances, count.Value.Counted, ChartOfAccounts.TillMethods);
        var reasons = close.BeyondTolerance(tolerance)
            .Select(l => new ReviewReason(ClosesReviewPoints.ShiftDifference, "{0}: counted {1}, the ledger expects {2}, a difference of {3} beyond the tolerance of {4}",
                l.PaymentMethod, Money.Format(l.Counted), Money.Format(l.Expected), Money.Format(l.Difference), Money.Format(tolerance)))
            .ToList();
        var summary = CanonicalJson.Object(s => s
            .Text("operator", close.OperatorLogin).Text("outlet", outlet.Code).Number("lastEntry", shift.LastEntryId)
            .List("lines", close.Lines, (o, l) => o.Text("method", l.PaymentMethod).Amount("expected", l.Expected).Amount("counted", l.Counted)));
        var review = await task.ReviewAsync(new ReviewRequest(TaskType, outlet.Id, reasons, summary, input.Review),
            new ReviewText("the shift close of {0}: counted {1}, the ledger expects {2}", close.OperatorLogin, Money.Format(close.Counted), Money.Format(close.Expected)), ct);
        if (!review.Succeeded)
        {
            return OperationResult<ShiftClose>.From(review);
        }

        try
        {
            return await transaction.RunAsync(token => WriteAsync(close, shift, review.Value, token), ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return LostRace.Conflict<ShiftClose>();
        }
    }

    private async Task<OperationResult<ShiftClose>> WriteAsync(ShiftClose close, TillShift counted, ReviewGrant? grant, CancellationToken ct)
    {
        // What was counted against must still be the till: a task posted meanwhile would be closed without being counted.
        var now = await periods.ShiftAsync(close.OperatorId, close.OutletId, ct);
        if (now.LastEntryId != counted.LastEntryId || now.Balances.Any(b => counted.Balances.GetValueOrDefault(b.Key) != b.Value))
        {
            return OperationResult<ShiftClose>.Conflict(ClosesErrors.TillMoved());
        }

        close.ClosedAt = desk.Now;
        close.Day = LocalClock.DayOf(close.ClosedAt, await desk.OffsetAsync(ct));
        var earlier = await db.Set<ShiftClose>().CountAsync(s => s.OutletId == close.OutletId && s.OperatorId == close.OperatorId && s.Day == close.Day, ct);
        close.Number = $"{close.OutletCode}-{close.Day:yyyyMMdd}-{close.OperatorLogin}-{earlier + 1}";
        close.ReviewerLogin = grant?.ReviewerLogin;
        var lines = Posting(close);
        close.LastEntryId = counted.LastEntryId;
        if (lines.Count > 0)
        {
            var posted = await ledger.PostAsync(new Posting(TaskType, close.Id.ToString(), close.OutletId, $"shift close {close.OperatorLogin}", lines) { Reference = Reference(close.Number) }, ct);
            if (!posted.Succeeded)
            {
                return OperationResult<ShiftClose>.From(posted);
            }

            close.EntryId = posted.Value!.EntryId;
            close.LastEntryId = posted.Value.EntryId;
        }

        periods.MarkShiftClosed(close.OperatorId, close.OutletId, close.LastEntryId, close.Id.ToString(), close.ClosedAt);
        db.Add(close);
        await task.RecordAsync(new AuditRecord(ClosesModule.ModuleId, "Shift.Close", nameof(ShiftClose), close.Number, null, new
        {
            Expected = Money.Format(close.Expected), Counted = Money.Format(close.Counted), Difference = Money.Format(close.Difference), close.Tasks, Entry = close.EntryId,
            Lines = close.Lines.Select(l => new { Method = l.PaymentMethod, Expected = Money.Format(l.Expected), Counted = Money.Format(l.Counted) }),
        })
        {
            OutletId = close.OutletId, OutletCode = close.OutletCode,
        }, grant, close.Id.ToString(), ct);
        return OperationResult<ShiftClose>.Success(close);
    }

    /// <summary>The close's entry: the count to handover, the till emptied, the difference to over/short (zero lines left out).</summary>
    internal static List<PostingLine> Posting(ShiftClose close)
    {
        var lines = new List<PostingLine>();
        foreach (var l in close.Lines)
        {
            if (l.Counted != 0)
            {
                lines.Add(PostingLine.Debit(AccountRef.Handover(close.OutletId, l.PaymentMethod), l.Counted));
            }

            if (l.Expected != 0)
            {
                lines.Add(PostingLine.Credit(AccountRef.Till(close.OperatorId, close.OutletId, l.PaymentMethod), l.Expected));
            }

            if (l.Difference != 0)
            {
                lines.Add(PostingLine.Credit(AccountRef.OverShort(close.OperatorId, close.OutletId), l.Difference));
            }
        }

        return lines.Count >= 2 ? lines : [];
    }

    private static string Reference(string number) => number.Length <= 64 ? number : number[..64];
}
