using Admin.Kernel.Audit;
using Microsoft.Extensions.Localization;

namespace Admin.Kernel.Settings;

/// <summary>Settings by their name in the reader's language (an audit record stores the key, which no one reads).</summary>
internal sealed class SettingRecordNames(IEnumerable<ISettingsProvider> providers, IStringLocalizer text) : IRecordNamer
{
    public IReadOnlyCollection<string> Kinds { get; } = ["Setting"];

    public Task<IReadOnlyDictionary<string, RecordName>> NameAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        IReadOnlyDictionary<string, RecordName> names = providers.SelectMany(p => p.GetSettings())
            .Where(d => wanted.Contains(d.Key))
            .DistinctBy(d => d.Key)
            .ToDictionary(d => d.Key, d => new RecordName(text[d.Name ?? d.Key].Value, "/admin/settings"));
        return Task.FromResult(names);
    }
}
