using Admin.Host.Startup;

namespace Admin.Tests.Host;

/// <summary><c>dotnet run --project src/Host -- recipe recipes/demo.recipe.json</c> finds the repository's recipe although it runs in src/Host.</summary>
public sealed class RecipeCommandTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("recipe-locate-");

    [Fact]
    public void Locate_FindsARelativePath_FromTheContentRootsParents()
    {
        var recipes = _root.CreateSubdirectory("recipes");
        var host = _root.CreateSubdirectory(Path.Combine("src", "Host"));
        var recipe = Path.Combine(recipes.FullName, "locate-test.recipe.json");
        File.WriteAllText(recipe, "{}");

        Assert.Equal(recipe, RecipeCommand.Locate(Path.Combine("recipes", "locate-test.recipe.json"), host.FullName));
    }

    [Fact]
    public void Locate_LeavesAnUnknownOrRootedPathAsItIs()
    {
        var host = _root.CreateSubdirectory("host");
        var rooted = Path.Combine(_root.FullName, "nowhere.json");

        Assert.Equal(Path.Combine("recipes", "missing.json"), RecipeCommand.Locate(Path.Combine("recipes", "missing.json"), host.FullName));
        Assert.Equal(rooted, RecipeCommand.Locate(rooted, host.FullName));
    }

    public void Dispose() => _root.Delete(recursive: true);
}
