namespace Sakip.Analytics.Domain.Facts;

public sealed record TenantRecord(
    string Slug,
    string Name,
    TenantKind Kind,
    string? Province,
    LowerIsBetterMethod LowerIsBetterMethod,
    TemplateRow Origin);

public sealed record UnitRecord(
    string Tenant,
    string Slug,
    string Name,
    UnitKind Kind,
    IReadOnlyList<string> Aliases,
    TemplateRow Origin);

/// <summary>One band of a tenant's capaian scale, e.g. 91..100 Sangat Tinggi. Null bounds are open.</summary>
public sealed record CapaianScaleBand(string Tenant, string Label, decimal? Min, decimal? Max, TemplateRow Origin);

public sealed record IndicatorValueFact(
    string Tenant,
    string Unit,
    int Year,
    IndicatorLevel Level,
    string? Goal,
    string Indicator,
    string? Satuan,
    Polarity Polarity,
    IndicatorValueKind Kind,
    decimal? Value,
    string Text,
    string? Grade,
    Provenance Source,
    TemplateRow Origin);

public sealed record BudgetLineFact(
    string Tenant,
    string Unit,
    int Year,
    BudgetStage Stage,
    BudgetLevel Level,
    string? Code,
    string Name,
    decimal? Pagu,
    decimal? Realisasi,
    decimal? ReportedPercent,
    decimal? RealisasiPegawai,
    decimal? RealisasiBarangJasa,
    decimal? RealisasiModal,
    Provenance Source,
    TemplateRow Origin);

public sealed record AkipEvaluationFact(
    string Tenant,
    string Unit,
    int Year,
    AkipValueKind Kind,
    AkipRegulation Regulation,
    decimal? Perencanaan,
    decimal? Pengukuran,
    decimal? Pelaporan,
    decimal? EvaluasiInternal,
    decimal? Capaian,
    decimal? Total,
    string? Predikat,
    string? Evaluator,
    Provenance Source,
    TemplateRow Origin);

public sealed record IkmSurveyFact(
    string Tenant,
    string Unit,
    int Year,
    int? Respondents,
    IReadOnlyDictionary<IkmElement, decimal> ElementNrr,
    decimal? NrrWeightedTotal,
    decimal? Ikm,
    string? Mutu,
    string? SurveyPeriod,
    Provenance Source,
    TemplateRow Origin);

/// <summary>A parsed, validated template batch: everything one import loads, all or nothing.</summary>
public sealed record TemplateBatch(
    string SourcePath,
    string ContentHash,
    IReadOnlyList<TenantRecord> Tenants,
    IReadOnlyList<UnitRecord> Units,
    IReadOnlyList<CapaianScaleBand> CapaianScales,
    IReadOnlyList<IndicatorValueFact> Indicators,
    IReadOnlyList<BudgetLineFact> Budget,
    IReadOnlyList<AkipEvaluationFact> Akip,
    IReadOnlyList<IkmSurveyFact> Ikm)
{
    /// <summary>Notes on the facts of this batch; each belongs to a (tenant, unit, year, dataset) the batch has facts for.</summary>
    public IReadOnlyList<DataNoteFact> Notes { get; init; } = [];

    public int RowCount(Dataset dataset) => dataset switch
    {
        Dataset.Indicators => Indicators.Count,
        Dataset.Budget => Budget.Count,
        Dataset.Akip => Akip.Count,
        Dataset.Ikm => Ikm.Count,
        _ => 0,
    };
}

/// <summary>One reason a file was rejected, with the place it was found.</summary>
public sealed record ImportError(string File, int Row, string Column, string Reason)
{
    public override string ToString() => (Row, Column) switch
    {
        (0, _) => $"{File}: {Reason}",
        (_, "") => $"{File}, baris {Row}: {Reason}",
        _ => $"{File}, baris {Row}, kolom {Column}: {Reason}",
    };
}
