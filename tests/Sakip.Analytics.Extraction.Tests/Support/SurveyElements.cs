namespace Sakip.Analytics.Extraction.Tests.Support;

/// <summary>The nine service elements of PermenPANRB 14/2017 as survey tables name them, for tables the tests print down.</summary>
public static class SurveyElements
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "Persyaratan", "Sistem, Mekanisme dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif", "Produk Spesifikasi Jenis Pelayanan",
        "Kompetensi Pelaksana", "Perilaku Pelaksana", "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana",
    ];

    /// <summary>"U1 | Persyaratan | 3,40" for each element, its scores in <paramref name="columns"/> (a tab between each).</summary>
    public static IEnumerable<string> Rows(params string[][] columns) =>
        Names.Select((name, i) => string.Join('\t', new[] { $"U{i + 1}", name }.Concat(columns.Select(column => column[i]))));
}
