using System.CommandLine;
using Sakip.Analytics.Cli.Commands;
using Sakip.Analytics.Storage;

var root = new RootCommand("Sakip.Analytics: muat, periksa dan ekspor data kinerja SAKIP.")
{
    ImportCommand.Create(),
    RunsCommand.Create(),
    ExportCommand.Create(),
    BenchCommand.Create(),
    ExtractCommand.Create(),
    ScoreCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (StoreInUseException ex)
{
    // Expected while the dashboard runs: say what to do, without a stack trace.
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException
    && Environment.GetEnvironmentVariable("SAKIP_DEBUG") is null)
{
    // Bad input (a missing file, an unreadable report): the reason is enough; SAKIP_DEBUG=1 shows the trace.
    await Console.Error.WriteLineAsync($"Gagal: {ex.Message}");
    return 1;
}
