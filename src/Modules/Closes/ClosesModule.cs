using Admin.Kernel.Modules;
using Admin.Modules.Closes.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Closes;

/// <summary>
/// Closing the books at an outlet (帐务管理, manual 5.1–5.2): the operator's shift close (班结: the till counted per payment
/// method, a difference reviewed beyond a tolerance and posted to over/short, the till emptied for handover) and the outlet's
/// daily close (日结: every shift closed, the day report, the handover to head office, the day locked in the ledger and sealed
/// by a hash that verification recomputes).
/// </summary>
public sealed class ClosesModule : AdminModule
{
    public const string ModuleId = "Closes";

    public override string Id => ModuleId;
    public override string DisplayName => "Shift, daily and monthly close";
    public override string Description => "Operator shift close with the till counted, differences reviewed and posted to over/short; outlet daily close with the day report, the handover to head office, the day locked and sealed by a verifiable hash; monthly close once every day is closed; reopening by head office with review.";
    public override IReadOnlyList<string> DependsOn =>
        [Outlets.OutletsModule.ModuleId, Ledger.LedgerModule.ModuleId, Reviews.ReviewsModule.ModuleId, Printing.PrintingModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ClosesDesk>();
        services.AddScoped<ShiftCloses>();
        services.AddScoped<DayCloses>();
        services.AddScoped<DayReports>();
        services.AddScoped<ClosesQuery>();
        services.AddScoped<Contracts.ICloseFacts, CloseFactsReader>();
        services.AddScoped<MonthReports>();
        services.AddScoped<Contracts.IPeriodMarks>(sp => sp.GetRequiredService<MonthReports>());
        services.AddScoped<MonthCloses>();
        services.AddScoped<PeriodReopenings>();
        services.AddScoped<Printing.Contracts.IPrintSource, MonthReportPrintSource>();
        services.AddScoped<Printing.Contracts.IPrintSource, ShiftClosePrintSource>();
    }
}
