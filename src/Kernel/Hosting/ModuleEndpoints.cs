using Admin.Kernel.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Hosting;

/// <summary>Endpoint metadata naming the module that owns an endpoint.</summary>
public sealed record ModuleEndpointMetadata(string ModuleId);

/// <summary>
/// Gives every controller its module: the area (so views are found under <c>Areas/ModuleId</c>) and the
/// <see cref="ModuleEndpointMetadata"/> that the module gate reads.
/// </summary>
internal sealed class ModuleControllerConvention(ModuleCatalog catalog) : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var module = catalog.FindByType(controller.ControllerType);
        if (module is null)
        {
            return;
        }

        controller.RouteValues["area"] = module.Id;
        foreach (var selector in controller.Actions.SelectMany(a => a.Selectors))
        {
            selector.EndpointMetadata.Add(new ModuleEndpointMetadata(module.Id));
        }
    }
}

/// <summary>Answers 404 for any endpoint of a disabled module, exactly as if it did not exist.</summary>
internal sealed class ModuleGateMiddleware(RequestDelegate next, ModuleStates states)
{
    public Task InvokeAsync(HttpContext context)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        if (module is not null && !states.IsEnabled(module.ModuleId))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}

/// <summary>Pipeline extensions.</summary>
public static class ModuleGateExtensions
{
    /// <summary>Adds the module gate; call after routing and before authorization.</summary>
    public static IApplicationBuilder UseModuleGate(this IApplicationBuilder app) => app.UseMiddleware<ModuleGateMiddleware>();

    /// <summary>Every module's <see cref="AdminModule.ConfigureAfterAuthentication"/>, in dependency order; call right after UseAuthentication.</summary>
    public static IApplicationBuilder UseModulesAfterAuthentication(this IApplicationBuilder app)
    {
        foreach (var module in app.ApplicationServices.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.ConfigureAfterAuthentication(app);
        }

        return app;
    }
}
