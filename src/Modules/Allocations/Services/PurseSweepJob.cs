using Admin.Kernel.Jobs;
using Admin.Kernel.Modules;

namespace Admin.Modules.Allocations.Services;

/// <summary>
/// The recurring job (kernel <see cref="RecurringJobs"/>, every <c>Allocations.SweepIntervalSeconds</c>) that voids loads and
/// unloads left pending past their timeout, so the money goes back to where it came from even when nobody opens the card or
/// starts another transfer of it. Runs as the system (<c>job:Allocations.PurseSweep</c> in the audit trail and the ledger).
/// </summary>
internal sealed class PurseSweepJob(PurseTransferSweep sweep, ModuleStates modules) : IAdminJob
{
    public const string Key = "Allocations.PurseSweep";

    public async Task RunAsync(AdminJobContext context, CancellationToken ct)
    {
        if (!modules.IsEnabled(AllocationsModule.ModuleId))
        {
            context.Message = "the module is disabled";
            return;
        }

        var voided = await sweep.VoidExpiredAsync(ct: ct);
        context.Message = $"voided {voided}";
    }
}
