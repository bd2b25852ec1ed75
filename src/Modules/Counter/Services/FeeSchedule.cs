using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>A fee item as screens and the API show it: the amount in force today, the next one if scheduled, and the history.</summary>
public sealed record FeeItemView(Guid Id, string Code, string NameEn, string NameZh, bool IsActive, decimal? Amount, DateOnly? EffectiveFrom, IReadOnlyList<FeeAmountView> History, long Version, bool ReviewWhenChanged = true)
{
    /// <summary>The name in the current UI language.</summary>
    public string Name => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;
}

/// <summary>One amount of a fee item's history.</summary>
public sealed record FeeAmountView(decimal Amount, DateOnly EffectiveFrom, DateTime RecordedAt, string? RecordedBy);

/// <summary>
/// The fee schedule (服务费信息维护). Head office maintains it; a changed amount is a new row effective from a date, so a
/// collection made before keeps the amount it saw (collections also copy it onto their lines). Every change is audited.
/// </summary>
public sealed class FeeSchedule(AdminDbContext db, IAuditTrail audit, TimeProvider clock, Kernel.Time.LocalClock local, OutletScope scope, ICurrentOperator current)
{
    private DateOnly? _today;

    /// <summary>Every fee item, by code, with today's amount.</summary>
    public async Task<IReadOnlyList<FeeItemView>> ListAsync(bool activeOnly = false, CancellationToken ct = default)
    {
        await LoadTodayAsync(ct);
        var items = await db.Set<FeeItem>().AsNoTracking().Include(f => f.Amounts).Where(f => !activeOnly || f.IsActive).ToListAsync(ct);
        var today = Today();
        return items.OrderBy(f => f.Code, StringComparer.Ordinal).Select(f => View(f, today)).ToList();
    }

    /// <summary>One fee item, or null.</summary>
    public async Task<FeeItemView?> FindAsync(string code, CancellationToken ct = default)
    {
        await LoadTodayAsync(ct);
        var item = await db.Set<FeeItem>().AsNoTracking().Include(f => f.Amounts).FirstOrDefaultAsync(f => f.Code == code, ct);
        return item is null ? null : View(item, Today());
    }

    /// <summary>Creates a fee item with its first amount (effective today unless a date is given). Head office only.</summary>
    public async Task<OperationResult<FeeItemView>> CreateAsync(string? code, string? nameEn, string? nameZh, decimal? amount, string? effectiveFrom, bool? reviewWhenChanged, CancellationToken ct = default)
    {
        await LoadTodayAsync(ct);
        if (!scope.SeesAllOutlets)
        {
            return OperationResult<FeeItemView>.Fail(FailureKind.Forbidden, CounterErrors.HeadOfficeOnly());
        }

        var errors = CheckItem(code, nameEn, nameZh);
        if (Money.Check(amount, "amount") is { } bad)
        {
            errors.Add(bad);
        }

        var from = ParseFrom(effectiveFrom, errors);
        if (errors.Count > 0)
        {
            return OperationResult<FeeItemView>.Invalid([.. errors]);
        }

        code = code!.Trim().ToUpperInvariant();
        if (await db.Set<FeeItem>().AnyAsync(f => f.Code == code, ct))
        {
            return OperationResult<FeeItemView>.Conflict(CounterErrors.FeeCodeTaken(code));
        }

        var item = NewItem(code, nameEn!, nameZh!, amount!.Value, from);
        item.ReviewWhenChanged = reviewWhenChanged ?? true;
        db.Add(item);
        audit.Record(new AuditRecord(CounterModule.ModuleId, "FeeItem.Create", nameof(FeeItem), code, null, Snapshot(item, amount.Value, from)));
        await db.SaveChangesAsync(ct);
        return OperationResult<FeeItemView>.Success(View(item, Today()));
    }

