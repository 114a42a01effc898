using System.Text.Json.Serialization;

namespace Sakip.Analytics.Extraction.Output;

public sealed class GoldIndicator
{
    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    [JsonPropertyName("level")]
    public string? Level { get; set; }

    [JsonPropertyName("goal")]
    public string? Goal { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("satuan")]
    public string? Satuan { get; set; }

    [JsonPropertyName("polarity")]
    public string? Polarity { get; set; }

    [JsonPropertyName("values")]
    public List<GoldValue> Values { get; set; } = [];
}

public sealed class GoldValue : GoldFigure
{
    [JsonPropertyName("year")]
    public int Year { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("value")]
    public decimal? Value { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("grade")]
    public string? Grade { get; set; }

    [JsonPropertyName("category")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Category { get; set; }
}
