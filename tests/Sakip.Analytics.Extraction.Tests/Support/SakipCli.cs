using System.Diagnostics;

namespace Sakip.Analytics.Extraction.Tests.Support;

/// <summary>Runs the real command line (sakip.dll, built next to the tests).</summary>
public static class SakipCli
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) =>
        RunAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs a command on the store in <paramref name="dataDirectory"/>, without loading the demo data into it.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunOnStoreAsync(string dataDirectory, params string[] arguments) =>
        RunAsync(new Dictionary<string, string> { ["Store__DataDirectory"] = dataDirectory, ["Store__LoadDemoDataWhenEmpty"] = "false" }, arguments);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(Dictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sakip.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
