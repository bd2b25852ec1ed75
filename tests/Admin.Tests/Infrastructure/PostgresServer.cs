using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Admin.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server per test process, for tests that need a real PostgreSQL database.
/// <para>
/// If the environment variable <c>ADMIN_TEST_POSTGRES</c> holds an Npgsql connection string (to a server
/// where that user may <c>CREATE DATABASE</c>), that server is used. Otherwise a private, throw-away cluster
/// is started on first use: a temporary directory, a free loopback port, run as the <c>postgres</c> user when
/// the tests run as root, stopped (<c>pg_ctl stop -m immediate</c>) and deleted when the process exits.
/// </para>
/// <para>
/// PostgreSQL missing is an error, never a silent skip: install it (<c>apt-get install -y postgresql</c>)
/// or point <c>ADMIN_TEST_POSTGRES</c> at a server.
/// </para>
/// </summary>
public static class PostgresServer
{
    /// <summary>Environment variable holding the connection string of an existing server.</summary>
    public const string EnvironmentVariable = "ADMIN_TEST_POSTGRES";

    private const int MaxIdentifierLength = 63;

    private static readonly Lazy<Task<string>> AdminConnection =
        new(() => Task.Run(ResolveAdminConnectionString), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The connection string to the <c>postgres</c> maintenance database of the server in use
    /// (starting the private cluster if needed).
    /// </summary>
    public static Task<string> GetAdminConnectionStringAsync() => AdminConnection.Value;

    /// <summary>
    /// Creates a new, empty, uniquely named database (<c>{prefix}_{guid}</c>, lower case, at most 63 characters)
    /// and returns its connection string (with <c>Include Error Detail=true</c>).
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var admin = await AdminConnection.Value.ConfigureAwait(false);
        var name = DatabaseName(prefix);

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {QuoteIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8'";
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        var builder = new NpgsqlConnectionStringBuilder(admin)
        {
            Database = name,
            IncludeErrorDetail = true,
        };
        return builder.ConnectionString;
    }

    /// <summary>
    /// Drops the database named in <paramref name="connectionString"/> (<c>WITH (FORCE)</c>: open sessions are
    /// terminated). Does nothing if it no longer exists.
    /// </summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database;
        if (string.IsNullOrEmpty(name) || name is "postgres" or "template0" or "template1")
        {
            throw new ArgumentException($"Refusing to drop database '{name}'.", nameof(connectionString));
        }

        // Pooled idle connections to the database would only be broken by FORCE; release them first.
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var admin = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Database = "postgres",
            Pooling = false,
        };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {QuoteIdentifier(name)} WITH (FORCE)";
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    internal static string DatabaseName(string prefix)
    {
        var cleaned = new StringBuilder();
        foreach (var c in (prefix ?? string.Empty).ToLowerInvariant())
        {
            cleaned.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '_');
        }

        if (cleaned.Length == 0 || char.IsDigit(cleaned[0]))
        {
            cleaned.Insert(0, 't');
        }

        var suffix = "_" + Guid.NewGuid().ToString("N");
        var maxPrefix = MaxIdentifierLength - suffix.Length;
        if (cleaned.Length > maxPrefix)
        {
            cleaned.Length = maxPrefix;
        }

        return cleaned + suffix;
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string ResolveAdminConnectionString()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var builder = new NpgsqlConnectionStringBuilder(configured);
            if (string.IsNullOrEmpty(builder.Database))
            {
                builder.Database = "postgres";
            }

