using Admin.Kernel.Security;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Ledger.Models;

/// <summary>
/// One account: kind + owner + payment method (tills) + outlet, unique. <see cref="Balance"/> is a cache of
/// sign × Σ lines in fen, changed only by the conditional update of a posting (never by the change tracker).
/// </summary>
public sealed class LedgerAccount : IOutletOwned
{
    public long Id { get; set; }
    public AccountKind Kind { get; set; }
    public Guid OwnerId { get; set; }

    /// <summary>The till's payment method; empty for every other kind (not null, so the unique index holds on both databases).</summary>
    public string Method { get; set; } = "";

    public Guid OutletId { get; set; }

    /// <summary>Balance on the account's side, in fen (分).</summary>
    public long Balance { get; set; }

    /// <summary>Copied from the kind when the account is created; the conditional update reads it.</summary>
    public bool CanGoNegative { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The reference that names this account.</summary>
    public AccountRef Ref => new(Kind, OwnerId, OutletId, Method.Length == 0 ? null : Method);
}
