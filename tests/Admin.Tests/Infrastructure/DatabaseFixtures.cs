namespace Admin.Tests.Infrastructure;

/// <summary>
/// One host on one database for a test class. Data tests are written once in an abstract class and run twice:
/// by a <c>_Sqlite</c> subclass with <see cref="SqliteDatabase"/> and a <c>_Postgres</c> subclass with <see cref="PostgresDatabase"/>.
/// </summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private AdminAppFactory? _factory;

    /// <summary>The running host.</summary>
    public AdminAppFactory App => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>True to serve on Kestrel at a loopback port (for browsers) instead of the in-memory test server.</summary>
    protected virtual bool RealServer => false;

    /// <summary>The real server's address, when <see cref="RealServer"/>.</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>Extra configuration for the host.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>More configuration of the host (a log capture, say) before it starts.</summary>
    protected virtual void ConfigureHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
    }

    public async Task InitializeAsync()
    {
        var (provider, connectionString) = await CreateDatabaseAsync();
        _factory = new AdminAppFactory(provider, connectionString, Settings, ConfigureHost);
        if (RealServer)
        {
            _factory.UseKestrel(0);
            _factory.StartServer();
            using var client = _factory.CreateClient();
            BaseAddress = client.BaseAddress;
        }
        else
        {
            _ = _factory.Server; // starts the host: migrations and the setup recipe run now
        }
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            await DropDatabaseAsync(_factory.ConnectionString);
        }
    }

    /// <summary>Creates an empty database and answers the provider name and connection string.</summary>
    protected abstract Task<(string Provider, string ConnectionString)> CreateDatabaseAsync();

    /// <summary>Removes the database.</summary>
    protected abstract Task DropDatabaseAsync(string connectionString);
}

/// <summary>A fresh SQLite file per test class.</summary>
public class SqliteDatabase : DatabaseFixture
{
    private string? _path;

    protected override Task<(string, string)> CreateDatabaseAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"admin-test-{Guid.NewGuid():N}.db");
        return Task.FromResult(("Sqlite", $"Data Source={_path}"));
    }

    protected override Task DropDatabaseAsync(string connectionString)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_path + suffix);
            }
            catch (IOException)
            {
                // A file still open on some platform is left in the temp folder.
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>A fresh PostgreSQL database per test class (on ADMIN_TEST_POSTGRES or a private cluster).</summary>
public class PostgresDatabase : DatabaseFixture
{
    protected override async Task<(string, string)> CreateDatabaseAsync() => ("Postgres", await PostgresServer.CreateDatabaseAsync("admin_test"));

    protected override Task DropDatabaseAsync(string connectionString) => PostgresServer.DropDatabaseAsync(connectionString);
}
