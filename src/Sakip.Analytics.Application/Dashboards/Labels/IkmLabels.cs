using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.Labels;

/// <summary>The nine IKM service elements of PermenPANRB 14/2017 as printed in the reports.</summary>
public static class IkmLabels
{
    public static string Element(IkmElement element) => element switch
    {
        IkmElement.Persyaratan => "Persyaratan",
        IkmElement.Prosedur => "Sistem, mekanisme dan prosedur",
        IkmElement.Waktu => "Waktu penyelesaian",
        IkmElement.Biaya => "Biaya/tarif",
        IkmElement.Produk => "Produk spesifikasi jenis pelayanan",
        IkmElement.Kompetensi => "Kompetensi pelaksana",
        IkmElement.Perilaku => "Perilaku pelaksana",
        IkmElement.Sarana => "Sarana dan prasarana",
        IkmElement.Pengaduan => "Penanganan pengaduan, saran dan masukan",
        _ => element.ToString(),
    };
}
