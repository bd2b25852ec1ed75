using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;

namespace Admin.Modules.Operators.Services;

/// <summary>Disabling (which ends every session and token at once) and enabling operators.</summary>
public sealed class OperatorStatusChanges(AdminDbContext db, IAuditTrail audit, ICurrentOperator current, OperatorAuthority authority)
{
    /// <summary>
    /// Disables (ending every session and token at once) or enables an operator. <paramref name="status"/> is
    /// <c>Active</c> or <c>Disabled</c>. Nobody disables themselves, nor the last active administrator.
    /// </summary>
    public async Task<OperationResult<Operator>> SetStatusAsync(Guid id, string? status, CancellationToken ct = default)
    {
        // By name only: Enum.TryParse would also take "1" or "Active, Disabled".
        if (Enum.GetValues<OperatorStatus>().Where(s => s.ToString().Equals(status?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => (OperatorStatus?)s).FirstOrDefault() is not { } wanted)
        {
            return OperationResult<Operator>.Invalid(OperatorsErrors.StatusInvalid());
        }

        var (op, refused) = await authority.FindToManageAsync(id, ct);
        if (op is null)
        {
            return OperationResult<Operator>.From(refused!);
        }

        if (op.Status == wanted)
        {
            return OperationResult<Operator>.Conflict(OperatorsErrors.AlreadyInStatus(wanted.ToString()));
        }

        if (wanted == OperatorStatus.Disabled)
        {
            if (op.Id == current.OperatorId)
            {
                return OperationResult<Operator>.Conflict(OperatorsErrors.CannotDisableSelf());
            }

            if (await authority.HoldsAdministratorAsync(op.Id, ct) && await authority.IsLastAdministratorAsync(op.Id, ct))
            {
                return OperationResult<Operator>.Conflict(OperatorsErrors.LastAdministrator());
            }

            op.SecurityStamp = OperatorInput.NewStamp();
        }

        var before = op.Status.ToString();
        op.Status = wanted;
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, wanted == OperatorStatus.Disabled ? "Operator.Disable" : "Operator.Enable", nameof(Operator), op.Id.ToString(),
            Before: new { Status = before }, After: new { Status = wanted.ToString() },
            Summary: wanted == OperatorStatus.Disabled ? "Sessions and tokens ended" : null));
        if (await Versions.SaveAsync(db, op, ct) is { } conflict)
        {
            return OperationResult<Operator>.From(conflict);
        }

        if (wanted == OperatorStatus.Disabled)
        {
            await OperatorTokens.RevokeAsync(db, op.Id, ct);
        }

        return OperationResult<Operator>.Success(op);
    }
}
