using Admin.Kernel.Modules;
using Admin.Modules.Reports.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Reports;

/// <summary>
/// Period reports (报表) over a range of local days for an outlet or every outlet the caller sees: top-up reconciliation per
/// outlet and day (drilled down to the receipt), cards issued by product, stock by place, deposits held, customer balances as of
/// a day; exported to CSV and XLSX, printed through Printing; large ranges run as tracked Quartz jobs kept for download.
/// </summary>
public sealed class ReportsModule : AdminModule
{
    public const string ModuleId = "Reports";

    public override string Id => ModuleId;
    public override string DisplayName => "Reports";
    public override string Description => "Period reports for an outlet or the network: top-up reconciliation per outlet and day with drill-down to the receipt, cards issued, stock, deposits held, customer balances as of a day; CSV and XLSX export, printing, and large ranges as background jobs.";
    public override IReadOnlyList<string> DependsOn =>
    [
        Outlets.OutletsModule.ModuleId, Ledger.LedgerModule.ModuleId, Closes.ClosesModule.ModuleId, Cards.CardsModule.ModuleId, Counter.CounterModule.ModuleId,
        Printing.PrintingModule.ModuleId,
    ];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReportOutlets>();
        services.AddScoped<ReportBuilder>();
        services.AddScoped<ReportRuns>();
        services.AddScoped<ReportJob>();
        services.AddScoped<Printing.Contracts.IPrintSource, ReportPrintSource>();
    }
}
