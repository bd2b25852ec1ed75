using Admin.Kernel.Modules;
using Admin.Modules.BatchTopUps.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.BatchTopUps;

/// <summary>Batch top-up lists (批量充值清单, manual 2.21–2.25): a company's cards and amounts, submitted, reviewed, executed once.</summary>
public sealed class BatchTopUpsModule : AdminModule
{
    public const string ModuleId = "BatchTopUps";

    public override string Id => ModuleId;
    public override string DisplayName => "Batch top-ups";
    public override string Description => "Batch top-up lists: a company customer's cards and amounts, entered or uploaded as CSV, submitted by one operator, reviewed by another and executed once from the customer's account onto the cards; withdrawn or voided before that.";
    public override IReadOnlyList<string> DependsOn =>
        [Outlets.OutletsModule.ModuleId, Counter.CounterModule.ModuleId, Cards.CardsModule.ModuleId, Ledger.LedgerModule.ModuleId, Reviews.ReviewsModule.ModuleId,
            Printing.PrintingModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<BatchTopUpCheck>();
        services.AddScoped<BatchTopUpExecution>();
        services.AddScoped<BatchTopUpTasks>();
        services.AddScoped<BatchTopUpReview>();
        services.AddScoped<BatchTopUpRerun>();
        services.AddScoped<BatchTopUpQuery>();
        services.AddScoped<BatchTopUpJob>();
        services.AddSingleton<BatchTopUpPausePoint>();
        services.AddHostedService<BatchTopUpRecovery>();
        services.AddScoped<Printing.Contracts.IPrintSource, BatchTopUpPrintSource>();
    }
}
