using System.Linq.Expressions;
using Admin.Modules.Outlets.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Outlets.Contracts;

/// <summary>What other modules may know of an outlet.</summary>
public sealed record OutletInfo(Guid Id, string Code, string Name, string Type, string Status, bool AllowsSignIn, bool IsHeadOffice)
{
    /// <summary>True when the outlet is closed for good (nothing new may be placed at it; only reopening changes that).</summary>
    public bool IsClosed => Status == nameof(OutletStatus.Closed);

    /// <summary>The name in Chinese, when the outlet has one apart from <see cref="Name"/>.</summary>
    public string? NameZh { get; init; }

    /// <summary>The node above it in the tree (a branch or head office); null for head office.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>The name in the reader's language.</summary>
    public string LocalName => Kernel.Localization.LocalNames.Pick(Name, NameZh);
}

/// <summary>Looks outlets up for other modules (sign-in, scoping, forms).</summary>
public interface IOutletDirectory
{
    /// <summary>The outlet with this code, or null.</summary>
    Task<OutletInfo?> FindByCodeAsync(string code, CancellationToken ct = default);

    /// <summary>The outlet with this id, or null.</summary>
    Task<OutletInfo?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The head offices (usually one), by code.</summary>
    Task<IReadOnlyList<OutletInfo>> HeadOfficesAsync(CancellationToken ct = default);

    /// <summary>
    /// The outlets the caller may see (head office: all; a branch: its subtree; an outlet: itself) that are not closed, by
    /// code: the choices of an outlet picker.
    /// </summary>
    Task<IReadOnlyList<OutletInfo>> VisibleOpenAsync(CancellationToken ct = default);

    /// <summary>
    /// The ids of the outlets whose operators may sign in, as a query over the same context: composed into the caller's
    /// own query (<c>ids.Contains(x.OutletId)</c>) it stays one statement, where a lookup per row would be one each.
    /// </summary>
    IQueryable<Guid> SignInOutletIds();
}

/// <summary>The outlet code's shape, for checking input before anything is looked up.</summary>
public static class OutletCodes
{
    /// <summary>True for eight ASCII digits (网点号).</summary>
    public static bool IsValid(string? code) => Outlet.IsValidCode(code);
}

/// <summary>How another module's entity refers to an outlet: a required foreign key that keeps the outlet from being deleted.</summary>
public static class OutletReference
{
    /// <summary>Declares <paramref name="outletId"/> a foreign key to the outlets table (delete restricted).</summary>
    public static void HasOutletForeignKey<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, object?>> outletId)
        where T : class =>
        entity.HasOne<Outlet>().WithMany().HasForeignKey(outletId).OnDelete(DeleteBehavior.Restrict);
}
