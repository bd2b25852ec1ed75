using Microsoft.EntityFrameworkCore;

namespace Admin.Host;

/// <summary>
/// The database is chosen by configuration: <c>Database:Provider</c> = <c>Sqlite</c> (default; a file under App_Data)
/// or <c>Postgres</c>; the connection string is <c>ConnectionStrings:Admin</c>. Each provider has its own migrations assembly.
/// </summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>Reads the provider and connection string, with the SQLite default.</summary>
    public static (string Provider, string ConnectionString) FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Database:Provider"] ?? Sqlite;
        if (!provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase) && !provider.Equals(Postgres, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database:Provider must be '{Sqlite}' or '{Postgres}', not '{provider}'.");
        }

        provider = provider.Equals(Postgres, StringComparison.OrdinalIgnoreCase) ? Postgres : Sqlite;
        var connectionString = configuration.GetConnectionString("Admin");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == Postgres)
            {
                throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:Admin (e.g. the environment variable ConnectionStrings__Admin).");
            }

            var dataDir = Path.Combine(contentRoot, "App_Data");
            Directory.CreateDirectory(dataDir);
            connectionString = $"Data Source={Path.Combine(dataDir, "admin.db")}";
        }

        return (provider, connectionString);
    }

    /// <summary>
    /// The connection string Quartz's job store uses: the same database; on SQLite with a long busy timeout, because a
    /// job's transaction holds SQLite's one write lock while Quartz's check-ins and trigger updates wait for it.
    /// </summary>
    public static string JobStoreConnectionString(string provider, string connectionString) =>
        provider == Postgres
            ? connectionString
            : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 120, Pooling = true }.ToString();

    /// <summary>Configures EF Core for the provider, with its migrations assembly.</summary>
    public static void Configure(DbContextOptionsBuilder options, string provider, string connectionString)
    {
        if (provider == Postgres)
        {
            options.UseNpgsql(connectionString, o => o.MigrationsAssembly("Admin.Migrations.Postgres"));
        }
        else
        {
            // A busy timeout lets concurrent writers wait for each other instead of failing at once.
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = true };
            options.UseSqlite(builder.ToString(), o => o.MigrationsAssembly("Admin.Migrations.Sqlite"));
        }
    }
}
