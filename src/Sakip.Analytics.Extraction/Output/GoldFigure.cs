using System.Text.Json.Serialization;

namespace Sakip.Analytics.Extraction.Output;

/// <summary>Where a gold-schema figure was printed (table caption, line) and how sure the extractor is.</summary>
public abstract class GoldFigure
{
    [JsonPropertyName("table")]
    public string? Table { get; set; }

    [JsonPropertyName("line")]
    public int Line { get; set; }

    [JsonPropertyName("confidence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Confidence { get; set; }
}
