using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads the scales a report prints: capaian categories ("76 % s/d 100 % | BAIK", "$91\% \leq 100\%$ |
/// Sangat Tinggi"), IKM mutu ("88,31-100 | A (Sangat Baik)") and AKIP predikat ("&gt;70-80 | BB").
/// </summary>
internal static partial class ScaleTableReader
{
    public static void Read(TextTable table, ReadingContext context)
    {
        var bands = new List<(ScaleBand Band, string? Grade)>();
        foreach (var row in table.DataRows)
        {
            var cells = row.Cells.Select(Markup.Strip).ToList();
            for (var i = 0; i < cells.Count; i++)
            {
                if (ParseRange(cells[i]) is not { } range)
                {
                    continue;
                }

                var label = cells.Skip(i + 1).FirstOrDefault(c => c.Length > 0 && ParseRange(c) is null && !RowShapes.IsDataNumber(c));
                if (label is null)
                {
                    continue;
                }

                var grade = GradeLabel().Match(label) is { Success: true } g ? g.Groups["grade"].Value : null;
                bands.Add((new ScaleBand(grade ?? label, range.Min, range.Max, range.MinExclusive, cells[i],
                    context.Source(table.Caption, row.Number, TableContext.Confidence(table))), grade));
                break;
            }
        }

        if (bands.Count < 3)
        {
            return;
        }

        var kind = bands.TrueForAll(b => b.Grade is not null)
            ? bands.Exists(b => b.Grade is "AA" or "BB" or "CC") ? ScaleKind.AkipPredikat : ScaleKind.IkmMutu
            : ScaleKind.Capaian;
        foreach (var (band, _) in bands)
        {
            context.AddScale(kind, band);
        }
    }

    /// <summary>A printed interval: "76 % s/d 100 %", "76 persen s/d 100 persen", "Lebih dari 100 %", "Kurang dari 55 %", "91% ≤ 100%", "≤ 50%", "&gt;90-100", "88,31 - 100",
    /// and on the capaian as a variable: "X ≥ 91%", "76% ≤ X &lt; 91%", "X &lt; 51%".</summary>
    internal static (decimal? Min, decimal? Max, bool MinExclusive)? ParseRange(string text)
    {
        var t = PercentSign().Replace(text, string.Empty).Trim();
        if (BoundedVariable().Match(t) is { Success: true } bounded)
        {
            // "< 91" ends the band just below 91 (a capaian has two decimals), so 91 is the band above's.
            var max = Number(bounded.Groups["max"].Value) - (bounded.Groups["maxop"].Value == "<" ? StrictStep : 0);
            return (Number(bounded.Groups["min"].Value), max, bounded.Groups["op"].Value == "<");
        }

        t = VariableFirst().Replace(t, string.Empty);
        if (Between().Match(t) is { Success: true } between)
        {
            return (Number(between.Groups["min"].Value), Number(between.Groups["max"].Value), between.Groups["gt"].Success);
        }

        if (Above().Match(t) is { Success: true } above)
        {
            return (Number(above.Groups["n"].Value), null, !above.Groups["eq"].Success);
        }

        if (Below().Match(t) is { Success: true } below)
        {
            return (null, Number(below.Groups["n"].Value), false);
        }

        return null;
    }

    private const decimal StrictStep = 0.01m;

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    // "%" or the word: "76 persen s/d 100 persen".
    [GeneratedRegex(@"\s*(?:%|\bpersen\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentSign();

    // "76 ≤ X < 91": the lower bound is excluded only by a strict sign.
    [GeneratedRegex(@"^(?<min>\d{1,3}(?:[.,]\d{1,2})?)\s*(?<op><=|≤|<)\s*[xX]\s*(?<maxop><=|≤|<)\s*(?<max>\d{1,3}(?:[.,]\d{1,2})?)$")]
    private static partial Regex BoundedVariable();

    // "X ≥ 91", "X < 51": the variable before its one bound.
    [GeneratedRegex(@"^[xX]\s*(?=[<>≤≥])")]
    private static partial Regex VariableFirst();

    [GeneratedRegex(@"^(?<gt>>)?\s*(?<min>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:s\.?/?d\.?|-|–|sampai(?: dengan)?|≤|<=|<)\s*(?<max>\d{1,3}(?:[.,]\d{1,2})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"^(?:lebih dari|di atas|diatas|>\s*(?<eq>=)?|≥(?<eq>))\s*(?<n>\d{1,3}(?:[.,]\d{1,2})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Above();

    [GeneratedRegex(@"^(?:kurang dari|di bawah|dibawah|<=?|≤)\s*(?<n>\d{1,3}(?:[.,]\d{1,2})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Below();

    [GeneratedRegex(@"^(?<grade>AA|A|BB|B|CC|C|D)\b(?:\s*\(.*\))?$")]
    private static partial Regex GradeLabel();
}
