using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Sakip.Analytics.Web.Tests.Accounts.Support;

/// <summary>
/// A throwaway PostgreSQL cluster: initdb in a temp folder, started with pg_ctl on a free loopback
/// port, removed afterwards. The server comes from Debian's postgresql package; when it is missing
/// and the tests run as root it is installed with apt-get, otherwise the fixture fails saying so.
/// Never skipped silently: a test that asks for PostgreSQL gets it or fails.
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private string folder = "";
    private string bin = "";

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = false,
    }.ConnectionString;

    public int Port { get; private set; }

    private string DataFolder => Path.Combine(folder, "data");

    private static bool IsRoot => Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        bin = await FindOrInstallAsync();
        folder = Directory.CreateTempSubdirectory("sakip-postgres-").FullName;
        if (IsRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["-R", "postgres:postgres", folder], asPostgres: false);
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", DataFolder, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale"]);
        Port = FreePort();
        var options = $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off";
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataFolder, "-o", options, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start"]);
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
    }

    public async Task DisposeAsync()
    {
        if (bin.Length > 0 && Directory.Exists(DataFolder))
        {
            await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }

        if (folder.Length > 0)
        {
            AccountHost.DeleteFolder(folder);
        }
    }

    private static async Task<string> FindOrInstallAsync()
    {
        if (Find() is { } found)
        {
            return found;
        }

        if (!IsRoot)
        {
            throw new InvalidOperationException(
                "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb) and the tests do not run as root, " +
                "so they cannot install it: run `apt-get install postgresql` (as .ci/run does) and run the tests again.");
        }

        await RunAsync("apt-get", ["update", "-qq"], asPostgres: false);
        await RunAsync("apt-get", ["install", "-y", "-qq", "postgresql"], asPostgres: false);
        return Find() ?? throw new InvalidOperationException("apt-get install postgresql ran but no initdb was found under /usr/lib/postgresql.");
    }

    private static string? Find() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres = true)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["DEBIAN_FRONTEND"] = "noninteractive", ["LC_ALL"] = "C" },
        };
        if (asPostgres && IsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"PostgreSQL for the tests: `{program} {string.Join(' ', arguments)}` exited {process.ExitCode}.\n{await output}\n{await error}");
        }
    }
}
