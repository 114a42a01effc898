namespace Sakip.Analytics.Import;

/// <summary>The column names of the template, exactly as they appear in the header row.</summary>
public static class Columns
{
    public const string Tenant = "tenant";
    public const string Unit = "unit";
    public const string Name = "name";
    public const string Kind = "kind";
    public const string Province = "province";
    public const string LowerIsBetterMethod = "lower_is_better_method";
    public const string Aliases = "aliases";
    public const string Label = "label";
    public const string Min = "min";
    public const string Max = "max";
    public const string Year = "year";
    public const string Level = "level";
    public const string Goal = "goal";
    public const string Indicator = "indicator";
    public const string Satuan = "satuan";
    public const string Polarity = "polarity";
    public const string Value = "value";
    public const string Stage = "stage";
    public const string Code = "code";
    public const string Pagu = "pagu";
    public const string Realisasi = "realisasi";
    public const string ReportedPercent = "reported_pct";
    public const string RealisasiPegawai = "realisasi_pegawai";
    public const string RealisasiBarangJasa = "realisasi_barang_jasa";
    public const string RealisasiModal = "realisasi_modal";
    public const string Regulation = "regulation";
    public const string Perencanaan = "perencanaan";
    public const string Pengukuran = "pengukuran";
    public const string Pelaporan = "pelaporan";
    public const string EvaluasiInternal = "evaluasi_internal";
    public const string Capaian = "capaian";
    public const string Total = "total";
    public const string Predikat = "predikat";
    public const string Evaluator = "evaluator";
    public const string Respondents = "respondents";
    public const string NrrWeightedTotal = "nrr_weighted_total";
    public const string Ikm = "ikm";
    public const string Mutu = "mutu";
    public const string SurveyPeriod = "survey_period";
    public const string SourceDocument = "source_document";
    public const string SourceTable = "source_table";
    public const string SourceLine = "source_line";
}
