using System.CommandLine;
using Sakip.Analytics.Cli.Commands;

var root = new RootCommand("Sakip.Analytics: muat, periksa dan ekspor data kinerja SAKIP.")
{
    ImportCommand.Create(),
    RunsCommand.Create(),
    ExportCommand.Create(),
    BenchCommand.Create(),
    ExtractCommand.Create(),
    ScoreCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
