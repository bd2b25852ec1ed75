using Admin.Kernel.Modules;

namespace Admin.Kernel.Audit;

/// <summary>A record as a person knows it (an outlet's code, a login name, a receipt or cheque number), with its page if it has one.</summary>
/// <param name="Text">What to show, already in the reader's language.</param>
/// <param name="Url">App-relative URL of the record's page, or null.</param>
public sealed record RecordName(string Text, string? Url = null);

/// <summary>
/// Names a module's records for the audit trail and the authorisation log, which store ids (<c>Operator</c> +
/// a GUID, <c>FeeCollection</c> + a receipt number or the task's GUID). Found by the kernel's scan (<c>&lt;Id&gt;RecordNames</c>);
/// one query per kind and page, never one per row.
/// </summary>
public interface IRecordNamer
{
    /// <summary>The kinds it names (an audit event's <c>EntityType</c>; a review's task type without the module prefix).</summary>
    IReadOnlyCollection<string> Kinds { get; }

    /// <summary>The names of the records with these keys (ids or natural keys, as recorded); unknown keys are left out.</summary>
    Task<IReadOnlyDictionary<string, RecordName>> NameAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken ct);
}

/// <summary>Names a page of records through the modules' <see cref="IRecordNamer"/>s (links only to enabled modules' pages).</summary>
public sealed class RecordNames(IEnumerable<IRecordNamer> namers, ModuleCatalog catalog, ModuleStates states)
{
    /// <summary>The names found, by kind and key.</summary>
    public async Task<IReadOnlyDictionary<(string Kind, string Key), RecordName>> NameAsync(IEnumerable<(string? Kind, string? Key)> records, CancellationToken ct = default)
    {
        var names = new Dictionary<(string, string), RecordName>();
        foreach (var group in records.Where(r => r.Kind is not null && r.Key is not null).GroupBy(r => r.Kind!, r => r.Key!))
        {
            foreach (var namer in namers.Where(n => n.Kinds.Contains(group.Key)))
            {
                var linked = catalog.FindByType(namer.GetType()) is not { } module || states.IsEnabled(module.Id);
                foreach (var (key, name) in await namer.NameAsync(group.Key, group.Distinct().ToList(), ct))
                {
                    names[(group.Key, key)] = linked ? name : name with { Url = null };
                }
            }
        }

        return names;
    }

    /// <summary>True for a key a person cannot read (a GUID): shown only when nothing names it, and then only in a tooltip.</summary>
    public static bool IsOpaque(string? key) => Guid.TryParse(key, out _);
}
