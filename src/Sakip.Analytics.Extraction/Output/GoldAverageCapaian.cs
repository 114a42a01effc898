using System.Text.Json.Serialization;

namespace Sakip.Analytics.Extraction.Output;

/// <summary>A printed mean capaian: a sasaran's (<c>sasaran_capaian</c>, with its goal) or all the IKU's (<c>iku_average_capaian</c>).</summary>
public sealed class GoldAverageCapaian : GoldFigure
{
    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    [JsonPropertyName("goal")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Goal { get; set; }

    [JsonPropertyName("year")]
    public int Year { get; set; }

    [JsonPropertyName("value")]
    public decimal? Value { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }
}
