using Admin.Kernel.Modules;
using Admin.Kernel.Reviews;
using Admin.Modules.Reviews.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Reviews;

/// <summary>
/// Same-level review authorisation (同级复核授权): the review gate counter tasks call, the catalogue of review points
/// head office switches, the tamper-evident authorisation log (one SHA-256 hash chain per outlet) and the auditor's workspace.
/// </summary>
public sealed class ReviewsModule : AdminModule
{
    public const string ModuleId = "Reviews";

    public override string Id => ModuleId;
    public override string DisplayName => "Reviews";
    public override string Description => "Same-level review authorisation: review points, the review gate, the tamper-evident authorisation log and the auditor's workspace (同级复核授权).";
    public override IReadOnlyList<string> DependsOn => [Outlets.OutletsModule.ModuleId, Operators.OperatorsModule.ModuleId];

    // Counter tasks call the gate on every request: switching it off would let overrides through without review.
    public override bool CanBeDisabled => false;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReviewPointCatalog>();
        services.AddScoped<IReviewPoints>(sp => sp.GetRequiredService<ReviewPointCatalog>());
        services.AddScoped<AuthorisationChain>();
        services.AddScoped<IReviewGate, ReviewGate>();
        services.AddScoped<AuthorisationQuery>();
        services.AddScoped<AuthorisationExport>();
        services.AddScoped<AuthorisationFlags>();
        services.AddScoped<AuthorisationWords>();
        services.AddScoped<Contracts.IAuthorisationRecords, AuthorisationRecords>();
    }
}
