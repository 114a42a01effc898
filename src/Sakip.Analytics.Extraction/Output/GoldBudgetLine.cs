using System.Text.Json.Serialization;

namespace Sakip.Analytics.Extraction.Output;

public sealed class GoldBudgetLine : GoldFigure
{
    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    [JsonPropertyName("year")]
    public int Year { get; set; }

    [JsonPropertyName("level")]
    public string? Level { get; set; }

    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("stage")]
    public string? Stage { get; set; }

    [JsonPropertyName("pagu")]
    public decimal? Pagu { get; set; }

    [JsonPropertyName("realisasi")]
    public decimal? Realisasi { get; set; }

    [JsonPropertyName("reported_pct")]
    public decimal? ReportedPercent { get; set; }

    [JsonPropertyName("parent_line")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ParentLine { get; set; }
}
