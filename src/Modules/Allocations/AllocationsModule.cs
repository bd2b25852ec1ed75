using Admin.Kernel.Jobs;
using Admin.Kernel.Modules;
using Admin.Modules.Allocations.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Allocations;

/// <summary>Pre-allocation (预分配) with templates (客户预分模板), and load/unload (圈存/圈提) between card account and chip purse.</summary>
public sealed class AllocationsModule : AdminModule
{
    public const string ModuleId = "Allocations";

    public override string Id => ModuleId;
    public override string DisplayName => "Allocations";
    public override string Description => "Pre-allocation from the customer account to the customer's cards, several in one task, with reusable templates; load and unload between the card account and the chip purse in two phases.";
    public override IReadOnlyList<string> DependsOn =>
        [Outlets.OutletsModule.ModuleId, Counter.CounterModule.ModuleId, Cards.CardsModule.ModuleId, Ledger.LedgerModule.ModuleId,
            Printing.PrintingModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AllocationChecks>();
        services.AddScoped<PreAllocation>();
        services.AddScoped<AllocationTemplates>();
        services.AddScoped<PurseTransfers>();
        services.AddScoped<PurseTransferSweep>();
        services.AddRecurringJob<PurseSweepJob>(PurseSweepJob.Key, AllocationsSettings.SweepIntervalSeconds);
        services.AddScoped<Printing.Contracts.IPrintSource, AllocationPrintSource>();
        services.AddScoped<Counter.Contracts.IJournalSource, AllocationJournalSource>();
    }
}
