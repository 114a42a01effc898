using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Runs;

namespace Sakip.Analytics.Cli.Commands;

internal static class RunsCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "How many recent runs.", DefaultValueFactory = _ => 20 };
        var command = new Command("runs", "Riwayat run ETL: mulai, selesai, status, baris per dataset, kesalahan.") { limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            var runs = host.Services.GetRequiredService<IEtlRunLog>().Recent(parse.GetValue(limit));
            Console.WriteLine("run  status       trigger  started (UTC)        ended (UTC)          indikator anggaran akip ikm kesalahan  sumber");
            foreach (var run in runs)
            {
                Console.WriteLine(RunPrinter.Line(run));
            }

            return 0;
        });
        return command;
    }
}
