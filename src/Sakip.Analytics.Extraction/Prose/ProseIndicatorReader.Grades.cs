using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

internal static partial class ProseIndicatorReader
{
    /// <summary>
    /// "Realisasi Predikat SAKIP tahun 2023 adalah B, belum mencapai target BB": of an indicator measured in grades, a grade
    /// right after a word that introduces a value is a value, placed among the sentence's figures.
    /// </summary>
    private static List<ProseNumber> WithGrades(string sentence, List<ProseNumber> numbers, bool graded)
    {
        if (!graded)
        {
            return numbers;
        }

        var grades = GradeWord().Matches(sentence).Select(m => m.Groups["grade"])
            .Where(g => !numbers.Exists(n => g.Index >= n.Start && g.Index < n.End))
            .Select(g => new ProseNumber(new CellValue(null, g.Value, false, g.Value, null), g.Index, g.Index + g.Length, false));
        return [.. numbers.Concat(grades).OrderBy(n => n.Start)];
    }

    [GeneratedRegex(@"(?i:\b(adalah|yaitu|yakni|predikat|target|targetnya|mencapai|memperoleh|mendapat|mendapatkan|meraih|menjadi|dari|sebesar))\s*:?\s*(?<grade>AA|BB|CC|A|B|C|D)(?![\w\-]|\.\d)")]
    private static partial Regex GradeWord();
}
