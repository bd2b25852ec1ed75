using System.Security.Claims;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;

namespace Admin.Kernel.Navigation;

/// <summary>One entry of the admin menu. Titles and groups are English and translated when shown.</summary>
/// <param name="Group">Menu group: one of <see cref="MenuGroups"/>.</param>
/// <param name="Title">Link text.</param>
/// <param name="Url">Absolute path of the screen.</param>
/// <param name="Permission">Permission needed to see the entry, or null for every signed-in operator.</param>
/// <param name="Icon">Bootstrap Icons name without the <c>bi-</c> prefix.</param>
/// <param name="Order">Position within the group.</param>
public sealed record MenuItem(string Group, string Title, string Url, string? Permission, string Icon = "circle", int Order = 100);

/// <summary>
/// The menu's groups: the operating manual's five (发卡充值, 客户服务, 卡片管理, 帐务管理, 权限管理), which operators are
/// trained on, beside audit and system. English, translated when shown.
/// </summary>
public static class MenuGroups
{
    /// <summary>The home page.</summary>
    public const string Home = "Home";

    /// <summary>发卡充值: issuing, fees, top-up, receipts and cheques.</summary>
    public const string CardsAndTopUp = "Cards and top-up";

    /// <summary>客户服务: customers, their cards and invoice titles.</summary>
    public const string CustomerService = "Customer service";

    /// <summary>卡片管理: card products and stock.</summary>
    public const string CardStock = "Card stock";

    /// <summary>帐务管理: journals, closes, the ledger, fees and payment methods.</summary>
    public const string Accounts = "Accounting";

    /// <summary>权限管理: outlets, operators, roles and permissions.</summary>
    public const string Permissions = "Permission management";

    /// <summary>The audit trail and the authorisation log.</summary>
    public const string Audit = "Audit";

    /// <summary>Modules, settings, review points, print layouts.</summary>
    public const string System = "System";
}

/// <summary>A module's contribution to the menu. Found by scanning module assemblies.</summary>
public interface INavigationProvider
{
    /// <summary>The module's menu entries.</summary>
    IEnumerable<MenuItem> GetMenuItems();
}

/// <summary>A group of menu items, as the theme renders it.</summary>
public sealed record MenuGroup(string Title, IReadOnlyList<MenuItem> Items);

/// <summary>Builds the menu an operator sees: enabled modules only, filtered by permission.</summary>
/// <remarks>
/// The permissions are read once for the whole menu (<see cref="RequestPermissions"/>, the rule of the authorization handler)
/// rather than through the authorization pipeline once per item, which was 8% of a page's time (bench/PROFILE.md).
/// </remarks>
public sealed class MenuBuilder(IEnumerable<INavigationProvider> providers, ModuleCatalog catalog, ModuleStates states, RequestPermissions permissions)
{
    /// <summary>Order of the well-known groups; others follow alphabetically.</summary>
    public static readonly IReadOnlyList<string> GroupOrder =
        [MenuGroups.Home, MenuGroups.CardsAndTopUp, MenuGroups.CustomerService, MenuGroups.CardStock, MenuGroups.Accounts, MenuGroups.Permissions, MenuGroups.Audit, MenuGroups.System];

    /// <summary>The groups and items the user may see.</summary>
    public async Task<IReadOnlyList<MenuGroup>> BuildAsync(ClaimsPrincipal user)
    {
        var visible = new List<MenuItem>();
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var held = await permissions.HeldAsync(user);
        foreach (var provider in providers)
        {
            var module = catalog.FindByType(provider.GetType());
            if (module is null || !states.IsEnabled(module.Id))
            {
                continue;
            }

            foreach (var item in provider.GetMenuItems())
            {
                if (item.Permission is null || permissions.Grants(held, item.Permission))
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
