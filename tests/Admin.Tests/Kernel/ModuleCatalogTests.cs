using Admin.Kernel;
using Admin.Kernel.Modules;

namespace Admin.Tests.Kernel;

public sealed class ModuleCatalogTests
{
    private sealed class FakeModule(string id, params string[] dependsOn) : AdminModule
    {
        public override string Id => id;
        public override string DisplayName => id;
        public override string Description => id;
        public override IReadOnlyList<string> DependsOn => dependsOn;
    }

    [Fact]
    public void Modules_WithDependencies_AreOrderedDependenciesFirst()
    {
        var catalog = new ModuleCatalog([new FakeModule("Cheques", "Counter"), new FakeModule("Counter", "Outlets"), new FakeModule("Outlets"), new FakeModule("Audit")]);

        var order = catalog.Modules.Select(m => m.Id).ToList();

        Assert.True(order.IndexOf("Outlets") < order.IndexOf("Counter"));
        Assert.True(order.IndexOf("Counter") < order.IndexOf("Cheques"));
        Assert.Equal(4, order.Count);
    }

    [Fact]
    public void Constructor_Cycle_ThrowsNamingTheModules()
    {
        var ex = Assert.Throws<ModuleCatalogException>(() =>
            new ModuleCatalog([new FakeModule("A", "B"), new FakeModule("B", "C"), new FakeModule("C", "A")]));

        Assert.Contains("cycle", ex.Message);
        Assert.Contains("A -> B -> C -> A", ex.Message);
    }

    [Fact]
    public void Constructor_MissingDependency_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ModuleCatalogException>(() => new ModuleCatalog([new FakeModule("Cheques", "Counter")]));

        Assert.Contains("'Cheques'", ex.Message);
        Assert.Contains("'Counter'", ex.Message);
    }

    [Fact]
    public void Constructor_DuplicateId_Throws()
    {
        var ex = Assert.Throws<ModuleCatalogException>(() => new ModuleCatalog([new FakeModule("A"), new FakeModule("A")]));

        Assert.Contains("'A'", ex.Message);
    }

    [Fact]
    public void DependenciesOf_Transitive_ListsAllDependenciesFirst()
    {
        var catalog = new ModuleCatalog([new FakeModule("C", "B"), new FakeModule("B", "A"), new FakeModule("A")]);

        Assert.Equal(["A", "B"], catalog.DependenciesOf("C"));
        Assert.Equal(["B", "C"], catalog.DependentsOf("A").Order());
        Assert.Empty(catalog.DependentsOf("C"));
    }

    [Fact]
    public void FromAssemblies_KernelAssembly_FindsTheKernelModuleOnly()
    {
        var catalog = ModuleCatalog.FromAssemblies([typeof(KernelModule).Assembly]);

        var kernel = Assert.Single(catalog.Modules);
        Assert.Equal("Kernel", kernel.Id);
        Assert.False(kernel.CanBeDisabled);
        Assert.Same(kernel, catalog.FindByType(typeof(KernelErrors)));
    }
}
