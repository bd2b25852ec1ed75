using System.Security.Claims;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace Admin.Kernel.Navigation;

/// <summary>One entry of the admin menu. Titles and groups are English and translated when shown.</summary>
/// <param name="Group">Menu group ("Network", "Counter", "Audit", "System").</param>
/// <param name="Title">Link text.</param>
/// <param name="Url">Absolute path of the screen.</param>
/// <param name="Permission">Permission needed to see the entry, or null for every signed-in operator.</param>
/// <param name="Icon">Bootstrap Icons name without the <c>bi-</c> prefix.</param>
/// <param name="Order">Position within the group.</param>
public sealed record MenuItem(string Group, string Title, string Url, string? Permission, string Icon = "circle", int Order = 100);

/// <summary>A module's contribution to the menu. Found by scanning module assemblies.</summary>
public interface INavigationProvider
{
    /// <summary>The module's menu entries.</summary>
    IEnumerable<MenuItem> GetMenuItems();
}

/// <summary>A group of menu items, as the theme renders it.</summary>
public sealed record MenuGroup(string Title, IReadOnlyList<MenuItem> Items);

/// <summary>Builds the menu an operator sees: enabled modules only, filtered by permission.</summary>
public sealed class MenuBuilder(IEnumerable<INavigationProvider> providers, ModuleCatalog catalog, ModuleStates states, IAuthorizationService authorization)
{
    /// <summary>Order of the well-known groups; others follow alphabetically.</summary>
    public static readonly IReadOnlyList<string> GroupOrder = ["Home", "Counter", "Network", "Audit", "System"];

    /// <summary>The groups and items the user may see.</summary>
    public async Task<IReadOnlyList<MenuGroup>> BuildAsync(ClaimsPrincipal user)
    {
        var visible = new List<MenuItem>();
        foreach (var provider in providers)
        {
            var module = catalog.FindByType(provider.GetType());
            if (module is null || !states.IsEnabled(module.Id))
            {
                continue;
            }

            foreach (var item in provider.GetMenuItems())
            {
                if (item.Permission is null
                    ? user.Identity?.IsAuthenticated == true
                    : (await authorization.AuthorizeAsync(user, null, new PermissionRequirement(item.Permission))).Succeeded)
                {
                    visible.Add(item);
                }
            }
        }

        return visible
            .GroupBy(i => i.Group)
            .OrderBy(g => GroupOrder.Contains(g.Key) ? GroupOrder.ToList().IndexOf(g.Key) : GroupOrder.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MenuGroup(g.Key, g.OrderBy(i => i.Order).ThenBy(i => i.Title, StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
