using System.Text.Json.Serialization;

namespace Sakip.Analytics.Extraction.Output;

public sealed class GoldAkip : GoldFigure
{
    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    [JsonPropertyName("year")]
    public int Year { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("components")]
    public GoldAkipComponents Components { get; set; } = new();

    [JsonPropertyName("total")]
    public decimal? Total { get; set; }

    [JsonPropertyName("category")]
    public string? Category { get; set; }

    [JsonPropertyName("evaluator")]
    public string? Evaluator { get; set; }

    [JsonPropertyName("regulation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Regulation { get; set; }
}

public sealed class GoldAkipComponents
{
    [JsonPropertyName("perencanaan")]
    public decimal? Perencanaan { get; set; }

    [JsonPropertyName("pengukuran")]
    public decimal? Pengukuran { get; set; }

    [JsonPropertyName("pelaporan")]
    public decimal? Pelaporan { get; set; }

    [JsonPropertyName("evaluasi_internal")]
    public decimal? EvaluasiInternal { get; set; }

    [JsonPropertyName("capaian")]
    public decimal? Capaian { get; set; }
}
