using Admin.Kernel.Recipes;

namespace Admin.Host.Startup;

/// <summary><c>dotnet run --project src/Host -- recipe FILE</c>: runs one recipe against the configured database and exits.</summary>
internal static class RecipeCommand
{
    /// <summary>
    /// Finds a relative recipe path from the current directory, else from the content root and its parents
    /// (<c>dotnet run --project src/Host</c> runs in the project's folder, so <c>recipes/x.json</c> means the repository's).
    /// </summary>
    public static string Locate(string file, string contentRoot)
    {
        if (Path.IsPathRooted(file) || File.Exists(file))
        {
            return file;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return file;
    }

    /// <summary>Runs the recipe in one transaction; prints its output or its errors.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string file)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"No recipe file {file}.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunAsync(await File.ReadAllTextAsync(file));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine(error.ToString());
            }

            Console.Error.WriteLine("Nothing was applied.");
            return 1;
        }

        foreach (var line in result.Value!.Output)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"Recipe '{result.Value.Name}' applied.");
        return 0;
    }
}
