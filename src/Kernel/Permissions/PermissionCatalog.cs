using Admin.Kernel.Modules;

namespace Admin.Kernel.Permissions;

/// <summary>Every permission the compiled-in modules declare, and those of the enabled modules.</summary>
public sealed class PermissionCatalog
{
    private readonly ModuleStates _states;
    private readonly IReadOnlyList<IPermissionProvider> _providers;
    private readonly Dictionary<string, Permission> _all;

    /// <summary>Collects the providers' permissions; a name without its module's prefix is a startup error.</summary>
    public PermissionCatalog(IEnumerable<IPermissionProvider> providers, ModuleCatalog catalog, ModuleStates states)
    {
        _states = states;
        _providers = providers.ToList();
        _all = new Dictionary<string, Permission>(StringComparer.Ordinal);
        foreach (var provider in _providers)
        {
            var module = catalog.FindByType(provider.GetType())
                ?? throw new ModuleCatalogException($"Permission provider {provider.GetType().FullName} is not in a module assembly.");
            foreach (var permission in provider.GetPermissions())
            {
                if (!permission.Name.StartsWith(module.Id + ".", StringComparison.Ordinal))
                {
                    throw new ModuleCatalogException($"Permission '{permission.Name}' of module '{module.Id}' must start with '{module.Id}.'.");
                }

                _all[permission.Name] = permission;
            }
        }
    }

    /// <summary>All declared permissions, enabled module or not.</summary>
    public IReadOnlyCollection<Permission> All => _all.Values;

    /// <summary>The permissions of enabled modules, grouped by module in dependency order.</summary>
    public IReadOnlyList<Permission> Enabled() => _all.Values.Where(p => _states.IsEnabled(p.ModuleId)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>The permission with this name, or null.</summary>
    public Permission? Find(string name) => _all.GetValueOrDefault(name);

    /// <summary>True when the permission exists and its module is enabled.</summary>
    public bool IsActive(string name) => _all.ContainsKey(name) && _states.IsEnabled(name.Split('.', 2)[0]);

    /// <summary>
    /// Default grants of every provider, merged per role. The <see cref="DefaultRoles.Administrator"/> role holds every
    /// declared permission: head office must be able to assign any role, and an operator may only grant what they hold.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DefaultGrants()
    {
        var grants = _providers.SelectMany(p => p.GetDefaultGrants())
            .GroupBy(g => g.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(x => x.Value).Distinct().ToList());
        grants[DefaultRoles.Administrator] = _all.Keys.Order(StringComparer.Ordinal).ToList();
        return grants;
    }
}
