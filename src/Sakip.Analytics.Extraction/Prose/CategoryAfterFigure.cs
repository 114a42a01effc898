using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// The category a sentence prints in words straight after a figure ("79,85 dengan kategori Sangat Baik",
/// "capaian 102,5% (Sangat Tinggi)", "85,14 atau mutu pelayanan B (Baik)"): kept as printed, for the audit to
/// compare with the scale. Only when nothing else stands between the figure and the words.
/// </summary>
internal static partial class CategoryAfterFigure
{
    /// <summary>The category words that open <paramref name="after"/>, the text following a figure, as printed; null when none do.</summary>
    public static string? In(string after) => Pattern().Match(after) is { Success: true } match ? match.Groups["category"].Value : null;

    [GeneratedRegex(@"^\s*,?\s*(?:\(\s*(?:(?i:predikat|kategori|kriteria)\s+)?|(?i:(?:" + GradeAfterFigure.JoiningWords + @"|termasuk|berada)\s+)?(?i:(?:dalam|pada)\s+)?(?i:kriteria|" + GradeAfterFigure.GradeWords + @")\s*:?\s*(?:(?:AA|A|BB|B|CC|C|D)\s*\(\s*)?[""“]?)(?<category>(?i:sangat\s+baik|kurang\s+baik|tidak\s+baik|cukup\s+baik|baik|sangat\s+tinggi|sangat\s+rendah|tinggi|sedang|rendah|sangat\s+berhasil|cukup\s+berhasil|kurang\s+berhasil|tidak\s+berhasil|berhasil|sangat\s+kurang|kurang|cukup))(?![A-Za-z])")]
    private static partial Regex Pattern();
}
