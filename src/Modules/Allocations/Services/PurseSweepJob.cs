using Admin.Kernel.Jobs;

namespace Admin.Modules.Allocations.Services;

/// <summary>
/// The recurring job (kernel <see cref="RecurringJobs"/>, every <c>Allocations.SweepIntervalSeconds</c>, only while the module
/// is on) that voids loads and unloads left pending past their timeout, so the money goes back to where it came from even
/// when nobody opens the card or starts another transfer of it. Runs as the system (<c>job:Allocations.PurseSweep</c> in the
/// audit trail and the ledger).
/// </summary>
internal sealed class PurseSweepJob(PurseTransferSweep sweep) : IAdminJob
{
    public const string Key = "Allocations.PurseSweep";

    public async Task RunAsync(AdminJobContext context, CancellationToken ct) => context.Message = $"voided {await sweep.VoidExpiredAsync(ct: ct)}";
}
