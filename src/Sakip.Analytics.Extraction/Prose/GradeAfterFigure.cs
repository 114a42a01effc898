using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// The predikat a sentence prints straight after a figure ("69,85 dengan predikat BB", "73,45 (predikat BB)",
/// "82,47 kategori B", "83,10 dengan mutu pelayanan B (Baik)", "79,85 atau mutu pelayanan A"): that figure's grade. Only AKIP-like grades, and only when nothing else stands between.
/// </summary>
internal static partial class GradeAfterFigure
{
    /// <summary>The grade that opens <paramref name="after"/>, the text following a figure; null when none does.</summary>
    public static string? In(string after) => Pattern().Match(after) is { Success: true } match ? match.Groups["grade"].Value : null;

    /// <summary>The words that join a figure to its grade or category: "dengan", "atau", "yaitu", "yang berarti", "sehingga".</summary>
    internal const string JoiningWords = @"dengan|atau|yaitu|yang\s+berarti|sehingga";

    /// <summary>The words that name a grade or category: "predikat", "kategori", "(nilai) mutu (pelayanan)".</summary>
    internal const string GradeWords = @"predikat|kategori|(?:nilai\s+)?mutu(?:\s+pelayanan(?:nya)?)?";

    [GeneratedRegex(@"^\s*,?\s*(?:\(\s*(?i:predikat|kategori)\s+(?<grade>AA|A|BB|B|CC|C|D)\s*\)|(?i:(?:" + JoiningWords + @")\s+)?(?i:" + GradeWords + @")\s*:?\s*[""“]?(?<grade>AA|A|BB|B|CC|C|D)(?![A-Za-z]))")]
    private static partial Regex Pattern();
}
