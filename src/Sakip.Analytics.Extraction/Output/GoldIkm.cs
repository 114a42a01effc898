using System.Text.Json.Serialization;

namespace Sakip.Analytics.Extraction.Output;

public sealed class GoldIkm : GoldFigure
{
    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    [JsonPropertyName("year")]
    public int Year { get; set; }

    [JsonPropertyName("respondents")]
    public int? Respondents { get; set; }

    [JsonPropertyName("elements")]
    public List<GoldIkmElement> Elements { get; set; } = [];

    [JsonPropertyName("nrr_weighted_total")]
    public decimal? NrrWeightedTotal { get; set; }

    [JsonPropertyName("ikm")]
    public decimal? Ikm { get; set; }

    [JsonPropertyName("grade")]
    public string? Grade { get; set; }
}

public sealed class GoldIkmElement
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("nrr")]
    public decimal? Nrr { get; set; }

    [JsonPropertyName("nrr_weighted")]
    public decimal? NrrWeighted { get; set; }

    [JsonPropertyName("line")]
    public int? Line { get; set; }
}
