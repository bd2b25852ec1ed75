using Admin.Kernel.Api;
using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Modules;
using Admin.Kernel.Navigation;
using Admin.Kernel.Permissions;
using Admin.Kernel.Recipes;
using Admin.Kernel.Security;
using Admin.Kernel.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Admin.Kernel.Hosting;

/// <summary>Registers the kernel and the compiled-in modules.</summary>
public static class AdminKernelServices
{
    /// <summary>
    /// Builds the module catalog from the given module types, registers the kernel's services, every module's own
    /// services, and the contract types (permissions, menus, recipe steps, texts, settings) found by one scan.
    /// </summary>
    public static ModuleCatalog AddAdminKernel(this IServiceCollection services, IConfiguration configuration, params Type[] moduleTypes)
    {
        var catalog = ModuleCatalog.FromAssemblies(moduleTypes.Select(t => t.Assembly).Prepend(typeof(KernelModule).Assembly));
        var assemblies = catalog.Modules.Select(m => m.Assembly).Distinct().ToList();

        services.AddSingleton(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ModuleStates>();
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<AdminText>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<AdminText>());
        services.AddSingleton<IStringLocalizerFactory, AdminTextFactory>();
        services.AddSingleton<AdminProblems>();
        services.AddSingleton<Audit.AuditActionCatalog>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentOperator, HttpCurrentOperator>();
        services.AddScoped<OutletScope>();
        services.AddScoped<Time.LocalClock>();
        services.AddScoped<MenuBuilder>();
        services.AddScoped<Screens.HomeCharts>();
        services.AddScoped<Screens.TaskLinks>();
        services.AddScoped<RequestPermissions>();
        services.AddScoped<Audit.RecordNames>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();

        // One scan finds the module contracts; each module's own services are registered in its module class.
        services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo<IPermissionProvider>(), publicOnly: false).As<IPermissionProvider>().WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo<INavigationProvider>(), publicOnly: false).As<INavigationProvider>().WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo<ITextProvider>(), publicOnly: false).As<ITextProvider>().WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo<ISettingsProvider>(), publicOnly: false).As<ISettingsProvider>().WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo<Audit.IAuditActionProvider>(), publicOnly: false).As<Audit.IAuditActionProvider>().WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo<Audit.IRecordNamer>(), publicOnly: false).As<Audit.IRecordNamer>().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IRecipeStep>(), publicOnly: false).As<IRecipeStep>().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<Screens.IHomeChartProvider>(), publicOnly: false).As<Screens.IHomeChartProvider>().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<Screens.ITaskLinkProvider>(), publicOnly: false).As<Screens.ITaskLinkProvider>().WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo<Reviews.IReviewPointProvider>(), publicOnly: false).As<Reviews.IReviewPointProvider>().WithSingletonLifetime());

        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(services, configuration);
        }

        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DbXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        services.AddDataProtection().SetApplicationName("admin-console");

        // ASP.NET Core 10 reads JSON bodies through the request's PipeReader. When a malformed or cut-off body makes that
        // reader throw before it hands the buffer back, the reader stays "in a read", and Kestrel, draining the body after the
        // 400, ends the connection abnormally ("Reading is already in progress"; found by the scans, reproduced by
        // MalformedBodiesInParallel_LogStaysClean). The stream-based reader of earlier versions returns every buffer it takes.
        AppContext.SetSwitch("Microsoft.AspNetCore.UseStreamBasedJsonParsing", true);
        var mvc = services.AddControllersWithViews(o => { o.Conventions.Add(new ModuleControllerConvention(catalog)); o.Filters.Add<Screens.ScreenInputFilter>(); o.Filters.Add<Screens.NulCharacterFilter>(); o.ModelBinderProviders.Insert(0, new Screens.YesNoModelBinderProvider()); o.ModelValidatorProviders.Add(new Api.NoNullElementsValidatorProvider()); })
            .AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new Api.NoNulStringConverter()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        foreach (var assembly in assemblies.Where(a => a != typeof(AdminKernelServices).Assembly))
        {
            mvc.AddApplicationPart(assembly);
        }

        services.Configure<ApiBehaviorOptions>(o =>
            o.InvalidModelStateResponseFactory = ctx => ctx.HttpContext.RequestServices.GetRequiredService<AdminProblems>().FromModelState(ctx.ModelState));

        return catalog;
    }
}
