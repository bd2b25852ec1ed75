using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Dictionaries.Contracts;
using Admin.Modules.Dictionaries.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Dictionaries.Services;

/// <summary>What a new entry or a change of one says.</summary>
public sealed record EntryInput(string? Code, string? NameEn, string? NameZh, int? Order);

/// <summary>Head office's maintenance of the code tables (audited). Entries are never deleted; a used code never changes.</summary>
public sealed class DictionaryService(AdminDbContext db, IAuditTrail audit, IDictionaries reader)
{
    public const int MaxOrder = 9999;

    /// <summary>The entries of a table in display order, or not found for an unknown table.</summary>
    public async Task<OperationResult<(DictionaryKind Kind, IReadOnlyList<DictionaryEntry> Entries)>> ListAsync(string? kind, CancellationToken ct = default)
    {
        if (DictionaryKind.Find(kind) is not { } k)
        {
            return OperationResult<(DictionaryKind, IReadOnlyList<DictionaryEntry>)>.NotFound(DictionariesErrors.KindUnknown());
        }

        var entries = await db.Set<DictionaryEntry>().AsNoTracking().Where(e => e.Kind == k.Code)
            .OrderBy(e => e.SortOrder).ThenBy(e => e.Code).ToListAsync(ct);
        return OperationResult<(DictionaryKind, IReadOnlyList<DictionaryEntry>)>.Success((k, entries));
    }

    /// <summary>The entry, or null (an unknown table has none).</summary>
    public async Task<DictionaryEntry?> FindAsync(string? kind, string? code, CancellationToken ct = default)
    {
        if (DictionaryKind.Find(kind) is not { } k || string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var c = code.Trim();
        return await db.Set<DictionaryEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Kind == k.Code && e.Code == c, ct);
    }

    /// <summary>The entry's audit history, newest first.</summary>
    public async Task<IReadOnlyList<AuditEvent>> HistoryAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<AuditEvent>().AsNoTracking()
            .Where(e => e.Module == DictionariesModule.ModuleId && e.EntityType == nameof(DictionaryEntry) && e.EntityId == id.ToString())
            .OrderByDescending(e => e.Id).Take(100).ToListAsync(ct);

    /// <summary>Adds an entry to a table that takes new codes; <paramref name="used"/> (recipes) fixes its code at once.</summary>
    public async Task<OperationResult<DictionaryEntry>> CreateAsync(string? kind, EntryInput input, CancellationToken ct = default, bool used = false, bool seeding = false)
    {
        if (DictionaryKind.Find(kind) is not { } k)
        {
            return OperationResult<DictionaryEntry>.NotFound(DictionariesErrors.KindUnknown());
        }

        var errors = Check(input, withCode: true);
        if (k.Fixed && !seeding)
        {
            errors.Insert(0, DictionariesErrors.KindFixed());
        }

        if (errors.Count > 0)
        {
            return OperationResult<DictionaryEntry>.Invalid([.. errors]);
        }

        var code = input.Code!.Trim();
        if (await db.Set<DictionaryEntry>().AnyAsync(e => e.Kind == k.Code && e.Code == code, ct))
        {
            return OperationResult<DictionaryEntry>.Conflict(DictionariesErrors.CodeTaken(code));
        }

        var order = input.Order ?? (await db.Set<DictionaryEntry>().Where(e => e.Kind == k.Code).MaxAsync(e => (int?)e.SortOrder, ct) ?? 0) + 10;
        var entry = new DictionaryEntry
        {
            Id = Guid.NewGuid(), Kind = k.Code, Code = code, NameEn = input.NameEn!.Trim(), NameZh = input.NameZh!.Trim(),
            SortOrder = Math.Min(order, MaxOrder), Active = true, Used = used || k.Fixed,
        };
        db.Add(entry);
        audit.Record(new AuditRecord(DictionariesModule.ModuleId, "Entry.Create", nameof(DictionaryEntry), entry.Id.ToString(), null, Snapshot(entry)));
        return await SaveAsync(entry, ct);
    }

