using System.Text.Json;
using System.Text.Json.Nodes;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Import.Tests.Support;

/// <summary>
/// Every record of a batch as JSON, to compare batches read from different sources. The file an origin
/// names differs by source ("indicators.csv" or "book.xlsx!indicators"), so it is left out.
/// </summary>
internal static class BatchSnapshot
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Of(TemplateBatch batch, bool withOriginRows = true)
    {
        var records = JsonSerializer.SerializeToNode(
            new { batch.Tenants, batch.Units, batch.CapaianScales, batch.Indicators, batch.Budget, batch.Akip, batch.Ikm, batch.Notes }, Options)!;
        foreach (var list in records.AsObject().Select(p => p.Value!.AsArray()))
        {
            foreach (var record in list.Select(r => r!.AsObject()))
            {
                if (withOriginRows)
                {
                    record["Origin"]!.AsObject().Remove("File");
                }
                else
                {
                    record.Remove("Origin");
                }
            }
        }

        return records.ToJsonString(Options);
    }
}
