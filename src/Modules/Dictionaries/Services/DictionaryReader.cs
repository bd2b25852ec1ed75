using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Results;
using Admin.Modules.Dictionaries.Contracts;
using Admin.Modules.Dictionaries.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Dictionaries.Services;

/// <summary>
/// <see cref="IDictionaries"/> for one request: the whole table (a few hundred rows at most) is read once, on first use,
/// and answered from memory after that; a change made in the same request through <see cref="DictionaryService"/> drops it.
/// </summary>
internal sealed class DictionaryReader(AdminDbContext db) : IDictionaries
{
    private ILookup<string, DictionaryItem>? _entries;

    public async Task<IReadOnlyList<DictionaryItem>> EntriesAsync(string kind, CancellationToken ct = default) =>
        [.. (await LoadAsync(ct))[kind]];

    public async Task<IReadOnlyList<DictionaryItem>> ActiveAsync(string kind, CancellationToken ct = default) =>
        [.. (await LoadAsync(ct))[kind].Where(e => e.Active)];

    public async Task<LocalName> NameAsync(string kind, string code, CancellationToken ct = default) =>
        (await LoadAsync(ct))[kind].FirstOrDefault(e => e.Code == code)?.Name ?? new LocalName(code, code);

    public async Task<OperationError?> CheckAsync(string kind, string? code, string field, CancellationToken ct = default)
    {
        var wanted = code?.Trim() ?? "";
        var entry = (await LoadAsync(ct))[kind].FirstOrDefault(e => string.Equals(e.Code, wanted, StringComparison.OrdinalIgnoreCase));
        return entry is null ? DictionariesErrors.Unknown(field, wanted)
            : entry.Active ? null
            : DictionariesErrors.Inactive(field, entry.Name);
    }

    public async Task MarkUsedAsync(string kind, IEnumerable<string> codes, CancellationToken ct = default)
    {
        await LoadAsync(ct);
        var list = codes.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0 || _used.IsSupersetOf(list.Select(c => (kind, c))))
        {
            return;
        }

        await db.Set<DictionaryEntry>().Where(e => e.Kind == kind && list.Contains(e.Code) && !e.Used)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Used, true), ct);
        _used.UnionWith(list.Select(c => (kind, c)));
    }

    private readonly HashSet<(string Kind, string Code)> _used = [];

    internal void Forget() => _entries = null;

    private async Task<ILookup<string, DictionaryItem>> LoadAsync(CancellationToken ct)
    {
        if (_entries is null)
        {
            var rows = await db.Set<DictionaryEntry>().AsNoTracking()
                .OrderBy(e => e.Kind).ThenBy(e => e.SortOrder).ThenBy(e => e.Code)
                .Select(e => new { e.Kind, e.Code, e.NameEn, e.NameZh, e.Active, e.SortOrder, e.Used })
                .ToListAsync(ct);
            _entries = rows.ToLookup(r => r.Kind, r => new DictionaryItem(r.Code, new LocalName(r.NameEn, r.NameZh), r.Active, r.SortOrder), StringComparer.Ordinal);
            _used.UnionWith(rows.Where(r => r.Used).Select(r => (r.Kind, r.Code)));
        }

        return _entries;
    }
}
