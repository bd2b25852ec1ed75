using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Counter.Models;
using Admin.Modules.Operators.Contracts;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>A total of a day journal: by payment method (code) or by kind (code, with its label).</summary>
public sealed record JournalTotal(string Key, string Label, int Count, decimal Amount);

/// <summary>
/// A day journal: the day (China time), whose it is (one operator, or an outlet's whole counter when
/// <see cref="OperatorId"/> is null; every visible outlet when <see cref="OutletCode"/> is null too), the transactions
/// oldest first, and the totals.
/// </summary>
public sealed record DayJournal(
    DateOnly Date, DateTime FromUtc, DateTime ToUtc, string? OutletCode, Guid? OperatorId, string? OperatorLogin,
    IReadOnlyList<JournalEntry> Entries, IReadOnlyList<JournalTotal> ByPaymentMethod, IReadOnlyList<JournalTotal> ByKind)
{
    /// <summary>The local time's offset from UTC on that day (local midnight minus the day's start in UTC).</summary>
    public TimeSpan Offset => DateTime.SpecifyKind(Date.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc) - FromUtc;

    /// <summary>Money taken at the counter and still held (the entries with a payment method, less those since returned).</summary>
    public decimal Takings => ByPaymentMethod.Sum(t => t.Amount);

    /// <summary>The operators' display names (in the reader's language), by id: staff are shown by name, login name in small.</summary>
    public IReadOnlyDictionary<Guid, string> OperatorNames { get; init; } = new Dictionary<Guid, string>();

    /// <summary>The operator's display name, or null when unknown.</summary>
    public string? NameOf(Guid? operatorId) => operatorId is { } id && OperatorNames.TryGetValue(id, out var name) ? name : null;

    /// <summary>Money taken that is no longer held (cheques received and since bounced), apart from the takings.</summary>
    public IReadOnlyList<JournalEntry> NotHeld => Entries.Where(e => e.NotHeld && e.PaymentMethod is not null).ToList();

    /// <summary>The entries per operator (for an outlet's journal).</summary>
    public IReadOnlyList<(Guid? OperatorId, string? Login, int Count, decimal Takings)> ByOperator =>
        Entries.GroupBy(e => (e.OperatorId, e.OperatorLogin))
            .Select(g => (g.Key.OperatorId, g.Key.OperatorLogin, g.Count(), g.Where(e => e.PaymentMethod is not null && !e.NotHeld).Sum(e => e.Amount)))
            .OrderBy(g => g.OperatorLogin, StringComparer.Ordinal).ToList();
}

