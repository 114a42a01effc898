namespace Sakip.Analytics.Extraction.Tables;

/// <summary>What a table column holds, decided from its header words, not its position.</summary>
internal enum ColumnRole
{
    Unknown,
    RowNumber,
    Code,
    Unit,
    Tujuan,
    Sasaran,
    Program,
    Kegiatan,
    SubKegiatan,
    ProgramOrKegiatan,
    Name,
    Indicator,
    Satuan,
    Target,
    RenstraTarget,
    Realization,

    /// <summary>The condition at the start of the plan ("Kondisi Awal", "Baseline"): a realization of the year before the first target.</summary>
    Baseline,
    Capaian,

    /// <summary>"Capaian Sasaran (%)" beside indicator rows: the sasaran's capaian, the mean of its indicators'.</summary>
    SasaranCapaian,
    CapaianRenstra,
    NationalRealization,
    Pagu,
    BudgetRealisasi,
    BudgetPercent,
    RealisasiPegawai,
    RealisasiBarangJasa,
    RealisasiModal,
    Sisa,
    Category,
    AkipComponentName,
    AkipPerencanaan,
    AkipPengukuran,
    AkipPelaporan,
    AkipEvaluasi,
    AkipCapaian,
    Total,
    IkmElement,
    Nrr,
    NrrWeighted,
    ScaleRange,
    YearValue,
    Value,
    Ignore,
}
