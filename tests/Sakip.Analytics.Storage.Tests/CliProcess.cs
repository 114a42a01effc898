using System.Diagnostics;
using Sakip.Analytics.Storage.Batches;

namespace Sakip.Analytics.Storage.Tests;

/// <summary>Runs the real command line (sakip.dll, built next to the tests) against a data folder.</summary>
public static class CliProcess
{
    public static Process Start(string dataDirectory, IEnumerable<string> arguments, bool loadDemo, string? pauseSignal = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sakip.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Store__DataDirectory"] = dataDirectory;
        start.Environment["Store__LoadDemoDataWhenEmpty"] = loadDemo ? "true" : "false";
        if (pauseSignal is not null)
        {
            start.Environment[BatchStore.PauseBeforeCommitVariable] = pauseSignal;
        }

        return Process.Start(start)!;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string dataDirectory, IEnumerable<string> arguments, bool loadDemo)
    {
        using var process = Start(dataDirectory, arguments, loadDemo);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
