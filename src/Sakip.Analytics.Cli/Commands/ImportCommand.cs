using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Etl;

namespace Sakip.Analytics.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "Folder of template CSV files, or an .xlsx workbook." };
        var command = new Command("import", "Muat satu batch melalui job ETL.") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            var run = await host.Services.GetRequiredService<EtlEngine>()
                .RunAsync(new ImportRequest(parse.GetRequiredValue(path), $"cli:{Environment.UserName}"), "cli", cancellationToken);
            RunPrinter.Print(run, Console.Out);
            return run.Status is EtlRunStatus.Succeeded or EtlRunStatus.Unchanged ? 0 : 1;
        });
        return command;
    }
}