/// <summary>
/// The operator's day journal (操作员当日流水) and the outlet's, composed from every module's <see cref="IJournalSource"/>
/// (fee collections here; cheque receipts, clears and bounces from Cheques when it is enabled). "The day" is the calendar
/// day in the network's local time (<see cref="Kernel.Time.LocalClock"/>: China time, UTC+8, by default). Without an operator: the caller's own journal, or the
/// whole outlet for those who hold <see cref="CounterPermissions.ViewOutletJournal"/>. An operator or outlet the caller
/// may not see is "not found".
/// </summary>
public sealed class CounterJournal(
    IEnumerable<IJournalSource> sources, ICurrentOperator current, OutletScope scope, IOperatorDirectory operators, IOutletDirectory outlets,
    IAuthorizationService authorization, IHttpContextAccessor http, Kernel.Time.LocalClock local)
{
    /// <summary>Today in the network's local time.</summary>
    public Task<DateOnly> TodayAsync(CancellationToken ct = default) => local.TodayAsync(ct);

    /// <summary>Reads a journal request as typed (<paramref name="date"/> yyyy-MM-dd, <paramref name="operatorId"/> an id, <paramref name="outletCode"/> for head office).</summary>
    public async Task<OperationResult<DayJournal>> DayAsync(string? date, string? operatorId, string? outletCode, CancellationToken ct = default)
    {
        var day = await local.TodayAsync(ct);
        if (!string.IsNullOrWhiteSpace(date) && !DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return OperationResult<DayJournal>.Invalid(CounterErrors.JournalDateInvalid());
        }

        Guid? who = null;
        if (!string.IsNullOrWhiteSpace(operatorId))
        {
            if (!Guid.TryParse(operatorId.Trim(), out var parsed))
            {
                return OperationResult<DayJournal>.Invalid(CounterErrors.JournalOperatorInvalid());
            }

            who = parsed;
        }

        return await DayAsync(day, who, outletCode, ct);
    }

    /// <summary>The journal of <paramref name="day"/> for one operator or (null) the outlet.</summary>
    public async Task<OperationResult<DayJournal>> DayAsync(DateOnly day, Guid? operatorId, string? outletCode, CancellationToken ct = default)
    {
        var mayViewOutlet = await MayViewOutletAsync();
        Guid? outletId = null;
        string? outlet = null;
        if (!string.IsNullOrWhiteSpace(outletCode))
        {
            var found = await outlets.FindByCodeAsync(outletCode.Trim(), ct);
            if (found is null || !await scope.CanSeeAsync(found.Id, ct))
            {
                return OperationResult<DayJournal>.NotFound(CounterErrors.JournalOutletNotFound());
            }

            (outletId, outlet) = (found.Id, found.Code);
        }
        else if (!scope.SeesAllOutlets)
        {
            (outletId, outlet) = (current.OutletId ?? Guid.Empty, current.OutletCode);
        }

        string? login = null;
        if (operatorId is null && !mayViewOutlet)
        {
            // Without the outlet's journal permission, "no operator" is the caller's own journal.
            operatorId = current.OperatorId;
        }

        if (operatorId is { } id)
        {
            var op = await operators.FindAsync(id, ct);
            if (op is null || !await scope.CanSeeAsync(op.OutletId, ct) || (outletId is { } o && op.OutletId != o))
            {
                return OperationResult<DayJournal>.NotFound(CounterErrors.JournalOperatorNotFound());
            }

            if (id != current.OperatorId && !mayViewOutlet)
            {
                return OperationResult<DayJournal>.Fail(FailureKind.Forbidden, CounterErrors.JournalOtherOperator());
            }

            login = op.LoginName;
            (outletId, outlet) = (op.OutletId, op.OutletCode);
        }

        var range = Kernel.Time.LocalClock.DaysUtc(day, day, await local.OffsetAsync(ct));
        var (from, to) = (range.StartUtc, range.EndUtc);
        var request = new JournalRequest(from, to, outletId, operatorId, login);
        var entries = new List<JournalEntry>();
        foreach (var source in sources)
        {
            entries.AddRange(await source.ListAsync(request, ct));
        }

        entries = entries.OrderBy(e => e.At).ThenBy(e => e.Reference, StringComparer.Ordinal).ToList();
        var byMethod = entries.Where(e => e.PaymentMethod is not null && !e.NotHeld).GroupBy(e => e.PaymentMethod!)
            .Select(g => new JournalTotal(g.Key, g.Key, g.Count(), g.Sum(e => e.Amount))).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        var byKind = entries.GroupBy(e => (e.Kind, e.KindLabel))
            .Select(g => new JournalTotal(g.Key.Kind, g.Key.KindLabel, g.Count(), g.Sum(e => e.Amount))).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        return OperationResult<DayJournal>.Success(new DayJournal(day, from, to, outlet, operatorId, login, entries, byMethod, byKind));
    }

    /// <summary>True when the caller may see the whole outlet's journal and its other operators'.</summary>
    public async Task<bool> MayViewOutletAsync() =>
        http.HttpContext?.User is { } user && (await authorization.AuthorizeAsync(user, null, new PermissionRequirement(CounterPermissions.ViewOutletJournal))).Succeeded;
}

/// <summary>Fee collections in the day journal.</summary>
internal sealed class FeeCollectionJournalSource(AdminDbContext db, OutletScope scope, ModuleStates modules) : IJournalSource
{
    public async Task<IReadOnlyList<JournalEntry>> ListAsync(JournalRequest request, CancellationToken ct = default)
    {
        if (!modules.IsEnabled(CounterModule.ModuleId))
        {
            return [];
        }

        var query = scope.Apply(db.Set<FeeCollection>().AsNoTracking()).Where(c => c.At >= request.FromUtc && c.At < request.ToUtc);
        if (request.OutletId is { } outlet)
        {
            query = query.Where(c => c.OutletId == outlet);
        }

        if (request.OperatorId is { } op)
        {
            query = query.Where(c => c.OperatorId == op);
        }

        var rows = await query.Select(c => new { c.Id, c.At, c.OutletId, c.OutletCode, c.ReceiptNumber, c.OperatorId, c.OperatorLogin, c.CustomerCode, c.CustomerName, c.Total, c.PaymentMethod, c.ReviewerLogin })
            .ToListAsync(ct);
        return rows.Select(c => new JournalEntry(
            c.At, "FeeCollection", "Fee collection", FeeCollection.FormatReceipt(c.OutletCode, c.ReceiptNumber), c.OutletId, c.OutletCode, c.OperatorId, c.OperatorLogin,
            c.CustomerCode, c.CustomerName, c.Total, c.PaymentMethod, c.ReviewerLogin, $"/counter/collections/{c.Id}")).ToList();
    }
}
