using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Modules;

/// <summary>
/// A feature module of the console. One subclass per module assembly; its <see cref="Id"/> is also the
/// MVC area, the database table prefix (<c>Id_</c>) and the permission prefix (<c>Id.</c>).
/// </summary>
public abstract class AdminModule
{
    /// <summary>Stable identifier: PascalCase, letters only. Never change it once released.</summary>
    public abstract string Id { get; }

    /// <summary>Name shown on the Modules screen (English; translated through the module's texts).</summary>
    public abstract string DisplayName { get; }

    /// <summary>One sentence on what the module does.</summary>
    public abstract string Description { get; }

    /// <summary>Ids of the modules this one needs. Enabling this module enables them.</summary>
    public virtual IReadOnlyList<string> DependsOn => [];

    /// <summary>Whether an administrator may switch the module off at runtime.</summary>
    public virtual bool CanBeDisabled => true;

    /// <summary>Registers the module's own services (explicitly, so "where is X registered" has one answer).</summary>
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>
    /// Adds the module's middleware to the request pipeline (the host names no module's middleware). Called once at startup
    /// for every compiled-in module, in dependency order, at one fixed place: after authentication (the request's principal is
    /// known) and before the password-change gate and authorization (so a module may still judge or replace the principal).
    /// It runs whether or not the module is enabled at runtime, so middleware must be harmless for a disabled module.
    /// </summary>
    public virtual void ConfigureAfterAuthentication(IApplicationBuilder app)
    {
    }

    /// <summary>The assembly that holds the module's controllers, views and entity configurations.</summary>
    public System.Reflection.Assembly Assembly => GetType().Assembly;
}
