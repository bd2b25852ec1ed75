using Admin.Kernel.Modules;
using Admin.Modules.Outlets.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Outlets;

/// <summary>Issuing outlets (发卡网点): head office, city branches and outlets, with their 8-digit codes.</summary>
public sealed class OutletsModule : AdminModule
{
    public const string ModuleId = "Outlets";

    public override string Id => ModuleId;
    public override string DisplayName => "Outlets";
    public override string Description => "Issuing outlets: head office, branches and outlets with their 8-digit codes (发卡网点信息维护).";
    public override bool CanBeDisabled => false;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<OutletVisibility>();
        services.AddScoped<Kernel.Security.IOutletTree, OutletTree>();
        services.AddScoped<OutletService>();
        services.AddScoped<OutletQuery>();
        services.AddScoped<OutletImport>();
        services.AddScoped<Contracts.IOutletDirectory, OutletDirectory>();
        services.AddScoped<Contracts.IOutletList, OutletList>();
    }
}
