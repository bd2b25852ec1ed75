using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Closes.Services;

/// <summary>Who closes, where and when: the signed-in operator, their outlet (never head office: it has no till), now, local time.</summary>
public sealed class ClosesDesk(ICurrentOperator current, IOutletDirectory outlets, TimeProvider clock, LocalClock local)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Guid? OperatorId => current.OperatorId;

    public string LoginName => current.LoginName ?? "";

    public Task<TimeSpan> OffsetAsync(CancellationToken ct) => local.OffsetAsync(ct);

    public Task<DateOnly> TodayAsync(CancellationToken ct) => local.TodayAsync(ct);

    /// <summary>The operator's outlet; head office and a signed-out caller are refused (409).</summary>
    public async Task<OperationResult<(OutletInfo Outlet, Guid OperatorId)>> OutletAsync(CancellationToken ct)
    {
        if (current.OutletId is { } outletId && current.OperatorId is { } operatorId && await outlets.FindAsync(outletId, ct) is { IsHeadOffice: false } outlet)
        {
            return OperationResult<(OutletInfo, Guid)>.Success((outlet, operatorId));
        }

        return OperationResult<(OutletInfo, Guid)>.Fail(FailureKind.Conflict, ClosesErrors.OutletOnly());
    }
}
