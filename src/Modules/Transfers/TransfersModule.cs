using Admin.Kernel.Modules;
using Admin.Modules.Transfers.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Transfers;

/// <summary>
/// Manual transfers (手工转账, manual 5.9): head office moves money between customer or card accounts (a misdirected arrival,
/// a court order), with a reason, always authorised by a second head-office operator; one ledger entry that both owners'
/// histories show.
/// </summary>
public sealed class TransfersModule : AdminModule
{
    public const string ModuleId = "Transfers";

    public override string Id => ModuleId;
    public override string DisplayName => "Manual transfers";
    public override string Description => "Head office moves money between customer or card accounts with a reason, always reviewed by a second head-office operator; the transfer shows in both histories.";
    public override IReadOnlyList<string> DependsOn =>
    [
        Outlets.OutletsModule.ModuleId, Counter.CounterModule.ModuleId, Cards.CardsModule.ModuleId, Ledger.LedgerModule.ModuleId, Reviews.ReviewsModule.ModuleId,
    ];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TransferParties>();
        services.AddScoped<ManualTransfers>();
        services.AddScoped<TransferQuery>();
    }
}