    /// <summary>
    /// Changes a fee item: its names, whether it is offered, and (when <paramref name="amount"/> is given) a new amount from
    /// <paramref name="effectiveFrom"/> (today or later; the same date replaces a scheduled amount). Head office only.
    /// </summary>
    public async Task<OperationResult<FeeItemView>> UpdateAsync(string code, string? nameEn, string? nameZh, bool? isActive, decimal? amount, string? effectiveFrom, string? version, bool? reviewWhenChanged, CancellationToken ct = default)
    {
        await LoadTodayAsync(ct);
        var item = await db.Set<FeeItem>().Include(f => f.Amounts).FirstOrDefaultAsync(f => f.Code == code, ct);
        if (item is null)
        {
            return OperationResult<FeeItemView>.NotFound(CounterErrors.FeeNotFound(code));
        }

        if (!scope.SeesAllOutlets)
        {
            return OperationResult<FeeItemView>.Fail(FailureKind.Forbidden, CounterErrors.HeadOfficeOnly());
        }

        var errors = CheckItem(item.Code, nameEn, nameZh);
        if (amount is not null && Money.Check(amount, "amount") is { } bad)
        {
            errors.Add(bad);
        }

        var from = ParseFrom(effectiveFrom, errors);
        if (amount is not null && from < Today())
        {
            errors.Add(CounterErrors.EffectiveFromPast());
        }

        if (errors.Count > 0)
        {
            return OperationResult<FeeItemView>.Invalid([.. errors]);
        }

        if (Versions.Expect(db, item, version) is { } stale)
        {
            return OperationResult<FeeItemView>.From(stale);
        }

        var today = Today();
        var before = Snapshot(item, item.AmountOn(today)?.Amount, item.AmountOn(today)?.EffectiveFrom);
        item.NameEn = nameEn!.Trim();
        item.NameZh = nameZh!.Trim();
        item.IsActive = isActive ?? item.IsActive;
        item.ReviewWhenChanged = reviewWhenChanged ?? item.ReviewWhenChanged;
        if (amount is { } newAmount)
        {
            var existing = item.Amounts.FirstOrDefault(a => a.EffectiveFrom == from);
            if (existing is not null)
            {
                existing.Amount = newAmount;
                existing.RecordedAt = clock.GetUtcNow().UtcDateTime;
                existing.RecordedBy = current.LoginName;
            }
            else
            {
                var row = NewAmount(item.Id, newAmount, from);
                item.Amounts.Add(row);
                db.Add(row);
            }

            // A new amount changes the item even when the names stay: bump its version.
            db.Entry(item).State = EntityState.Modified;
        }

        if (db.ChangeTracker.Entries().All(e => e.State == EntityState.Unchanged))
        {
            return OperationResult<FeeItemView>.Success(View(item, today));
        }

        audit.Record(new AuditRecord(CounterModule.ModuleId, "FeeItem.Update", nameof(FeeItem), item.Code, before, Snapshot(item, amount ?? item.AmountOn(today)?.Amount, amount is null ? item.AmountOn(today)?.EffectiveFrom : from)));
        return await Versions.SaveAsync(db, item, ct) is { } conflict
            ? OperationResult<FeeItemView>.From(conflict)
            : OperationResult<FeeItemView>.Success(View(item, today));
    }

