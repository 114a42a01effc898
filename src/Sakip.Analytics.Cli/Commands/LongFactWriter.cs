using System.Globalization;
using System.Text.Json;
using Sakip.Analytics.Application.Export;

namespace Sakip.Analytics.Cli.Commands;

/// <summary>Writes long facts; numbers in invariant format with the trailing zeros of the store's scale removed.</summary>
public static class LongFactWriter
{
    public const string CsvHeader = "tenant,unit,year,dataset,measure,qualifier,kind,value,grade,text,source,table,line,batch";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void WriteCsv(IEnumerable<LongFact> facts, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(CsvHeader);
        foreach (var f in facts)
        {
            string?[] cells =
            [
                f.Tenant, f.Unit, f.Year.ToString(CultureInfo.InvariantCulture), f.Dataset, f.Measure, f.Qualifier,
                f.Kind, Number(f.Value), f.Grade, f.Text, f.Source, f.Table,
                f.Line?.ToString(CultureInfo.InvariantCulture), f.Batch.ToString(CultureInfo.InvariantCulture),
            ];
            writer.WriteLine(string.Join(',', cells.Select(Quote)));
        }
    }

    public static void WriteJson(IEnumerable<LongFact> facts, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var normalized = facts.Select(f => f with { Value = f.Value is decimal v ? Normalize(v) : null });
        writer.WriteLine(JsonSerializer.Serialize(normalized, Json));
    }

    public static string? Number(decimal? value) =>
        value is decimal v ? Normalize(v).ToString(CultureInfo.InvariantCulture) : null;

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string Quote(string? cell)
    {
        if (cell is null)
        {
            return string.Empty;
        }

        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
