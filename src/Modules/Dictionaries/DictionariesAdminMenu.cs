using Admin.Kernel.Navigation;

namespace Admin.Modules.Dictionaries;

/// <summary>Dictionary data sits with the accounting functions, as in the manual (帐务管理 · 字典数据).</summary>
internal sealed class DictionariesAdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new(MenuGroups.Accounts, "Dictionary data", "/admin/dictionaries", DictionariesPermissions.View, "list", Order: 90),
    ];
}
