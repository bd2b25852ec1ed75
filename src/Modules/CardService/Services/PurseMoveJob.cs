using Admin.Kernel.Jobs;

namespace Admin.Modules.CardService.Services;

/// <summary>
/// The recurring job (kernel <see cref="RecurringJobs"/>, every <c>CardService.PurseMoveIntervalSeconds</c>, only while the
/// module is on) that moves the old card's purse balance of every replacement whose settlement window has passed, so the
/// money reaches the new card's account even when nobody opens either card. Runs as the system
/// (<c>job:CardService.PurseMove</c> in the audit trail and the ledger).
/// </summary>
internal sealed class PurseMoveJob(PurseSettlement settlement) : IAdminJob
{
    public const string Key = "CardService.PurseMove";

    public async Task RunAsync(AdminJobContext context, CancellationToken ct) => context.Message = $"moved {await settlement.MoveDueAsync(ct: ct)}";
}
