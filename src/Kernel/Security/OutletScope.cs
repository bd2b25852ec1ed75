using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Admin.Kernel.Security;

/// <summary>
/// The outlet tree as the Outlets module keeps it. The kernel decides who sees what (<see cref="OutletScope"/>); the
/// tree only answers which outlets lie under one.
/// </summary>
public interface IOutletTree
{
    /// <summary>
    /// The ids of the outlet and of every outlet under it, as a query over the request's context: composed into the
    /// caller's query (<c>ids.Contains(x.OutletId)</c>) it adds no statement of its own.
    /// </summary>
    IQueryable<Guid> Subtree(Guid outletId);
}

/// <summary>
/// The one place that decides which outlets' data an operator reaches: head office reaches all, a branch (分公司) its
/// own subtree (itself and the outlets under it), an outlet operator only their own outlet. Every module's queries go
/// through it; an id from an outlet outside the caller's reach is then "not found".
/// </summary>
public sealed class OutletScope(ICurrentOperator current, IEnumerable<IOutletTree> trees)
{
    private HashSet<Guid>? _subtree;

    /// <summary>True when the caller acts across outlets (head office).</summary>
    public bool SeesAllOutlets => current.SeesAllOutlets;

    /// <summary>True when the caller sees a branch's subtree (more than their own outlet, less than all).</summary>
    public bool SeesBranch => !current.SeesAllOutlets && current.SeesBranch && trees.Any();

    private Guid Own => current.OutletId ?? Guid.Empty;

    /// <summary>Filters a query to the outlets the caller may see.</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> query) where T : IOutletOwned
    {
        if (current.SeesAllOutlets)
        {
            return query;
        }

        var own = Own;
        if (SeesBranch)
        {
            var ids = trees.First().Subtree(own);
            return query.Where(e => ids.Contains(e.OutletId));
        }

        return query.Where(e => e.OutletId == own);
    }

    /// <summary>
    /// Filters a query of rows that are not <see cref="IOutletOwned"/> (an outlet itself, an audit record, a movement
    /// between two outlets): a row is kept when <paramref name="outlet"/> or any of <paramref name="more"/> is visible.
    /// </summary>
    public IQueryable<T> Apply<T>(IQueryable<T> query, Expression<Func<T, Guid?>> outlet, params Expression<Func<T, Guid?>>[] more)
    {
        // At least one outlet is required by the signature: a call that names none must not compile into "no filter".
        Expression<Func<T, Guid?>>[] outlets = [outlet, .. more];
        if (current.SeesAllOutlets)
        {
            return query;
        }

        var own = (Guid?)Own;
        Expression<Func<Guid?, bool>> visible = g => g == own;
        if (SeesBranch)
        {
            var ids = trees.First().Subtree(Own).Select(id => (Guid?)id);
            visible = g => ids.Contains(g);
        }

        var row = Expression.Parameter(typeof(T), "row");
        var test = outlets
            .Select(o => ParameterSwap.Replace(visible.Body, visible.Parameters[0], ParameterSwap.Replace(o.Body, o.Parameters[0], row)))
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<T, bool>>(test, row));
    }

    /// <summary>True when the caller may see data of this outlet (a branch's subtree is read once per request).</summary>
    public async Task<bool> CanSeeAsync(Guid outletId, CancellationToken ct = default)
    {
        if (current.SeesAllOutlets || current.OutletId == outletId)
        {
            return true;
        }

        if (!SeesBranch)
        {
            return false;
        }

        _subtree ??= (await trees.First().Subtree(Own).ToListAsync(ct)).ToHashSet();
        return _subtree.Contains(outletId);
    }

    /// <summary>
    /// A visibility test for many outlets in memory (a report over the outlets the caller sees): the same rule as
    /// <see cref="CanSeeAsync"/>, a branch's subtree read once per request.
    /// </summary>
    public async Task<Func<Guid, bool>> VisibleAsync(CancellationToken ct = default)
    {
        if (current.SeesAllOutlets)
        {
            return _ => true;
        }

        var own = Own;
        if (!SeesBranch)
        {
            return id => id == own;
        }

        _subtree ??= (await trees.First().Subtree(own).ToListAsync(ct)).ToHashSet();
        return _subtree.Contains;
    }

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        public static Expression Replace(Expression body, ParameterExpression from, Expression to) => new ParameterSwap(from, to).Visit(body);

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
