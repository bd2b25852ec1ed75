using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Admin.Tests.Security;

/// <summary>
/// The built host (<c>src/Host/bin/{Configuration}/{tfm}/Admin.Host.dll</c>) run by <c>dotnet</c> as a separate process on
/// a loopback port, Production settings, against a given database: started, waited for (<c>/health</c>), and killed with
/// SIGKILL (<see cref="Process.Kill()"/> on Unix) as a power cut would.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>The last lines the host wrote (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                var text = _log.ToString();
                return text.Length > 4000 ? text[^4000..] : text;
            }
        }
    }

    /// <summary>The host's dll, built beside this test assembly (same configuration and target framework).</summary>
    public static string HostDll()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = bin.Name;
        var configuration = bin.Parent!.Name;
        var root = bin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Admin.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"Admin.sln not found above {AppContext.BaseDirectory}.");
        }

        var dll = Path.Combine(root.FullName, "src", "Host", "bin", configuration, framework, "Admin.Host.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"The host is not built: {dll} is missing (dotnet build src/Host -c {configuration}).");
    }

    /// <summary>Starts the host and waits until <c>/health</c> answers 200; <paramref name="settings"/> are more configuration (e.g. <c>Jobs:CheckinIntervalSeconds</c>).</summary>
    public static async Task<HostProcess> StartAsync(
        string provider, string connectionString, string adminPassword, TimeSpan timeout, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = HostDll();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["Database__Provider"] = provider;
        start.Environment["ConnectionStrings__Admin"] = connectionString;
        start.Environment["Setup__AdminPassword"] = adminPassword;
        // Each restart listens on a new port; a deployment's hosts answer on one address, so they name one issuer (README:
        // several hosts), and tokens issued before a restart stay good after it.
        start.Environment["OpenId__Issuer"] = "https://admin.test/";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode} while starting:\n{host.Log}");
            }

            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(50);
        }

        host.Kill();
        throw new TimeoutException($"The host did not answer /health within {timeout}:\n{host.Log}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no finishing the requests in flight.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
            if (_log.Length > 64_000)
            {
                _log.Remove(0, _log.Length - 16_000);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
