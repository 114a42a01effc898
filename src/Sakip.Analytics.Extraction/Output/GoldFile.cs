using System.Text.Json.Serialization;

namespace Sakip.Analytics.Extraction.Output;

/// <summary>
/// The gold facts file of gold/SCHEMA.md, used both ways: an extraction is written in this form,
/// and hand-made gold files are read in it for scoring. Keys beyond the schema (confidence,
/// document, locations) are the extractor's additions; unknown keys of a gold file are ignored.
/// </summary>
public sealed class GoldFile
{
    [JsonPropertyName("document")]
    public GoldDocument Document { get; set; } = new();

    [JsonPropertyName("indicators")]
    public List<GoldIndicator> Indicators { get; set; } = [];

    [JsonPropertyName("budget")]
    public List<GoldBudgetLine> Budget { get; set; } = [];

    [JsonPropertyName("akip")]
    public List<GoldAkip> Akip { get; set; } = [];

    [JsonPropertyName("ikm")]
    public List<GoldIkm> Ikm { get; set; } = [];

    [JsonPropertyName("sasaran_capaian")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<GoldAverageCapaian>? SasaranCapaian { get; set; }

    [JsonPropertyName("iku_average_capaian")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<GoldAverageCapaian>? IkuAverageCapaian { get; set; }

    [JsonPropertyName("inconsistencies")]
    public List<GoldInconsistency> Inconsistencies { get; set; } = [];
}

public sealed class GoldDocument
{
    [JsonPropertyName("file")]
    public string? File { get; set; }

    [JsonPropertyName("tenant")]
    public string? Tenant { get; set; }

    [JsonPropertyName("tenant_kind")]
    public string? TenantKind { get; set; }

    [JsonPropertyName("province")]
    public string? Province { get; set; }

    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    [JsonPropertyName("unit_kind")]
    public string? UnitKind { get; set; }

    [JsonPropertyName("unit_name_variants")]
    public List<string> UnitNameVariants { get; set; } = [];

    [JsonPropertyName("report_year")]
    public int? ReportYear { get; set; }

    [JsonPropertyName("renstra_period")]
    public string? RenstraPeriod { get; set; }

    [JsonPropertyName("head_of_unit")]
    public string? HeadOfUnit { get; set; }

    [JsonPropertyName("capaian_scale")]
    public List<GoldScaleBand> CapaianScale { get; set; } = [];
}

public sealed class GoldScaleBand
{
    [JsonPropertyName("min")]
    public decimal? Min { get; set; }

    [JsonPropertyName("max")]
    public decimal? Max { get; set; }

    [JsonPropertyName("label")]
    public string? Label { get; set; }

    [JsonPropertyName("line")]
    public int? Line { get; set; }
}
