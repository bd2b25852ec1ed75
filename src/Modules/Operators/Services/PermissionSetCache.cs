using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// Operators' permission sets, each valid for one value of <see cref="Models.PermissionsVersion"/>. The session statement
/// reads the current version on every request (with the operator's status, lock, stamp and token), so a cached set is
/// used only while no role permission, role assignment or direct grant has changed anywhere since it was read; any change,
/// on any host, raises the version and the next request reads the set again. The administrator of a network with every
/// module holds well over a hundred permissions, which the session statement used to return as one row each on every
/// request (bench/PROFILE.md).
/// </summary>
public sealed class PermissionSetCache
{
    /// <summary>Past this many operators the cache starts again (a network has a few thousand operators).</summary>
    internal const int Capacity = 20_000;

    private readonly ConcurrentDictionary<Guid, Entry> _sets = new();

    public bool TryGet(Guid operatorId, long version, out IReadOnlySet<string> permissions)
    {
        if (_sets.TryGetValue(operatorId, out var entry) && entry.Version == version)
        {
            permissions = entry.Permissions;
            return true;
        }

        permissions = FrozenSet<string>.Empty;
        return false;
    }

    /// <summary>Keeps an immutable copy (the set is shared by every request of the operator until the version moves).</summary>
    public IReadOnlySet<string> Store(Guid operatorId, long version, IEnumerable<string> permissions)
    {
        if (_sets.Count >= Capacity)
        {
            _sets.Clear();
        }

        var set = permissions.ToFrozenSet(StringComparer.Ordinal);
        _sets[operatorId] = new Entry(version, set);
        return set;
    }

    private sealed record Entry(long Version, FrozenSet<string> Permissions);
}
