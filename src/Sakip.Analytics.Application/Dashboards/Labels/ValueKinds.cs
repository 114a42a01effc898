namespace Sakip.Analytics.Application.Dashboards.Labels;

/// <summary>Indicator value kinds and budget bases as the interface names them.</summary>
public static class ValueKinds
{
    public static string Label(string kind) => kind switch
    {
        "renstra_target" => "Target Renstra",
        "target" => "Target PK",
        "target_revised" => "Target PK Perubahan",
        "realization" => "Realisasi",
        "reported_capaian" => "Capaian dilaporkan",
        "reported_capaian_renstra" => "Capaian thd. Renstra dilaporkan",
        "national_realization" => "Realisasi nasional",
        _ => kind,
    };

    public static string Level(string level) => level switch
    {
        "tujuan" => "Tujuan",
        "sasaran" => "Sasaran",
        "program" => "Program",
        "kegiatan" => "Kegiatan",
        "sub_kegiatan" => "Sub kegiatan",
        "individual" => "Individu (PK)",
        "belanja_group" => "Kelompok belanja",
        "belanja_type" => "Jenis belanja",
        "total" => "Jumlah/total",
        _ => level,
    };
}
