using Admin.Kernel.Modules;
using Admin.Modules.InvoiceTitles.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.InvoiceTitles;

/// <summary>Customers' invoice titles (客户发票抬头维护) and head office's invoice title templates.</summary>
public sealed class InvoiceTitlesModule : AdminModule
{
    public const string ModuleId = "InvoiceTitles";

    public override string Id => ModuleId;
    public override string DisplayName => "Invoice titles";
    public override string Description => "Customers' invoice titles with the unified social credit code checked, and head office's title templates (客户发票抬头维护).";
    public override IReadOnlyList<string> DependsOn => [Counter.CounterModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TitleService>();
        services.AddScoped<TitleQuery>();
        services.AddScoped<TemplateService>();
        services.AddScoped<TemplateImport>();
        services.AddScoped<Counter.Contracts.IInvoiceTitleSource, InvoiceTitleSource>();
    }
}
