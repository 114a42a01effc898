using System.Text.Json.Serialization;

namespace Sakip.Analytics.Extraction.Output;

public sealed class GoldInconsistency
{
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("lines")]
    public List<int> Lines { get; set; } = [];

    [JsonPropertyName("locations")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<GoldLocation>? Locations { get; set; }
}

/// <summary>One side of an extracted finding: what it is ("dilaporkan", "dihitung", a table), the value, where.</summary>
public sealed class GoldLocation
{
    [JsonPropertyName("label")]
    public string? Label { get; set; }

    [JsonPropertyName("value")]
    public decimal? Value { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("table")]
    public string? Table { get; set; }

    [JsonPropertyName("line")]
    public int Line { get; set; }
}
