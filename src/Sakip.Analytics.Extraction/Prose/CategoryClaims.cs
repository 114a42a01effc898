using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>Finds sentences that rate a numbered sasaran ("Sasaran 1 : ... mendapat predikat nilai Baik").</summary>
internal static partial class CategoryClaims
{
    public static IEnumerable<CategoryClaim> Read(IReadOnlyList<ReportLine> lines, ReadingContext context)
    {
        foreach (var line in lines.Where(l => !l.IsRow && !l.IsBlank))
        {
            var text = Markup.Strip(line.Text);
            if (Claim().Match(text) is { Success: true } match)
            {
                yield return new CategoryClaim(int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), match.Groups["label"].Value.Trim(),
                    context.Source(SourceRef.Prose, line.Number, 0.6));
            }
        }
    }

    [GeneratedRegex(@"^\W*Sasaran\s+(?<n>\d{1,2})\s*[:.,]?\s.{0,250}?\b(?:predikat(?:\s+nilai)?|tergolong|berkategori|dikategorikan|kategori)\s+(?<label>(?:sangat\s+)?[A-Za-z]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Claim();
}
