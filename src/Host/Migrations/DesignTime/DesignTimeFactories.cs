using Admin.Host;
using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Admin.Migrations.DesignTime;

/// <summary>
/// Builds the context for `dotnet ef`: the provider comes from the migrations project being targeted
/// (the environment variable ADMIN_EF_PROVIDER=Sqlite|Postgres, set by the README's command).
/// </summary>
public sealed class AdminDbContextFactory : IDesignTimeDbContextFactory<AdminDbContext>
{
    public AdminDbContext CreateDbContext(string[] args)
    {
        var catalog = ModuleCatalog.FromAssemblies(HostModules.Types.Select(t => t.Assembly).Prepend(typeof(Admin.Kernel.KernelModule).Assembly));
        var options = new DbContextOptionsBuilder<AdminDbContext>();
        var provider = Environment.GetEnvironmentVariable("ADMIN_EF_PROVIDER") ?? "Sqlite";
        DatabaseProvider.Configure(options, provider == "Postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            provider == "Postgres" ? "Host=localhost;Database=admin_design" : "Data Source=design.db");
        return new AdminDbContext(options.Options, catalog);
    }
}

internal static class Program
{
    private static void Main() => Console.WriteLine("Design-time startup project for dotnet ef; see the README.");
}
