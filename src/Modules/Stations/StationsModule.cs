using Admin.Kernel.Jobs;
using Admin.Kernel.Modules;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.Stations.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Stations;

/// <summary>
/// The stations' side (终端参数 5.11, 解灰 3.26, 3.14): head office's terminals with their keys, the gateway API that takes signed
/// batches of purchase records and posts them to the ledger, the card profile and block list terminals fetch, un-grey at the
/// counter, and the card's station transactions.
/// </summary>
public sealed class StationsModule : AdminModule
{
    public const string ModuleId = "Stations";

    public override string Id => ModuleId;
    public override string DisplayName => "Stations";
    public override string Description => "Station terminals and their keys, signed batches of purchase records posted to the ledger, the card profile and block list for terminals, un-grey of interrupted purchases, and the card's station transactions (终端参数, 解灰).";
    public override IReadOnlyList<string> DependsOn =>
        [
            Outlets.OutletsModule.ModuleId, Cards.CardsModule.ModuleId, CardService.CardServiceModule.ModuleId, Ledger.LedgerModule.ModuleId,
            Checks.ChecksModule.ModuleId,
        ];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TerminalKeys>();
        services.AddScoped<TerminalRegistry>();
        services.AddScoped<BatchReceiver>();
        services.AddScoped<StationPostings>();
        services.AddScoped<TerminalFeeds>();
        services.AddScoped<UnGreyTask>();
        services.AddScoped<ForcedUnGreyTask>();
        services.AddScoped<PinLockReports>();
        services.AddScoped<SilentTerminals>();
        services.AddRecurringJob<SilentTerminalsJob>(SilentTerminalsJob.Key, StationsSettings.SilentCheckSeconds);
        services.AddScoped<ICheckRule, SilentTerminalsRule>();
        services.AddScoped<ICheckRule, StationRecordsRule>();
        services.AddScoped<Contracts.ICardTransactions, CardTransactionsQuery>();
        services.AddScoped<Contracts.IStationRecordChecks, StationRecordChecks>();
    }
}
