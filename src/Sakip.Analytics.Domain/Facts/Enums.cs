namespace Sakip.Analytics.Domain.Facts;

public enum TenantKind { Kota, Kabupaten }

public enum UnitKind
{
    Kecamatan,
    Dinas,
    Badan,
    SekretariatDaerah,
    SekretariatDprd,
    Inspektorat,
    SatpolPp,
    Other,
}

public enum Polarity { HigherIsBetter, LowerIsBetter }

public enum IndicatorLevel { Tujuan, Sasaran, Program, Kegiatan, SubKegiatan, Individual }

public enum IndicatorValueKind
{
    RenstraTarget,
    Target,
    TargetRevised,
    Realization,
    ReportedCapaian,
    ReportedCapaianRenstra,
    NationalRealization,
}

public enum BudgetStage { Murni, Perubahan, RealisasiReport }

public enum BudgetLevel { Program, Kegiatan, SubKegiatan, BelanjaGroup, BelanjaType, Total }

public enum AkipValueKind { Target, Realization }

/// <summary>The regulation an AKIP evaluation was scored under; the two schemas are not comparable.</summary>
public enum AkipRegulation
{
    /// <summary>PermenPANRB 12/2015: five components, weights 30/25/15/10/20.</summary>
    [WireName("permenpanrb-12-2015")]
    PermenPanRb12Of2015,

    /// <summary>PermenPANRB 88/2021: four components, weights 30/30/15/25.</summary>
    [WireName("permenpanrb-88-2021")]
    PermenPanRb88Of2021,
}

public enum Dataset { Indicators, Budget, Akip, Ikm }

/// <summary>The nine service elements of PermenPANRB 14/2017, in the regulation's order.</summary>
public enum IkmElement
{
    Persyaratan,
    Prosedur,
    Waktu,
    Biaya,
    Produk,
    Kompetensi,
    Perilaku,
    Sarana,
    Pengaduan,
}

/// <summary>How a lower-is-better indicator's capaian is computed; a per-tenant setting.</summary>
public enum LowerIsBetterMethod
{
    /// <summary>(2 x target - realisasi) / target x 100, floored at 0.</summary>
    TwoTargetMinusRealization,

    /// <summary>target / realisasi x 100.</summary>
    TargetOverRealization,
}
