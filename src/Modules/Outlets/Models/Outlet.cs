using Admin.Kernel.Data;
using Admin.Kernel.Results;

namespace Admin.Modules.Outlets.Models;

/// <summary>Where an outlet sits in the network.</summary>
public enum OutletType
{
    HeadOffice,
    Branch,
    Outlet,
}

/// <summary>Whether an outlet trades. Operators of a suspended or closed outlet cannot sign in.</summary>
public enum OutletStatus
{
    Active,
    Suspended,
    Closed,
}

/// <summary>An issuing outlet (发卡网点). Its 8-digit code is unique and never reused.</summary>
public sealed class Outlet : IVersioned
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    /// <summary>The name in Chinese, when the outlet has one apart from <see cref="Name"/> (a seeded head office).</summary>
    public string? NameZh { get; set; }
    public string? ShortNameZh { get; set; }
    public OutletType Type { get; set; }
    public Guid? ParentId { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Manager { get; set; }
    public OutletStatus Status { get; set; }
    public DateOnly? OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? StatusReason { get; set; }
    public long Version { get; set; }

    /// <summary>Longest reason a status change keeps.</summary>
    public const int MaxReasonLength = 200;

    /// <summary>True when the code is exactly eight ASCII digits.</summary>
    public static bool IsValidCode(string? code) => code is { Length: 8 } && code.All(char.IsAsciiDigit);

    /// <summary>Operators may sign in only at an active outlet.</summary>
    public bool AllowsSignIn => Status == OutletStatus.Active;

    /// <summary>The statuses this outlet may move to now.</summary>
    public IReadOnlyList<OutletStatus> AllowedTransitions() => Transitions(Type, Status);

    /// <summary>The statuses an outlet of this type and status may move to: head office always stays active; a closed outlet only reopens.</summary>
    public static IReadOnlyList<OutletStatus> Transitions(OutletType type, OutletStatus status) =>
        (type, status) switch
        {
            (OutletType.HeadOffice, OutletStatus.Active) => [],
            (OutletType.HeadOffice, _) => [OutletStatus.Active],
            (_, OutletStatus.Active) => [OutletStatus.Suspended, OutletStatus.Closed],
            (_, OutletStatus.Suspended) => [OutletStatus.Active, OutletStatus.Closed],
            _ => [OutletStatus.Active],
        };

    /// <summary>
    /// Moves the outlet to a new status with a reason. Closing is final unless reopened explicitly; a branch closes only
    /// after the outlets under it (<paramref name="hasOpenOutlets"/>: some of them are not closed).
    /// </summary>
    public OperationResult ChangeStatus(OutletStatus status, string? reason, DateOnly today, bool hasOpenOutlets = false)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return OperationResult.Invalid(OutletsErrors.ReasonRequired());
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            return OperationResult.Invalid(OutletsErrors.TooLong("reason", MaxReasonLength));
        }

        if (status == Status)
        {
            return OperationResult.Conflict(OutletsErrors.AlreadyInStatus(status));
        }

        if (Type == OutletType.HeadOffice && status != OutletStatus.Active)
        {
            return OperationResult.Conflict(OutletsErrors.HeadOfficeStaysActive());
        }

        if (Status == OutletStatus.Closed && status != OutletStatus.Active)
        {
            return OperationResult.Conflict(OutletsErrors.ClosedOnlyReopens());
        }

        if (status == OutletStatus.Closed && hasOpenOutlets)
        {
            return OperationResult.Conflict(OutletsErrors.BranchHasOpenOutlets());
        }

        Status = status;
        StatusReason = reason.Trim();
        ClosedOn = status == OutletStatus.Closed ? today : null;
        return OperationResult.Success();
    }
}
