using Admin.Kernel.Jobs;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Modules.Operators.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Operators;

/// <summary>Operators, roles and the login rules (操作员、角色、系统登录) on ASP.NET Core Identity.</summary>
public sealed class OperatorsModule : AdminModule
{
    public const string ModuleId = "Operators";

    /// <summary>The default scheme: bearer when an Authorization header is sent, the cookie otherwise.</summary>
    public const string Scheme = "Admin";

    public override string Id => ModuleId;
    public override string DisplayName => "Operators";
    public override string Description => "Operators, roles and permissions, sign-in and password rules (permission management 6.2–6.6).";
    public override IReadOnlyList<string> DependsOn => [Outlets.OutletsModule.ModuleId];
    public override bool CanBeDisabled => false;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        OperatorsAuthentication.Add(services, configuration);
        OperatorsOpenId.Add(services, configuration);
        SignInLimiter.Add(services, configuration);
        services.AddScoped<OperatorPermissionResolver>();
        services.AddScoped<IPermissionResolver>(sp => sp.GetRequiredService<OperatorPermissionResolver>());
        services.AddScoped<Contracts.IReviewerCredentials, ReviewerCredentials>();
        services.AddScoped<Contracts.IOperatorDirectory, OperatorDirectory>();
        services.AddScoped<SessionValidator>();
        services.AddSingleton<PermissionSetCache>();
        services.AddScoped<Microsoft.AspNetCore.Identity.IPasskeyHandler<Models.Operator>, Microsoft.AspNetCore.Identity.PasskeyHandler<Models.Operator>>();
        services.AddScoped<OperatorPasskeys>();
        services.AddScoped<PasskeyRule>();
        services.AddSingleton<PasskeyCookie>();
        services.AddScoped<FailedAttemptGuard>();
        services.AddScoped<OwnPasswords>();
        services.AddScoped<SignInService>();
        services.AddScoped<TokenService>();
        services.AddScoped<ClientRegistry>();
        services.AddScoped<OperatorAuthority>();
        services.AddScoped<OperatorQueries>();
        services.AddScoped<OperatorMaintenance>();
        services.AddScoped<OperatorPasswords>();
        services.AddScoped<OperatorStatusChanges>();
        services.AddScoped<RoleMaintenance>();
        services.AddScoped<PermissionGrants>();
        services.AddScoped<Kernel.Controllers.ICultureChoiceListener, OperatorCultureListener>();
        services.AddRecurringJob<TokenPruneJob>(TokenPruneJob.Key, OperatorsSettings.TokenPruneIntervalSeconds);
    }

    /// <summary>
    /// Adds a new OpenID Connect signing and encryption key pair used for new tokens from <paramref name="activeFrom"/>
    /// on (the host's <c>keys rotate</c> command); answers each key's id.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RotateServerKeysAsync(IServiceProvider services, DateTime activeFrom, CancellationToken ct)
    {
        var added = await services.GetRequiredService<ServerKeys>().RotateAsync(services.GetRequiredService<Kernel.Data.AdminDbContext>(), activeFrom, ct);
        return added.Select(k => k.Id).ToList();
    }

    // Right after authentication: a session of a disabled, locked, renamed or reset operator (or of a closed outlet) ends here.
    public override void ConfigureAfterAuthentication(IApplicationBuilder app) => app.UseMiddleware<SessionValidationMiddleware>();
}
