namespace Admin.Modules.Outlets.Contracts;

/// <summary>What other modules may know of an outlet.</summary>
public sealed record OutletInfo(Guid Id, string Code, string Name, string Type, string Status, bool AllowsSignIn, bool IsHeadOffice);

/// <summary>Looks outlets up for other modules (sign-in, scoping, forms).</summary>
public interface IOutletDirectory
{
    /// <summary>The outlet with this code, or null.</summary>
    Task<OutletInfo?> FindByCodeAsync(string code, CancellationToken ct = default);

    /// <summary>The outlet with this id, or null.</summary>
    Task<OutletInfo?> FindAsync(Guid id, CancellationToken ct = default);
}