            return builder.ConnectionString;
        }

        return PrivateCluster.Start();
    }

    /// <summary>A throw-away cluster owned by this test process.</summary>
    private static class PrivateCluster
    {
        private const string PostgresUser = "postgres";

        public static string Start()
        {
            var bin = FindBinaries();
            var runAsPostgres = IsRoot();
            if (runAsPostgres && !UserExists(PostgresUser))
            {
                throw new InvalidOperationException(
                    "Tests run as root, and PostgreSQL refuses to run as root, but there is no 'postgres' user to run it as. "
                    + "Install PostgreSQL with `apt-get install -y postgresql` (it creates that user), "
                    + $"or set {EnvironmentVariable} to the connection string of a server where the user may CREATE DATABASE.");
            }

            // As root, keep the cluster in /tmp: TMPDIR may point somewhere the postgres user cannot reach.
            var tempRoot = runAsPostgres ? "/tmp" : Path.GetTempPath();
            var directory = Path.Combine(tempRoot, "admin-tests-pg-" + Guid.NewGuid().ToString("N")[..12]);
            var dataDirectory = Path.Combine(directory, "data");
            var logFile = Path.Combine(directory, "postgres.log");
            Directory.CreateDirectory(directory);

            var started = false;
            try
            {
                if (runAsPostgres)
                {
                    Run("chown", [$"{PostgresUser}:{PostgresUser}", directory], asPostgres: false, directory);
                }

                Run(Path.Combine(bin, "initdb"),
                    ["-D", dataDirectory, "-U", PostgresUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                    runAsPostgres, directory);

                string? lastError = null;
                for (var attempt = 0; attempt < 5 && !started; attempt++)
                {
                    var port = FreeLoopbackPort();
                    var options = $"-c listen_addresses=127.0.0.1 -p {port} -k '{directory}' "
                        + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
                    var (exitCode, output) = RunCapture(Path.Combine(bin, "pg_ctl"),
                        ["-D", dataDirectory, "-l", logFile, "-o", options, "-w", "-t", "60", "start"],
                        runAsPostgres, directory);
                    if (exitCode == 0)
                    {
                        started = true;
                        var stopped = 0;
                        void Stop()
                        {
                            if (Interlocked.Exchange(ref stopped, 1) != 0)
                            {
                                return;
                            }

                            try
                            {
                                RunCapture(Path.Combine(bin, "pg_ctl"), ["-D", dataDirectory, "-m", "immediate", "-w", "stop"],
                                    runAsPostgres, directory);
                            }
                            finally
                            {
                                TryDelete(directory);
                            }
                        }

                        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
                        StartWatchdog(bin, dataDirectory, directory, runAsPostgres);
                        return new NpgsqlConnectionStringBuilder
                        {
                            Host = "127.0.0.1",
                            Port = port,
                            Username = PostgresUser,
                            Database = "postgres",
                        }.ConnectionString;
                    }

                    lastError = output + Environment.NewLine + ReadLog(logFile);
                }

                throw new InvalidOperationException("Could not start the private PostgreSQL test cluster:" + Environment.NewLine + lastError);
            }
            finally
            {
                if (!started)
                {
                    TryDelete(directory);
                }
            }
        }

        private static string FindBinaries()
        {
            const string root = "/usr/lib/postgresql";
            if (Directory.Exists(root))
            {
                var best = Directory.GetDirectories(root)
                    .Select(d => (Dir: d, Version: Version.TryParse(VersionText(Path.GetFileName(d)), out var v) ? v : null))
                    .Where(x => x.Version is not null && File.Exists(Path.Combine(x.Dir, "bin", "initdb")) && File.Exists(Path.Combine(x.Dir, "bin", "pg_ctl")))
                    .OrderByDescending(x => x.Version)
                    .Select(x => Path.Combine(x.Dir, "bin"))
                    .FirstOrDefault();
                if (best is not null)
                {
                    return best;
                }
            }

            // Non-Debian layouts: initdb and pg_ctl on the PATH.
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                if (IsRealFile(Path.Combine(dir, "initdb")) && IsRealFile(Path.Combine(dir, "pg_ctl")))
                {
                    return dir;
                }
            }

            throw new InvalidOperationException(
                "PostgreSQL is not installed: no initdb/pg_ctl under /usr/lib/postgresql/*/bin or on the PATH. "
                + "Install it with `apt-get update && apt-get install -y postgresql`, "
                + $"or set {EnvironmentVariable} to the connection string of a server where the user may CREATE DATABASE "
                + "(e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=...).");
        }

        /// <summary>
        /// The test host may be killed before, or while, its ProcessExit handlers run (vstest does so once a run is
        /// over), and the server, started through pg_ctl, is not its child. A detached shell, re-parented away from
        /// this process, waits for it to end and then stops the server and removes the directory.
        /// </summary>
        private static void StartWatchdog(string bin, string dataDirectory, string directory, bool runAsPostgres)
        {
            var pgCtl = Path.Combine(bin, "pg_ctl");
            var stop = (runAsPostgres ? $"runuser -u {PostgresUser} -- " : string.Empty)
                + $"{ShellQuote(pgCtl)} -D {ShellQuote(dataDirectory)} -m immediate -w stop";
            var script = "( trap '' HUP INT TERM; "
                + $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done; "
                + $"{stop}; rm -rf {ShellQuote(directory)} ) </dev/null >/dev/null 2>&1 &";
            var start = new ProcessStartInfo("/bin/sh")
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(script);
            try
            {
                using var process = Process.Start(start);
                process?.StandardInput.Close();
                process?.WaitForExit(TimeSpan.FromSeconds(10));
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // No /bin/sh: the ProcessExit handler is the only clean-up.
            }
        }

        private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

        /// <summary>An existing file, or a symbolic link whose final target exists (not a dangling link).</summary>
        private static bool IsRealFile(string path)
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return false;
            }

            return file.LinkTarget is null || file.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true };
        }

        private static string VersionText(string name) => name.Contains('.', StringComparison.Ordinal) ? name : name + ".0";

        private static bool IsRoot() =>
            (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
            && string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

        private static bool UserExists(string user)
        {
            try
            {
                return File.ReadLines("/etc/passwd").Any(l => l.StartsWith(user + ":", StringComparison.Ordinal));
            }
            catch (IOException)
            {
                return false;
            }
        }

        private static int FreeLoopbackPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        private static void Run(string file, string[] args, bool asPostgres, string workingDirectory)
        {
            var (exitCode, output) = RunCapture(file, args, asPostgres, workingDirectory);
            if (exitCode != 0)
            {
                throw new InvalidOperationException(
                    $"`{file} {string.Join(' ', args)}` failed with exit code {exitCode}:{Environment.NewLine}{output}");
            }
        }

        private static (int ExitCode, string Output) RunCapture(string file, string[] args, bool asPostgres, string workingDirectory)
        {
            var start = new ProcessStartInfo
            {
                FileName = asPostgres ? "runuser" : file,
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            if (asPostgres)
            {
                start.ArgumentList.Add("-u");
                start.ArgumentList.Add(PostgresUser);
                start.ArgumentList.Add("--");
                start.ArgumentList.Add(file);
            }

            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            // Keep the server's messages predictable whatever the caller's locale.
            start.Environment["LC_ALL"] = "C.UTF-8";

            using var process = Process.Start(start)
                ?? throw new InvalidOperationException($"Could not start `{file}`.");
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                }

                return (-1, $"`{file}` did not finish within 2 minutes.");
            }

            return (process.ExitCode, stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult());
        }

        private static string ReadLog(string logFile)
        {
            try
            {
                return File.Exists(logFile) ? File.ReadAllText(logFile) : string.Empty;
            }
            catch (IOException)
            {
                return string.Empty;
            }
        }

        private static void TryDelete(string directory)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