    /// <summary>Changes an entry's names, order and (while no record uses it) code. A stale version is a conflict.</summary>
    public async Task<OperationResult<DictionaryEntry>> UpdateAsync(string? kind, string? code, EntryInput input, string? version, CancellationToken ct = default)
    {
        var entry = await TrackedAsync(kind, code, ct);
        if (entry is null)
        {
            return OperationResult<DictionaryEntry>.NotFound(DictionariesErrors.NotFound());
        }

        var errors = Check(input with { Code = string.IsNullOrWhiteSpace(input.Code) ? entry.Code : input.Code }, withCode: true);
        if (errors.Count > 0)
        {
            return OperationResult<DictionaryEntry>.Invalid([.. errors]);
        }

        if (Versions.Expect(db, entry, version) is { } stale)
        {
            return OperationResult<DictionaryEntry>.From(stale);
        }

        var newCode = string.IsNullOrWhiteSpace(input.Code) ? entry.Code : input.Code.Trim();
        if (newCode != entry.Code && await db.Set<DictionaryEntry>().AnyAsync(e => e.Kind == entry.Kind && e.Code == newCode, ct))
        {
            return OperationResult<DictionaryEntry>.Conflict(DictionariesErrors.CodeTaken(newCode));
        }

        var before = Snapshot(entry);
        var changed = entry.ChangeCode(newCode);
        if (!changed.Succeeded)
        {
            return OperationResult<DictionaryEntry>.From(changed);
        }

        entry.NameEn = input.NameEn!.Trim();
        entry.NameZh = input.NameZh!.Trim();
        entry.SortOrder = input.Order ?? entry.SortOrder;
        if (db.Entry(entry).State == EntityState.Unchanged)
        {
            return OperationResult<DictionaryEntry>.Success(entry);
        }

        audit.Record(new AuditRecord(DictionariesModule.ModuleId, "Entry.Update", nameof(DictionaryEntry), entry.Id.ToString(), before, Snapshot(entry)));
        return await SaveAsync(entry, ct);
    }

    /// <summary>Deactivates (forms stop offering it; records keep its name) or reactivates an entry.</summary>
    public async Task<OperationResult<DictionaryEntry>> SetActiveAsync(string? kind, string? code, bool active, string? version, CancellationToken ct = default)
    {
        var entry = await TrackedAsync(kind, code, ct);
        if (entry is null)
        {
            return OperationResult<DictionaryEntry>.NotFound(DictionariesErrors.NotFound());
        }

        if (version is not null && Versions.Expect(db, entry, version) is { } stale)
        {
            return OperationResult<DictionaryEntry>.From(stale);
        }

        var changed = entry.SetActive(active);
        if (!changed.Succeeded)
        {
            return OperationResult<DictionaryEntry>.From(changed);
        }

        audit.Record(new AuditRecord(DictionariesModule.ModuleId, active ? "Entry.Reactivate" : "Entry.Deactivate", nameof(DictionaryEntry), entry.Id.ToString(),
            new { Active = !active }, new { Active = active }));
        return await SaveAsync(entry, ct);
    }

    /// <summary>The setup recipe's upsert by (table, code): adds what is missing, renames what differs; never deactivates.</summary>
    internal async Task<OperationResult> UpsertAsync(string? kind, EntryInput input, bool used, CancellationToken ct)
    {
        var existing = await TrackedAsync(kind, input.Code, ct);
        if (existing is null)
        {
            return await CreateAsync(kind, input, ct, used, seeding: true);
        }

        if (used && !existing.Used)
        {
            existing.Used = true;
        }

        return await UpdateAsync(kind, input.Code, input with { Order = input.Order ?? existing.SortOrder }, null, ct);
    }

    private async Task<DictionaryEntry?> TrackedAsync(string? kind, string? code, CancellationToken ct)
    {
        if (DictionaryKind.Find(kind) is not { } k || string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var c = code.Trim();
        return await db.Set<DictionaryEntry>().FirstOrDefaultAsync(e => e.Kind == k.Code && e.Code == c, ct);
    }

    private static List<OperationError> Check(EntryInput input, bool withCode)
    {
        var errors = new List<OperationError>();
        if (withCode && DictionaryEntry.CheckCode(input.Code) is { } codeError)
        {
            errors.Add(codeError);
        }

        errors.AddRange(DictionaryEntry.CheckNames(input.NameEn, input.NameZh));
        if (input.Order is < 0 or > MaxOrder)
        {
            errors.Add(DictionariesErrors.OrderInvalid());
        }

        return errors;
    }

    internal static object Snapshot(DictionaryEntry e) => new { e.Kind, e.Code, e.NameEn, e.NameZh, Order = e.SortOrder, e.Active };

    private async Task<OperationResult<DictionaryEntry>> SaveAsync(DictionaryEntry entry, CancellationToken ct)
    {
        try
        {
            if (await Versions.SaveAsync(db, entry, ct) is { } conflict)
            {
                return OperationResult<DictionaryEntry>.From(conflict);
            }

            (reader as DictionaryReader)?.Forget();
            return OperationResult<DictionaryEntry>.Success(entry);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another head-office operator added the same code at the same moment.
            db.ChangeTracker.Clear();
            return OperationResult<DictionaryEntry>.Conflict(DictionariesErrors.CodeTaken(entry.Code));
        }
    }
}
