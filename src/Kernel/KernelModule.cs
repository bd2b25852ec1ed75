using Admin.Kernel.Audit;
using Admin.Kernel.Modules;
using Admin.Kernel.Recipes;
using Admin.Kernel.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel;

/// <summary>The kernel as a module: the Modules screen, the audit trail and system settings. Always on.</summary>
public sealed class KernelModule : AdminModule
{
    /// <summary>The kernel's module id.</summary>
    public const string ModuleId = "Kernel";

    /// <inheritdoc />
    public override string Id => ModuleId;

    /// <inheritdoc />
    public override string DisplayName => "Kernel";

    /// <inheritdoc />
    public override string Description => "Modules, audit trail and system settings: what every other module builds on.";

    /// <inheritdoc />
    public override bool CanBeDisabled => false;

    /// <inheritdoc />
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ModuleSwitcher>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<Reviews.CounterTask>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<SystemSettings>();
        services.AddScoped<Idempotency.RequestIdempotency>();
        services.AddScoped<Data.TaskTransaction>();
    }
}

/// <summary>The kernel's permissions.</summary>
internal sealed class KernelPermissions : Permissions.IPermissionProvider
{
    public const string ManageModules = "Kernel.ManageModules";
    public const string ViewAuditTrail = "Kernel.ViewAuditTrail";
    public const string ManageSettings = "Kernel.ManageSettings";
    public const string ViewSettings = "Kernel.ViewSettings";

    public IEnumerable<Permissions.Permission> GetPermissions() =>
    [
        new(ManageModules, "Enable and disable modules"),
        new(ViewAuditTrail, "Read and export the audit trail"),
        new(ViewSettings, "Read system settings"),
        new(ManageSettings, "Change system settings"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(Permissions.DefaultRoles.Administrator, [ManageModules, ViewAuditTrail, ViewSettings, ManageSettings]),
        new(Permissions.DefaultRoles.Auditor, [ViewAuditTrail, ViewSettings]),
    ];
}
