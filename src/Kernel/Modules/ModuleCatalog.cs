using System.Reflection;

namespace Admin.Kernel.Modules;

/// <summary>Thrown at startup when the compiled-in modules do not form a valid dependency graph.</summary>
public sealed class ModuleCatalogException(string message) : Exception(message);

/// <summary>
/// The modules compiled into the host, ordered so that every module comes after the modules it depends on.
/// Built once at startup; a missing dependency, a duplicate id or a cycle stops startup with a message naming the modules.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, AdminModule> _byId;
    private readonly Dictionary<Assembly, List<AdminModule>> _byAssembly;

    /// <summary>Modules in dependency order (dependencies first).</summary>
    public IReadOnlyList<AdminModule> Modules { get; }

    /// <summary>Builds the catalog from module instances.</summary>
    public ModuleCatalog(IEnumerable<AdminModule> modules)
    {
        var list = modules.ToList();
        _byId = new Dictionary<string, AdminModule>(StringComparer.Ordinal);
        foreach (var module in list)
        {
            if (!_byId.TryAdd(module.Id, module))
            {
                throw new ModuleCatalogException($"Two modules have the id '{module.Id}': {_byId[module.Id].GetType().FullName} and {module.GetType().FullName}.");
            }
        }

        foreach (var module in list)
        {
            var missing = module.DependsOn.Where(d => !_byId.ContainsKey(d)).ToList();
            if (missing.Count > 0)
            {
                throw new ModuleCatalogException($"Module '{module.Id}' depends on {string.Join(", ", missing.Select(m => $"'{m}'"))}, which is not part of this host.");
            }
        }

        Modules = Order(list);
        _byAssembly = Modules.GroupBy(m => m.Assembly).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>Finds the module types in the given assemblies and builds the catalog.</summary>
    public static ModuleCatalog FromAssemblies(IEnumerable<Assembly> assemblies) =>
        new(assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(AdminModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true, IsPublic: true })
            .Select(t => (AdminModule)Activator.CreateInstance(t, nonPublic: true)!));

    /// <summary>The module with this id, or null.</summary>
    public AdminModule? Find(string? id) => id is null ? null : _byId.GetValueOrDefault(id);

    /// <summary>
    /// The module that owns a type: the module of its assembly, or, where one assembly holds several modules,
    /// the one whose namespace is the longest prefix of the type's namespace. Null when none owns it.
    /// </summary>
    public AdminModule? FindByType(Type type)
    {
        if (!_byAssembly.TryGetValue(type.Assembly, out var modules))
        {
            return null;
        }

        if (modules.Count == 1)
        {
            return modules[0];
        }

        var ns = type.Namespace ?? "";
        return modules
            .Where(m => m.GetType().Namespace is { } mns && (ns == mns || ns.StartsWith(mns + ".", StringComparison.Ordinal)))
            .MaxBy(m => m.GetType().Namespace!.Length);
    }

    /// <summary>Ids of every module that depends on <paramref name="id"/>, directly or not.</summary>
    public IReadOnlyList<string> DependentsOf(string id) =>
        Modules.Where(m => m.Id != id && DependenciesOf(m.Id).Contains(id)).Select(m => m.Id).ToList();

    /// <summary>Ids of every module <paramref name="id"/> depends on, directly or not, dependencies first.</summary>
    public IReadOnlyList<string> DependenciesOf(string id)
    {
        var result = new List<string>();
        void Visit(string current)
        {
            foreach (var dep in _byId[current].DependsOn)
            {
                if (!result.Contains(dep))
                {
                    Visit(dep);
                    result.Add(dep);
                }
            }
        }

        Visit(id);
        return result;
    }

    private List<AdminModule> Order(List<AdminModule> modules)
    {
        var ordered = new List<AdminModule>();
        var state = new Dictionary<string, int>(); // 1 = visiting, 2 = done
        var path = new Stack<string>();

        void Visit(AdminModule module)
        {
            if (state.TryGetValue(module.Id, out var s))
            {
                if (s == 2)
                {
                    return;
                }

                var cycle = path.Reverse().SkipWhile(p => p != module.Id).Append(module.Id);
                throw new ModuleCatalogException($"Modules depend on each other in a cycle: {string.Join(" -> ", cycle)}.");
            }

            state[module.Id] = 1;
            path.Push(module.Id);
            foreach (var dep in module.DependsOn)
            {
                Visit(_byId[dep]);
            }

            path.Pop();
            state[module.Id] = 2;
            ordered.Add(module);
        }

        // Stable: modules without dependency constraints keep their id order.
        foreach (var module in modules.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            Visit(module);
        }

        return ordered;
    }
}
