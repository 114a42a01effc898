using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>Recognises AKIP component names as reports print them ("Evaluasi Akuntabilitas Kinerja Internal", "Pencapaian Sasaran/Kinerja").</summary>
internal static class AkipComponents
{
    /// <summary>The column roles of the components, for tables that print one component per column.</summary>
    public static readonly (ColumnRole Role, AkipComponent Component)[] Columns =
    [
        (ColumnRole.AkipPerencanaan, AkipComponent.Perencanaan),
        (ColumnRole.AkipPengukuran, AkipComponent.Pengukuran),
        (ColumnRole.AkipPelaporan, AkipComponent.Pelaporan),
        (ColumnRole.AkipEvaluasi, AkipComponent.EvaluasiInternal),
        (ColumnRole.AkipCapaian, AkipComponent.Capaian),
    ];

    public static AkipComponent? Of(string? text)
    {
        var key = NameKey.WithoutEnumerator(text);
        if (key.Length == 0 || key.Length > 80)
        {
            return null;
        }

        if (key.StartsWith("perencanaan", StringComparison.Ordinal))
        {
            return AkipComponent.Perencanaan;
        }

        if (key.StartsWith("pengukuran", StringComparison.Ordinal))
        {
            return AkipComponent.Pengukuran;
        }

        if (key.StartsWith("pelaporan", StringComparison.Ordinal))
        {
            return AkipComponent.Pelaporan;
        }

        if (key.StartsWith("evaluasi", StringComparison.Ordinal))
        {
            return AkipComponent.EvaluasiInternal;
        }

        if (key.StartsWith("pencapaian", StringComparison.Ordinal) || key.StartsWith("capaian kinerja", StringComparison.Ordinal)
            || key.StartsWith("capaian sasaran", StringComparison.Ordinal))
        {
            return AkipComponent.Capaian;
        }

        return null;
    }

    public static bool IsTotal(string? text)
    {
        var key = NameKey.WithoutEnumerator(text);
        return key is "total" or "jumlah" or "nilai akhir" or "total nilai" or "nilai akip" or "nilai sakip" or "nilai" || NamesTheWholeEvaluation(key);
    }

    // "Nilai Akuntabilitas Kinerja", "Total Nilai AKIP", "Jumlah Nilai SAKIP", "Nilai Hasil Evaluasi": the total
    // named after the evaluation itself. A component named the same way ("Evaluasi Akuntabilitas Kinerja Internal") never is.
    private static bool NamesTheWholeEvaluation(string key) =>
        (key.StartsWith("nilai ", StringComparison.Ordinal) || key.StartsWith("total ", StringComparison.Ordinal) || key.StartsWith("jumlah ", StringComparison.Ordinal))
        && (key.Contains("akip", StringComparison.Ordinal) || key.Contains("akuntabilitas kinerja", StringComparison.Ordinal) || key.Contains("hasil evaluasi", StringComparison.Ordinal))
        && Of(key) is null;

    public static bool IsPredikat(string? text) =>
        NameKey.WithoutEnumerator(text) is "kategori" or "predikat" or "kategori predikat" or "nilai predikat";
}
