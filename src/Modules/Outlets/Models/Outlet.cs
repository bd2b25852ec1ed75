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

    /// <summary>True when the code is exactly eight ASCII digits.</summary>
    public static bool IsValidCode(string? code) => code is { Length: 8 } && code.All(char.IsAsciiDigit);

    /// <summary>Operators may sign in only at an active outlet.</summary>
    public bool AllowsSignIn => Status == OutletStatus.Active;

    /// <summary>Moves the outlet to a new status with a reason. Closing is final unless reopened explicitly.</summary>
    public OperationResult ChangeStatus(OutletStatus status, string? reason, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return OperationResult.Invalid(OutletsErrors.ReasonRequired());
        }

        if (status == Status)
        {
            return OperationResult.Conflict(OutletsErrors.AlreadyInStatus(status));
        }

        if (Type == OutletType.HeadOffice && status != OutletStatus.Active)
        {
            return OperationResult.Conflict(OutletsErrors.HeadOfficeStaysActive());
        }

        Status = status;
        StatusReason = reason.Trim();
        ClosedOn = status == OutletStatus.Closed ? today : null;
        return OperationResult.Success();
    }
}
