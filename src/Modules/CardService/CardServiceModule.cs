using Admin.Kernel.Jobs;
using Admin.Kernel.Modules;
using Admin.Modules.CardService.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.CardService;

/// <summary>Card service at the counter (客户服务 3.5–3.25): queries, card data, loss report and its cancellation, bad and expired cards, replacement, upgrades, PINs.</summary>
public sealed class CardServiceModule : AdminModule
{
    public const string ModuleId = "CardService";

    public override string Id => ModuleId;
    public override string DisplayName => "Card service";
    public override string Description => "Card service at the counter: card and customer queries with the card's ledger lines, card data, restrictions, loss reports and their cancellation, bad and expired cards, replacement onto a new card from stock; every status change goes to the block list terminals keep.";
    public override IReadOnlyList<string> DependsOn =>
        [Outlets.OutletsModule.ModuleId, Counter.CounterModule.ModuleId, Cards.CardsModule.ModuleId, Ledger.LedgerModule.ModuleId, Dictionaries.DictionariesModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CardServiceChecks>();
        services.AddScoped<CardServiceQuery>();
        services.AddScoped<LossReports>();
        services.AddScoped<Replacements>();
        services.AddScoped<UpgradeChecks>();
        services.AddScoped<Upgrades>();
        services.AddScoped<PurseSettlement>();
        services.AddScoped<CardDataMaintenance>();
        services.AddScoped<CardRestrictions>();
        services.AddScoped<CardPins>();
        services.AddScoped<Contracts.ICardPinLocks, PinLocksFromTerminals>();
        services.AddRecurringJob<PurseMoveJob>(PurseMoveJob.Key, CardServiceSettings.PurseMoveIntervalSeconds);
        services.AddScoped<Contracts.ICardRestrictionsForTerminals, RestrictionsForTerminals>();
    }
}
