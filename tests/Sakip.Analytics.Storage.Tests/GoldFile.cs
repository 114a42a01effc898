using System.Globalization;
using System.Text.Json;

namespace Sakip.Analytics.Storage.Tests;

/// <summary>A gold file of ../shared/gold (schema v1) and the lookup of one exported fact in it.</summary>
public sealed class GoldFile(JsonElement root)
{
    private static readonly Dictionary<string, string[]> ElementWords = new()
    {
        ["persyaratan"] = ["persyaratan"],
        ["prosedur"] = ["prosedur"],
        ["waktu"] = ["waktu"],
        ["biaya"] = ["biaya", "tarif"],
        ["produk"] = ["produk"],
        ["kompetensi"] = ["kompetensi"],
        ["perilaku"] = ["perilaku", "prilaku"],
        ["sarana"] = ["sarana"],
        ["pengaduan"] = ["pengaduan"],
    };

    public static GoldFile Load(string document) =>
        new(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", $"{document}.json"))).RootElement);

    /// <summary>Null when the gold file holds the exported figure at that line; otherwise what is wrong.</summary>
    public string? Check(JsonElement fact)
    {
        var dataset = fact.GetProperty("dataset").GetString();
        var line = fact.GetProperty("line").GetInt32();
        var year = fact.GetProperty("year").GetInt32();
        var measure = fact.GetProperty("measure").GetString()!;
        var kind = fact.GetProperty("kind").GetString()!;
        var value = fact.GetProperty("value").ValueKind == JsonValueKind.Null ? (decimal?)null : fact.GetProperty("value").GetDecimal();
        var grade = fact.GetProperty("grade").GetString();
        var candidates = dataset switch
        {
            "indicators" => IndicatorFigures(measure, year, kind, line),
            "budget" => BudgetFigures(measure, fact.GetProperty("qualifier").GetString(), kind, line),
            "akip" => AkipFigures(measure, year, kind, line),
            "ikm" => IkmFigures(measure, year, line),
            _ => [],
        };
        if (candidates.Count == 0)
        {
            return $"{Describe(fact)}: not in the gold file";
        }

        return candidates.Any(c => c.Value == value && (grade is null || string.Equals(c.Grade, grade, StringComparison.OrdinalIgnoreCase)))
            ? null
            : $"{Describe(fact)}: exported {value} {grade}, gold has {string.Join(" / ", candidates.Select(c => $"{c.Value} {c.Grade}"))}";
    }

    private List<Figure> IndicatorFigures(string measure, int year, string kind, int line) =>
        root.GetProperty("indicators").EnumerateArray()
            .Where(i => i.GetProperty("name").GetString() == measure)
            .SelectMany(i => i.GetProperty("values").EnumerateArray())
            .Where(v => Int(v, "line") == line && Int(v, "year") == year && v.GetProperty("kind").GetString() == kind)
            .Select(v => new Figure(Dec(v, "value"), Str(v, "grade")))
            .ToList();

    private List<Figure> BudgetFigures(string measure, string? stage, string kind, int line) =>
        root.GetProperty("budget").EnumerateArray()
            .Where(b => Int(b, "line") == line && Str(b, "stage") == stage && (Str(b, "code") == measure || Str(b, "name") == measure))
            .Where(b => b.TryGetProperty(kind, out _))
            .Select(b => new Figure(Dec(b, kind), null))
            .ToList();

    private List<Figure> AkipFigures(string measure, int year, string kind, int line) =>
        root.GetProperty("akip").EnumerateArray()
            .Where(a => Int(a, "year") == year && Str(a, "kind") == kind)
            .Where(a => Int(a, "line") == line || LinesOf(a, "component_lines").Contains(line))
            .Select(a => measure == "total"
                ? new Figure(Dec(a, "total"), Str(a, "category"))
                : new Figure(Dec(a.GetProperty("components"), measure), null))
            .ToList();

    private List<Figure> IkmFigures(string measure, int year, int line)
    {
        var surveys = root.GetProperty("ikm").EnumerateArray().Where(s => Int(s, "year") == year && Int(s, "line") == line);
        return surveys.Select(s => measure switch
        {
            "ikm" => new Figure(Dec(s, "ikm"), Str(s, "grade")),
            "nrr_weighted_total" => new Figure(Dec(s, "nrr_weighted_total"), null),
            "respondents" => new Figure(Dec(s, "respondents"), null),
            _ => new Figure(
                s.GetProperty("elements").EnumerateArray()
                    .Where(e => ElementWords[measure].Any(w => Str(e, "name")!.Contains(w, StringComparison.OrdinalIgnoreCase)))
                    .Select(e => Dec(e, "nrr")).FirstOrDefault(),
                null),
        }).ToList();
    }

    private static HashSet<int> LinesOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var lines) && lines.ValueKind == JsonValueKind.Object
            ? lines.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => p.Value.GetInt32()).ToHashSet()
            : [];

    private static string Describe(JsonElement fact) => string.Create(CultureInfo.InvariantCulture,
        $"{fact.GetProperty("unit").GetString()} {fact.GetProperty("year").GetInt32()} {fact.GetProperty("dataset").GetString()} '{fact.GetProperty("measure").GetString()}' {fact.GetProperty("kind").GetString()} line {fact.GetProperty("line").GetInt32()}");

    private static int? Int(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static decimal? Dec(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    private static string? Str(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private sealed record Figure(decimal? Value, string? Grade);
}
