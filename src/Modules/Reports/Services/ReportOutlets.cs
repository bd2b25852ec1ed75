using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Reports.Services;

/// <summary>
/// Which outlets a report covers: one outlet the caller sees, or every outlet the kernel's scope lets the caller see
/// (<see cref="OutletScope.VisibleAsync"/>: the one rule, a branch sees its subtree). Checks requests.
/// </summary>
public sealed class ReportOutlets(IOutletList outlets, IOutletDirectory directory, OutletScope scope, LocalClock local)
{
    /// <summary>The longest range a report may cover at all (a job does the long ones).</summary>
    public const int MaxDays = 3660;

    private Func<Guid, bool> _visible = _ => false;

    /// <summary>Whether the caller sees this outlet; known once <see cref="CheckAsync"/> has run (every report starts there).</summary>
    public bool CanSee(Guid outletId) => _visible(outletId);

    public bool SeesAll => scope.SeesAllOutlets;

    /// <summary>The rows of outlets the caller sees (kept runs: the requester's outlet owns them).</summary>
    public IQueryable<T> Scoped<T>(IQueryable<T> query) where T : IOutletOwned => scope.Apply(query);

    public async Task<IReadOnlyDictionary<Guid, string>> CodesAsync(CancellationToken ct) => (await outlets.AllAsync(ct)).ToDictionary(o => o.Id, o => o.Code);

    /// <summary>Every outlet of the tree (filter with <see cref="CanSee"/>), by code.</summary>
    public Task<IReadOnlyList<OutletInfo>> AllAsync(CancellationToken ct) => outlets.AllAsync(ct);

    public async Task<OperationResult<ReportFilter>> CheckAsync(ReportRequest request, CancellationToken ct)
    {
        _visible = await scope.VisibleAsync(ct);
        var errors = new List<OperationError>();
        var kind = request.Kind?.Trim().ToLowerInvariant();
        if (kind is null || !ReportKinds.All.Contains(kind))
        {
            errors.Add(ReportsErrors.KindUnknown());
            kind = ReportKinds.Takings;
        }

        var today = await local.TodayAsync(ct);
        var to = request.To ?? (ReportKinds.IsRange(kind) ? null : today);
        var from = ReportKinds.IsRange(kind) ? request.From : to;
        if (from is null)
        {
            errors.Add(ReportsErrors.FromRequired());
        }

        if (to is null)
        {
            errors.Add(ReportsErrors.ToRequired());
        }

        if (from is { } f && to is { } t)
        {
            if (t < f)
            {
                errors.Add(ReportsErrors.Backwards());
            }
            else if (t.DayNumber - f.DayNumber + 1 > MaxDays)
            {
                errors.Add(ReportsErrors.TooLong(MaxDays));
            }
        }

        OutletInfo? outlet = null;
        if (!string.IsNullOrWhiteSpace(request.Outlet))
        {
            outlet = request.Outlet.Trim().Length <= 20 ? await directory.FindByCodeAsync(request.Outlet.Trim(), ct) : null;
            if (outlet is null || !_visible(outlet.Id))
            {
                errors.Add(ReportsErrors.OutletUnknown());
            }
        }

        return errors.Count > 0 ? OperationResult<ReportFilter>.Invalid([.. errors]) : OperationResult<ReportFilter>.Success(new ReportFilter(kind, from!.Value, to!.Value, outlet));
    }
}
