using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Identity;

/// <summary>Reads who and when a report is about: tenant, unit and its spellings, year, Renstra period.</summary>
internal static partial class ProfileDetector
{
    public static ReportProfile Detect(ReportDocument document, ExtractionOptions options)
    {
        var lines = document.AllLines.Select(l => (l.Number, Text: Markup.Strip(l.Text))).ToList();
        var year = ReportYear(lines) ?? options.ReportYear ?? DateTime.Today.Year - 1;
        // A pemda's name ends at its cell: "Kota Banjarmasin | Persentase ..." names no "Kota Banjarmasin Persentase".
        var cells = document.AllLines.SelectMany(l => l.Text.Split('\t').Select(cell => (l.Number, Text: Markup.Strip(cell)))).ToList();
        var (tenant, tenantKind) = Tenant(cells);
        tenant ??= options.Tenant;
        tenantKind ??= TenantKindOf(options.Tenant);
        var unit = UnitName(lines, options);
        var variants = UnitVariants(lines, unit.Name);
        return new ReportProfile(
            document.FileName,
            tenant,
            tenantKind,
            Province(lines) ?? options.Province,
            unit.Name,
            unit.Kind,
            [.. variants.Keys],
            year,
            RenstraPeriod(lines, year),
            HeadOfUnit(lines))
        {
            VariantLines = variants,
            LowerIsBetterMethod = LowerIsBetter(lines),
            CapaianCappedAt100 = lines.Exists(l => CapaianCap().IsMatch(l.Text)),
            ResultsChapterLine = ResultsChapterLine([.. document.AllLines]),
        };
    }

    /// <summary>How many lines above or below a "BAB III" another chapter makes it an entry of a list of the chapters.</summary>
    private const int ChapterListSpan = 6;

    /// <summary>A heading is a few words; "Bab III menguraikan ..." opening a long sentence is prose.</summary>
    private const int HeadingWords = 10;

    /// <summary>
    /// The line of the results chapter's heading: the first "BAB III" that is no entry of a list of the chapters (the table
    /// of contents, printed with its page numbers or without, or the sistematika, each chapter with a sentence on it), which
    /// names another chapter within a few lines above or below it. A heading in capitals is the chapter's where the report
    /// prints one; "Bab III" in mixed case is looked for only where it does not, being how the sistematika names chapters.
    /// </summary>
    private static int? ResultsChapterLine(List<ReportLine> lines) =>
        ResultsChapterLine(lines, ResultsChapter()) ?? ResultsChapterLine(lines, ResultsChapterInAnyCase());

    private static int? ResultsChapterLine(List<ReportLine> lines, Regex heading)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = Markup.Strip(lines[i].Text);
            if (!lines[i].IsRow && heading.IsMatch(text) && text.Split(' ').Length <= HeadingWords
                && !lines.Skip(i + 1).Take(ChapterListSpan).Concat(lines.Skip(Math.Max(0, i - ChapterListSpan)).Take(Math.Min(i, ChapterListSpan)))
                    .Any(l => OtherChapter().IsMatch(Markup.Strip(l.Text))))
            {
                return lines[i].Number;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^BAB\s+(I|II|IV|V)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherChapter();

    [GeneratedRegex(@"^(BAB\s+III\b|AKUNTABILITAS KINERJA\b)")]
    private static partial Regex ResultsChapter();

    [GeneratedRegex(@"^BAB\s+III\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultsChapterInAnyCase();
}
