namespace Admin.Modules.Outlets.Contracts;

/// <summary>Every outlet, for reports that label many outlets' figures at once (one query, not one per outlet).</summary>
public interface IOutletList
{
    /// <summary>Every outlet (head offices included), by code.</summary>
    Task<IReadOnlyList<OutletInfo>> AllAsync(CancellationToken ct = default);
}
