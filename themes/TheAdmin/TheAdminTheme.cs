using Admin.Kernel.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Admin.Themes.TheAdmin;

/// <summary>Registers the TheAdmin theme: its layouts, partials and error pages, and their translations.</summary>
public static class TheAdminTheme
{
    /// <summary>
    /// Adds the theme's compiled views as an MVC application part and its Chinese texts as an <see cref="ITextProvider"/>.
    /// The theme is not a module (it cannot be disabled), so the kernel's module scan does not find it. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddTheAdminTheme(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITextProvider, ThemeTexts>());

        var assembly = typeof(TheAdminTheme).Assembly;
        services.AddControllersWithViews().ConfigureApplicationPartManager(manager =>
        {
            // The host's generated [ApplicationPart] attributes may already have added the theme; twice would duplicate its views.
            if (!manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    manager.ApplicationParts.Add(part);
                }
            }
        });
        return services;
    }
}
