using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Export;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "Tenant slug, e.g. kabupaten-batu-bara.", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Unit slug, e.g. kecamatan-sei-balai." };
        var year = new Option<int?>("--year");
        var dataset = new Option<string?>("--dataset");
        dataset.AcceptOnlyFromAmong("indicators", "budget", "akip", "ikm");
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json", "arrow");
        var output = new Option<string?>("--out") { Description = "File to write; standard output when omitted." };
        var publishedOnly = new Option<bool>("--published-only") { Description = "Only published facts, as the public sees them (default: drafts included)." };
        var command = new Command("export", "Ekspor fakta terkini dalam format panjang (long).")
        {
            tenant, unit, year, dataset, format, output, publishedOnly,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            var tenantSlug = parse.GetRequiredValue(tenant);
            // The command line runs as the platform owner of the store: it sees drafts unless asked not to.
            var scope = parse.GetValue(publishedOnly) ? TenantScope.Published(tenantSlug) : TenantScope.WithDrafts(tenantSlug);
            var facts = host.Services.GetRequiredService<IFactExport>().Query(scope, new FactFilter(
                parse.GetValue(unit), parse.GetValue(year), parse.GetValue(dataset)));
            var path = parse.GetValue(output);
            if (parse.GetValue(format) == "arrow")
            {
                await using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
                LongFactWriter.WriteArrow(facts, stream);
                return 0;
            }

            await using var writer = path is null ? Console.Out : new StreamWriter(path);
            if (parse.GetValue(format) == "json")
            {
                LongFactWriter.WriteJson(facts, writer);
            }
            else
            {
                LongFactWriter.WriteCsv(facts, writer);
            }

            return 0;
        });
        return command;
    }
}
