using System.Diagnostics;
using System.Text.Json;

namespace Sakip.Analytics.Arrow.Tests;

/// <summary>Reads a file with the apache-arrow npm package (restored by the build into the repo's node_modules).</summary>
public static class ArrowJs
{
    public static JsonElement Read(string arrowFile)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "read-arrow.js"));
        start.ArgumentList.Add(arrowFile);
        start.Environment["NODE_PATH"] = Path.Combine(RepositoryRoot(), "node_modules");
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"apache-arrow could not read the stream: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sakip.Analytics.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Sakip.Analytics.sln not found above the test folder.");
    }
}
