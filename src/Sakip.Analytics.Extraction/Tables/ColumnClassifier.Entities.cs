using System.Text.RegularExpressions;
namespace Sakip.Analytics.Extraction.Tables;

internal static partial class ColumnClassifier
{
    private static ColumnRole? ByEntityWords(string part)
    {
        if (part.StartsWith("kategori", StringComparison.Ordinal) || part.StartsWith("predikat", StringComparison.Ordinal)
            || part.StartsWith("kriteria", StringComparison.Ordinal) || part.StartsWith("mutu", StringComparison.Ordinal)
            || part.StartsWith("keterangan", StringComparison.Ordinal) || part.StartsWith("ket", StringComparison.Ordinal)
            || part.StartsWith("menunjang", StringComparison.Ordinal))
        {
            return ColumnRole.Category;
        }

        if (Has(part, "program") && Has(part, "kegiatan"))
        {
            return ColumnRole.ProgramOrKegiatan;
        }

        if (part.StartsWith("sub kegiatan", StringComparison.Ordinal))
        {
            return ColumnRole.SubKegiatan;
        }

        if (part.StartsWith("kegiatan", StringComparison.Ordinal))
        {
            return ColumnRole.Kegiatan;
        }

        if (part.StartsWith("program", StringComparison.Ordinal))
        {
            return ColumnRole.Program;
        }

        if (part.StartsWith("sasaran", StringComparison.Ordinal) || part == "kinerja utama" || part.StartsWith("kinerja utama", StringComparison.Ordinal))
        {
            return ColumnRole.Sasaran;
        }

        if (part.StartsWith("tujuan", StringComparison.Ordinal))
        {
            return ColumnRole.Tujuan;
        }

        // "Nama Kecamatan", "Nama OPD": the units a comparison sets side by side.
        if (UnitNamed().IsMatch(part))
        {
            return ColumnRole.Unit;
        }

        if (part.StartsWith("uraian", StringComparison.Ordinal) || part.StartsWith("nama", StringComparison.Ordinal) || part.StartsWith("belanja", StringComparison.Ordinal))
        {
            return ColumnRole.Name;
        }

        if (part.StartsWith("kecamatan", StringComparison.Ordinal) || part.StartsWith("dinas", StringComparison.Ordinal) || Has(part, "opd")
            || part.StartsWith("unit", StringComparison.Ordinal) || part.StartsWith("perangkat daerah", StringComparison.Ordinal) || part.StartsWith("skpd", StringComparison.Ordinal)
            || Pemda().IsMatch(part))
        {
            return ColumnRole.Unit;
        }

        if (part.StartsWith("formulasi", StringComparison.Ordinal) || part.StartsWith("sumber", StringComparison.Ordinal) || part.StartsWith("bidang", StringComparison.Ordinal)
            || part.StartsWith("strategi", StringComparison.Ordinal) || part.StartsWith("kebijakan", StringComparison.Ordinal) || part.StartsWith("arah", StringComparison.Ordinal)
            || part.StartsWith("misi", StringComparison.Ordinal) || part.StartsWith("visi", StringComparison.Ordinal) || part.StartsWith("penjelasan", StringComparison.Ordinal)
            || part.StartsWith("faktor", StringComparison.Ordinal) || part.StartsWith("solusi", StringComparison.Ordinal) || part.StartsWith("penanggung", StringComparison.Ordinal)
            || part.StartsWith("permasalahan", StringComparison.Ordinal) || part.StartsWith("kondisi", StringComparison.Ordinal) || part.StartsWith("langkah", StringComparison.Ordinal)
            || part.StartsWith("luas", StringComparison.Ordinal) || part.StartsWith("halaman", StringComparison.Ordinal) || part.StartsWith("jumlah", StringComparison.Ordinal))
        {
            return ColumnRole.Ignore;
        }

        if (part.StartsWith("nilai", StringComparison.Ordinal))
        {
            return ColumnRole.Value;
        }

        return null;
    }

    [GeneratedRegex(@"^nama (kecamatan|opd|skpd|perangkat daerah|unit kerja|dinas|instansi)\b")]
    private static partial Regex UnitNamed();

    /// <summary>"Kabupaten/Kota", "Kota", "Pemda", "Daerah", "Wilayah": the pemda whose like units a comparison sets side by side.</summary>
    [GeneratedRegex(@"^(nama )?(kabupaten kota|kota kabupaten|kabupaten|kota|kab kota|pemda|pemerintah daerah|daerah|wilayah)$")]
    private static partial Regex Pemda();
}