    /// <summary>For recipes: creates the item, or updates its names and adds the amount when it differs from the one in force. Not scoped.</summary>
    public async Task<OperationResult> UpsertAsync(string? code, string? nameEn, string? nameZh, decimal? amount, string? effectiveFrom, bool? reviewWhenChanged, CancellationToken ct = default)
    {
        await LoadTodayAsync(ct);
        var errors = CheckItem(code, nameEn, nameZh);
        if (Money.Check(amount, "amount") is { } bad)
        {
            errors.Add(bad);
        }

        var from = ParseFrom(effectiveFrom, errors);
        if (errors.Count > 0)
        {
            return OperationResult.Invalid([.. errors]);
        }

        code = code!.Trim().ToUpperInvariant();
        var item = await db.Set<FeeItem>().Include(f => f.Amounts).FirstOrDefaultAsync(f => f.Code == code, ct);
        if (item is null)
        {
            item = NewItem(code, nameEn!, nameZh!, amount!.Value, from);
            item.ReviewWhenChanged = reviewWhenChanged ?? true;
            db.Add(item);
            audit.Record(new AuditRecord(CounterModule.ModuleId, "FeeItem.Create", nameof(FeeItem), code, null, Snapshot(item, amount.Value, from)));
        }
        else
        {
            var inForce = item.AmountOn(from);
            item.NameEn = nameEn!.Trim();
            item.NameZh = nameZh!.Trim();
            item.ReviewWhenChanged = reviewWhenChanged ?? item.ReviewWhenChanged;
            if (inForce?.Amount != amount)
            {
                var row = item.Amounts.FirstOrDefault(a => a.EffectiveFrom == from);
                if (row is null)
                {
                    db.Add(NewAmount(item.Id, amount!.Value, from));
                }
                else
                {
                    row.Amount = amount!.Value;
                }
            }

            if (db.ChangeTracker.HasChanges())
            {
                audit.Record(new AuditRecord(CounterModule.ModuleId, "FeeItem.Update", nameof(FeeItem), code, null, Snapshot(item, amount!.Value, from)));
            }
        }

        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    private FeeItem NewItem(string code, string nameEn, string nameZh, decimal amount, DateOnly from)
    {
        var item = new FeeItem { Id = Guid.NewGuid(), Code = code, NameEn = nameEn.Trim(), NameZh = nameZh.Trim(), IsActive = true };
        item.Amounts.Add(NewAmount(item.Id, amount, from));
        return item;
    }

    private FeeAmount NewAmount(Guid itemId, decimal amount, DateOnly from) =>
        new() { Id = Guid.NewGuid(), FeeItemId = itemId, Amount = amount, EffectiveFrom = from, RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = current.LoginName };

    private static List<OperationError> CheckItem(string? code, string? nameEn, string? nameZh)
    {
        var errors = new List<OperationError>();
        var c = code?.Trim() ?? "";
        if (c.Length is 0 or > 20 || !c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_'))
        {
            errors.Add(CounterErrors.FeeCodeInvalid());
        }

        if (string.IsNullOrWhiteSpace(nameEn) || nameEn.Trim().Length > 100)
        {
            errors.Add(CounterErrors.FeeNameRequired("nameEn"));
        }

        if (string.IsNullOrWhiteSpace(nameZh) || nameZh.Trim().Length > 100)
        {
            errors.Add(CounterErrors.FeeNameRequired("nameZh"));
        }

        return errors;
    }

    private DateOnly ParseFrom(string? text, List<OperationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Today();
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(CounterErrors.EffectiveFromInvalid());
        return Today();
    }

    private static FeeItemView View(FeeItem f, DateOnly today)
    {
        var inForce = f.AmountOn(today);
        return new FeeItemView(f.Id, f.Code, f.NameEn, f.NameZh, f.IsActive, inForce?.Amount, inForce?.EffectiveFrom,
            f.Amounts.OrderByDescending(a => a.EffectiveFrom).Select(a => new FeeAmountView(a.Amount, a.EffectiveFrom, a.RecordedAt, a.RecordedBy)).ToList(), f.Version,
            f.ReviewWhenChanged);
    }

    private static object Snapshot(FeeItem f, decimal? amount, DateOnly? from) => new
    {
        f.Code, f.NameEn, f.NameZh, f.IsActive, f.ReviewWhenChanged, Amount = amount is { } a ? Money.Format(a) : null, EffectiveFrom = from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    // The network's local day, read at the start of each public call (LoadTodayAsync) so the helpers stay synchronous.
    private DateOnly Today() => _today ?? throw new InvalidOperationException("LoadTodayAsync first.");

    private async Task LoadTodayAsync(CancellationToken ct) => _today = await local.TodayAsync(ct);
}
