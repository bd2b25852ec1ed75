using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Admin.Kernel.Modules;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Architecture;

/// <summary>
/// The module boundary, read from the compiled assemblies' type references (so views, lambdas and generic arguments
/// count too): a module uses another module's types only from its <c>Contracts</c> namespace (and its
/// <c>&lt;Id&gt;Module</c> class), and only of a module it names in <c>DependsOn</c> itself; the host uses modules only
/// through their contracts and module classes.
/// </summary>
public sealed class ModuleBoundaryTests(SqliteDatabase db) : IClassFixture<SqliteDatabase>
{
    private ModuleCatalog Catalog => db.App.Services.GetRequiredService<ModuleCatalog>();

    [Fact]
    public void EveryModule_UsesOtherModulesOnlyThroughContracts_OfModulesItDeclares()
    {
        var shipped = Shipped();
        Assert.True(shipped.Count >= 5, "The module catalog looks empty.");
        var byAssembly = shipped.GroupBy(m => m.Assembly.GetName().Name!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var offenders = new List<string>();
        foreach (var module in shipped)
        {
            var declared = module.DependsOn.ToHashSet(StringComparer.Ordinal);
            offenders.AddRange(Violations(module.Assembly, module.Id, byAssembly, declared));
        }

        var host = typeof(Admin.Host.HostModules).Assembly;
        offenders.AddRange(Violations(host, "Host", byAssembly, byAssembly.Values.Select(m => m.Id).ToHashSet(StringComparer.Ordinal)));

        Assert.True(offenders.Count == 0, $"{offenders.Count} uses across module boundaries:\n" + string.Join("\n", offenders.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void TheBoundaryCheck_FindsAUseOfAnotherModulesInternals()
    {
        // The test assembly itself uses module internals all over; the rule must see them.
        var shipped = Shipped();
        var byAssembly = shipped.GroupBy(m => m.Assembly.GetName().Name!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var found = Violations(typeof(ModuleBoundaryTests).Assembly, "Tests", byAssembly, new HashSet<string>()).ToList();
        Assert.Contains(found, f => f.Contains("Admin.Modules.Cheques.Models.Cheque", StringComparison.Ordinal));
    }

    // The kernel is what every module shares; the rule is about modules' own assemblies (and the test assembly's fakes are not shipped).
    private List<AdminModule> Shipped() => Catalog.Modules
        .Where(m => m.Assembly != typeof(ModuleBoundaryTests).Assembly && m.Assembly != typeof(AdminModule).Assembly)
        .ToList();

    /// <summary>Every type reference of <paramref name="assembly"/> into another module's assembly that breaks the rule.</summary>
    private static IEnumerable<string> Violations(Assembly assembly, string user, IReadOnlyDictionary<string, AdminModule> byAssembly, IReadOnlySet<string> declared)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.TypeReferences)
        {
            var (scope, ns, name) = Outermost(md, handle);
            if (scope is not { } assemblyRef)
            {
                continue;
            }

            var target = md.GetString(md.GetAssemblyReference(assemblyRef).Name);
            if (!byAssembly.TryGetValue(target, out var owner) || owner.Id == user)
            {
                continue;
            }

            var fullName = ns.Length == 0 ? name : ns + "." + name;
            var contractsNs = $"Admin.Modules.{owner.Id}.Contracts";
            var isContract = ns == contractsNs || ns.StartsWith(contractsNs + ".", StringComparison.Ordinal) || owner.GetType().FullName == fullName;
            if (!isContract && seen.Add(fullName))
            {
                yield return $"{user} uses {fullName}, which is not in {owner.Id}'s contracts";
            }
            else if (isContract && !declared.Contains(owner.Id) && seen.Add(fullName))
            {
                yield return $"{user} uses {fullName} without naming {owner.Id} in DependsOn";
            }
        }
    }

    private static (AssemblyReferenceHandle? Scope, string Namespace, string Name) Outermost(MetadataReader md, TypeReferenceHandle handle)
    {
        var reference = md.GetTypeReference(handle);
        while (reference.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            reference = md.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
        }

        var scope = reference.ResolutionScope.Kind == HandleKind.AssemblyReference ? (AssemblyReferenceHandle?)(AssemblyReferenceHandle)reference.ResolutionScope : null;
        return (scope, md.GetString(reference.Namespace), md.GetString(reference.Name));
    }
}
