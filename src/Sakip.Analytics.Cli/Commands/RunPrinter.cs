using System.Globalization;
using Sakip.Analytics.Application.Runs;

namespace Sakip.Analytics.Cli.Commands;

internal static class RunPrinter
{
    public static void Print(EtlRun run, TextWriter output)
    {
        output.WriteLine(Line(run));
        output.WriteLine(run.Message);
        if (!string.IsNullOrEmpty(run.Errors))
        {
            output.WriteLine(run.Errors);
        }
    }

    public static string Line(EtlRun run) => string.Create(CultureInfo.InvariantCulture,
        $"{run.RunId,-4} {run.Status,-12} {run.Trigger,-8} {run.StartedAt:yyyy-MM-dd HH:mm:ss}  {run.EndedAt?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-",-19}  " +
        $"{run.RowsIndicators,9} {run.RowsBudget,8} {run.RowsAkip,4} {run.RowsIkm,3} {run.ErrorCount,9}  {run.SourcePath}");
}
