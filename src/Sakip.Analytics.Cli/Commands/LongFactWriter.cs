using System.Globalization;
using System.Text.Json;
using Sakip.Analytics.Application.Export;
using Sakip.Analytics.Arrow;

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

    /// <summary>An Arrow IPC stream; values as Decimal128(38, 6), the store's finest scale, so nothing is rounded.</summary>
    public static void WriteArrow(IReadOnlyList<LongFact> facts, Stream stream) =>
        ArrowStreamWriter.Write(stream,
        [
            new Utf8Column("tenant", facts.Select(f => (string?)f.Tenant).ToList()),
            new Utf8Column("unit", facts.Select(f => (string?)f.Unit).ToList()),
            new Int32Column("year", facts.Select(f => (int?)f.Year).ToList()),
            new Utf8Column("dataset", facts.Select(f => (string?)f.Dataset).ToList()),
            new Utf8Column("measure", facts.Select(f => (string?)f.Measure).ToList()),
            new Utf8Column("qualifier", facts.Select(f => f.Qualifier).ToList()),
            new Utf8Column("kind", facts.Select(f => (string?)f.Kind).ToList()),
            new DecimalColumn("value", facts.Select(f => f.Value).ToList(), Scale: 6),
            new Utf8Column("grade", facts.Select(f => f.Grade).ToList()),
            new Utf8Column("text", facts.Select(f => f.Text).ToList()),
            new Utf8Column("source", facts.Select(f => (string?)f.Source).ToList()),
            new Utf8Column("table", facts.Select(f => f.Table).ToList()),
            new Int32Column("line", facts.Select(f => f.Line).ToList()),
            new Int64Column("batch", facts.Select(f => (long?)f.Batch).ToList()),
        ]);

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
