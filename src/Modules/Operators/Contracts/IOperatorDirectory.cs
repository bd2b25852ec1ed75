namespace Admin.Modules.Operators.Contracts;

/// <summary>What other modules may know of an operator.</summary>
public sealed record OperatorInfo(Guid Id, string LoginName, string DisplayName, Guid OutletId, string OutletCode);

/// <summary>Looks operators up for other modules (a day journal naming its operator). Callers apply their own outlet scoping.</summary>
public interface IOperatorDirectory
{
    /// <summary>The operator with this id, or null.</summary>
    Task<OperatorInfo?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The operators with these ids (display names in the reader's language), in one query; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, OperatorInfo>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);

    /// <summary>
    /// The operators with these login names (display names in the reader's language), in one query. A login name is unique
    /// within its outlet only, so one name may match operators of several outlets: the caller picks by outlet.
    /// </summary>
    Task<IReadOnlyList<OperatorInfo>> FindByLoginNamesAsync(IReadOnlyCollection<string> loginNames, CancellationToken ct = default);
}
