using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>The nine service elements of PermenPANRB 14/2017 as reports word them ("Prilaku Pelaksana", "Biaya/Tarif").</summary>
internal static class IkmElements
{
    public static IkmElement? Of(string? text)
    {
        var key = NameKey.WithoutEnumerator(text);
        if (key.Length == 0 || key.Length > 90)
        {
            return null;
        }

        return key switch
        {
            _ when key.StartsWith("persyaratan", StringComparison.Ordinal) => IkmElement.Persyaratan,
            _ when key.StartsWith("prosedur", StringComparison.Ordinal) || key.StartsWith("sistem mekanisme", StringComparison.Ordinal) => IkmElement.Prosedur,
            _ when key.StartsWith("waktu", StringComparison.Ordinal) || key.StartsWith("kecepatan", StringComparison.Ordinal) => IkmElement.Waktu,
            _ when key.StartsWith("biaya", StringComparison.Ordinal) || key.StartsWith("tarif", StringComparison.Ordinal) || key.StartsWith("kewajaran biaya", StringComparison.Ordinal) => IkmElement.Biaya,
            _ when key.StartsWith("produk", StringComparison.Ordinal) || key.StartsWith("spesifikasi", StringComparison.Ordinal) => IkmElement.Produk,
            _ when key.StartsWith("kompetensi", StringComparison.Ordinal) => IkmElement.Kompetensi,
            _ when key.StartsWith("perilaku", StringComparison.Ordinal) || key.StartsWith("prilaku", StringComparison.Ordinal) || key.StartsWith("kesopanan", StringComparison.Ordinal) => IkmElement.Perilaku,
            _ when key.StartsWith("sarana", StringComparison.Ordinal) || key.StartsWith("kenyamanan", StringComparison.Ordinal) => IkmElement.Sarana,
            _ when key.StartsWith("penanganan", StringComparison.Ordinal) || key.StartsWith("pengaduan", StringComparison.Ordinal) || key.StartsWith("maklumat", StringComparison.Ordinal) => IkmElement.Pengaduan,
            _ => null,
        };
    }
}
