using System.CommandLine;
using Sakip.Analytics.Cli.Bench;

namespace Sakip.Analytics.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        var facts = new Option<int>("--facts") { Description = "Synthetic facts to load.", DefaultValueFactory = _ => 5_000_000 };
        var repeats = new Option<int>("--repeats") { Description = "Runs of each query.", DefaultValueFactory = _ => 30 };
        var command = new Command("bench", "Ukur kecepatan muat (appender vs read_csv DuckDB) dan kueri perbandingan, pada data sintetis.")
        {
            facts, repeats,
        };
        command.SetAction(parse =>
        {
            LoadBenchmark.Run(parse.GetValue(facts), parse.GetValue(repeats), Console.Out);
            return 0;
        });
        return command;
    }
}
