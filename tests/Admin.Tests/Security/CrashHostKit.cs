using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Security;

/// <summary>
/// What every crash suite needs around <see cref="HostProcess"/>: a database of its own on either provider, sign-in against
/// the host process (tokens that survive the kills), API clients as a counter's would be, and the connection pools let go
/// between the test's own in-process hosts and the host process.
/// </summary>
internal static class CrashHostKit
{
    /// <summary>Signs in through <c>/api/auth/token</c> of the host process and answers the access token.</summary>
    public static async Task<string> TokenAsync(Uri host, string outlet, string login, string password)
    {
        using var client = new HttpClient { BaseAddress = host };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { outletCode = outlet, loginName = login, password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Sign-in of {outlet}/{login} answered {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<AdminAppFactory.TokenBody>())!.AccessToken;
    }

    /// <summary>An API client of the host process with the bearer token, a fresh Idempotency-Key on every POST.</summary>
    public static HttpClient Client(Uri host, string token, TimeSpan? timeout = null)
    {
        var client = new HttpClient(new IdempotencyKeys(new HttpClientHandler())) { BaseAddress = host, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Waits until <paramref name="done"/> holds or <paramref name="limit"/> passes (a loaded machine is slow: wait for progress, not a fixed time).</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > limit)
            {
                return false;
            }

            await Task.Delay(25);
        }

        return true;
    }

    /// <summary>Asks <paramref name="done"/> every <paramref name="every"/> (100 ms) until it holds or <paramref name="limit"/> passes.</summary>
    public static async Task<bool> PollUntilAsync(Func<Task<bool>> done, TimeSpan limit, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > limit)
            {
                return false;
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }

        return true;
    }

    /// <summary>Drops this process's pooled connections (a killed host's database is opened again by the test's own host).</summary>
    public static void ClearPools(string provider)
    {
        if (provider == "Sqlite")
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        else
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
        }
    }
}

/// <summary>A crash test's own database: an empty PostgreSQL database or SQLite file, removed on dispose.</summary>
internal sealed class CrashDatabase : IAsyncDisposable
{
    private CrashDatabase(string provider, string connectionString, string? sqlitePath)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqlitePath = sqlitePath;
    }

    private readonly string? _sqlitePath;

    /// <summary>"Sqlite" or "Postgres" (the host's <c>Database:Provider</c>).</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Creates an empty database named after <paramref name="name"/> on <paramref name="provider"/>.</summary>
    public static async Task<CrashDatabase> CreateAsync(string provider, string name)
    {
        if (provider == "Postgres")
        {
            return new CrashDatabase(provider, await PostgresServer.CreateDatabaseAsync(name), null);
        }

        var path = Path.Combine(Path.GetTempPath(), $"admin-{name}-{Guid.NewGuid():N}.db");
        return new CrashDatabase(provider, $"Data Source={path}", path);
    }

    public async ValueTask DisposeAsync()
    {
        CrashHostKit.ClearPools(Provider);
        if (_sqlitePath is null)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_sqlitePath + suffix);
            }
            catch (IOException)
            {
                // A file still open is left in the temp folder.
            }
        }
    }
}
