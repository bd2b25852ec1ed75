using Admin.Kernel.Modules;
using Admin.Modules.Printing.Pdf;
using Admin.Modules.Printing.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Printing;

/// <summary>Printing: customer application forms (客户业务申请表) and voucher overprint layouts (凭证套打维护) as PDFs.</summary>
public sealed class PrintingModule : AdminModule
{
    public const string ModuleId = "Printing";

    public override string Id => ModuleId;
    public override string DisplayName => "Printing";
    public override string Description => "Customer application forms and vouchers printed onto pre-printed stationery, with head office's overprint layouts and each outlet's printer calibration.";
    // Printing knows no task: the modules whose tasks print depend on it and register an IPrintSource (Contracts).
    public override IReadOnlyList<string> DependsOn => [Outlets.OutletsModule.ModuleId, Operators.OperatorsModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(PdfFonts.FromConfiguration(configuration));
        services.AddHostedService<PdfFontsStartupCheck>();
        services.AddScoped<PrintSources>();
        services.AddScoped<ApplicationForms>();
        services.AddScoped<LayoutService>();
        services.AddScoped<CalibrationService>();
        services.AddScoped<VoucherPrinting>();
    }
}
