namespace Admin.Modules.Reviews.Contracts;

/// <summary>One record of an outlet's authorisation log as another module fingerprints it: its place in the chain and its hash.</summary>
public sealed record AuthorisationDigest(long Sequence, string Hash, bool Granted);

/// <summary>
/// The authorisation records of an outlet in a span, for a module that seals a period (Closes' daily close hashes them with
/// the day's ledger lines). Each record's hash covers its whole content, so the hashes stand for the records. Not scoped.
/// </summary>
public interface IAuthorisationRecords
{
    /// <summary>The outlet's records with <c>OccurredAt</c> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), in chain order.</summary>
    Task<IReadOnlyList<AuthorisationDigest>> OfAsync(Guid outletId, DateTime fromUtc, DateTime toUtc, CancellationToken ct = default);
}
