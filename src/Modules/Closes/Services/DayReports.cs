using System.Security.Cryptography;
using System.Text;
using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Closes.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Reviews.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Closes.Services;

/// <summary>What one payment method's tills took in and paid out in the day (shift closes left out).</summary>
public sealed record MethodTakings(string Method, decimal In, decimal Out)
{
    public decimal Net => In - Out;
}

/// <summary>One task type's entries in the day and what they moved through the tills.</summary>
public sealed record TaskTakings(string TaskType, int Entries, decimal In, decimal Out);

/// <summary>What the day's entries did to an account kind (deposits held, over/short, handover…): its debits and credits.</summary>
public sealed record KindMovement(AccountKind Kind, decimal Debits, decimal Credits);

/// <summary>The fingerprint of a day: the SHA-256 over its ledger digest and authorisation records, with what it covers.</summary>
public sealed record DaySeal(string Hash, int Entries, int Lines, int Authorisations, int Granted);

/// <summary>
/// The outlet's day report (日结报表): takings by payment method and by task, card issues, deposits, reviews, shift closes
/// and their differences, the handover; from the ledger and the authorisation log, so it reads the same before and after the close.
/// </summary>
public sealed record DayReport(
    Guid OutletId, string OutletCode, DateOnly Day, DayClose? Close, IReadOnlyList<MethodTakings> ByMethod, IReadOnlyList<TaskTakings> ByTask,
    int CardIssues, IReadOnlyList<KindMovement> Kinds, int ReviewsGranted, int ReviewsRefused, IReadOnlyList<ShiftClose> Shifts)
{
    public decimal Differences => Shifts.Sum(s => s.Difference);

    /// <summary>Reopenings of this day or its month by head office (shown on the report).</summary>
    public IReadOnlyList<PeriodReopening> Reopenings { get; init; } = [];
}

/// <summary>A closed day checked again: the stored hash, the hash the data gives now, and whether they agree.</summary>
public sealed record DayVerification(DayClose Close, string Now)
{
    public bool Intact => string.Equals(Close.Hash, Now, StringComparison.Ordinal);
}

/// <summary>The day report, the day's seal, and the verification of closed days.</summary>
public sealed class DayReports(AdminDbContext db, ILedgerPeriods periods, IAuthorisationRecords authorisations, LocalClock local, OutletScope scope)
{
    /// <summary>The hash of the outlet's local day: its ledger entries and lines, then its authorisation records in chain order.</summary>
    public async Task<DaySeal> SealAsync(Guid outletId, DateOnly day, CancellationToken ct = default)
    {
        var offset = await local.OffsetAsync(ct);
        var (from, to) = (LocalClock.StartUtc(day, offset), LocalClock.EndUtc(day, offset));
        var ledger = await periods.DigestAsync(outletId, from, to, ct);
        var records = await authorisations.OfAsync(outletId, from, to, ct);
        var text = new StringBuilder();
        text.Append("ledger|").Append(ledger.Hash).Append('|').Append(ledger.Entries).Append('|').Append(ledger.Lines).Append('\n');
        foreach (var r in records)
        {
            text.Append("auth|").Append(r.Sequence).Append('|').Append(r.Hash).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new DaySeal(hash, ledger.Entries, ledger.Lines, records.Count, records.Count(r => r.Granted));
    }

    public async Task<DayReport> ReportAsync(Guid outletId, string outletCode, DateOnly day, CancellationToken ct = default)
    {
        var offset = await local.OffsetAsync(ct);
        var (from, to) = (LocalClock.StartUtc(day, offset), LocalClock.EndUtc(day, offset));
        var sums = await periods.SumsAsync(outletId, from, to, ct);
        var tasks = sums.Lines.Where(l => !l.TaskType.StartsWith(ClosesModule.ModuleId + ".", StringComparison.Ordinal)).ToList();
        var tills = tasks.Where(l => l.Kind == AccountKind.Till).ToList();
        var byMethod = tills.GroupBy(l => l.PaymentMethod ?? "").Select(g => new MethodTakings(g.Key, g.Sum(l => l.Debits), g.Sum(l => l.Credits))).OrderBy(m => m.Method, StringComparer.Ordinal).ToList();
        var byTask = sums.EntriesByTask.Where(t => !t.Key.StartsWith(ClosesModule.ModuleId + ".", StringComparison.Ordinal))
            .Select(t => new TaskTakings(t.Key, t.Value, tills.Where(l => l.TaskType == t.Key).Sum(l => l.Debits), tills.Where(l => l.TaskType == t.Key).Sum(l => l.Credits)))
            .OrderBy(t => t.TaskType, StringComparer.Ordinal).ToList();
        var kinds = sums.Lines.Where(l => l.Kind is AccountKind.Deposit or AccountKind.CustomerDeposit or AccountKind.OverShort or AccountKind.Handover or AccountKind.HeadOfficeSettlement)
            .GroupBy(l => l.Kind).Select(g => new KindMovement(g.Key, g.Sum(l => l.Debits), g.Sum(l => l.Credits))).OrderBy(k => k.Kind).ToList();
        var records = await authorisations.OfAsync(outletId, from, to, ct);
        var shifts = await db.Set<ShiftClose>().AsNoTracking().Include(s => s.Lines).Where(s => s.OutletId == outletId && s.Day == day).OrderBy(s => s.ClosedAt).ToListAsync(ct);
        var close = await db.Set<DayClose>().AsNoTracking().FirstOrDefaultAsync(d => d.OutletId == outletId && d.Day == day, ct);
        var monthOfDay = new DateOnly(day.Year, day.Month, 1);
        return new DayReport(outletId, outletCode, day, close, byMethod, byTask,
            sums.EntriesByTask.Where(t => t.Key.StartsWith("Issuing.", StringComparison.Ordinal)).Sum(t => t.Value), kinds,
            records.Count(r => r.Granted), records.Count(r => !r.Granted), shifts)
        {
            Reopenings = await db.Set<PeriodReopening>().AsNoTracking()
                .Where(r => r.OutletId == outletId && (r.Kind == PeriodKind.Day && r.Period == day || r.Kind == PeriodKind.Month && r.Period == monthOfDay))
                .OrderBy(r => r.ReopenedAt).ToListAsync(ct),
        };
    }

    /// <summary>Recomputes the hash of one closed day.</summary>
    public async Task<DayVerification> VerifyAsync(DayClose close, CancellationToken ct = default) =>
        new(close, (await SealAsync(close.OutletId, close.Day, ct)).Hash);

    /// <summary>Every visible closed day (of one outlet when given) in the span, checked; the changed ones first.</summary>
    public async Task<IReadOnlyList<DayVerification>> VerifyAllAsync(string? outletCode, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var query = scope.Apply(db.Set<DayClose>().AsNoTracking());
        if (!string.IsNullOrWhiteSpace(outletCode))
        {
            var code = outletCode.Trim();
            query = query.Where(d => d.OutletCode == code);
        }

        if (from is { } f)
        {
            query = query.Where(d => d.Day >= f);
        }

        if (to is { } t)
        {
            query = query.Where(d => d.Day <= t);
        }

        var results = new List<DayVerification>();
        foreach (var close in await query.OrderByDescending(d => d.Day).ThenBy(d => d.OutletCode).Take(VerifyLimit).ToListAsync(ct))
        {
            results.Add(await VerifyAsync(close, ct));
        }

        return results.OrderBy(r => r.Intact).ToList();
    }

    /// <summary>The most closed days one verification checks (a branch's month is far fewer).</summary>
    public const int VerifyLimit = 1000;
}
