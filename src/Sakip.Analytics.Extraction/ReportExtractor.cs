using Sakip.Analytics.Extraction.Audit;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Prose;
using Sakip.Analytics.Extraction.Prose.Claims;
using Sakip.Analytics.Extraction.Tables;

namespace Sakip.Analytics.Extraction;

/// <summary>
/// Reads an LKjIP report (text from a PDF, a .docx, or a budget workbook) into facts with their
/// provenance, and audits its arithmetic. Nothing is corrected: every figure is kept as printed,
/// and each contradiction becomes an <see cref="AuditFinding"/>.
/// </summary>
public sealed class ReportExtractor(ExtractionOptions? options = null)
{
    private readonly ExtractionOptions options = options ?? ExtractionOptions.Default;

    /// <summary>Reads a .txt, .docx or .xlsx file, chosen by its extension.</summary>
    public ExtractionResult Extract(string path) => Extract(ReportReaders.Read(path));

    /// <summary>Reads report text already in memory (PDF converted to text, cells separated by tabs).</summary>
    public ExtractionResult ExtractText(string fileName, string text) => Extract(TextReportReader.Read(fileName, text));

    public ExtractionResult Extract(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var profile = ProfileDetector.Detect(document, options);
        var context = new ReadingContext(profile, options);
        var tables = new List<(TextTable Table, ReportPage Page)>();
        var unread = new List<(TextTable Table, ReportPage Page)>();
        foreach (var page in document.Pages)
        {
            foreach (var table in TableSegmenter.Segment(page))
            {
                TableAnalyzer.Analyze(table, profile.ReportYear, profile.RenstraEnd, profile.RenstraBaseline);
                var before = context.FactCount;
                TableDispatcher.Read(table, page.Lines, context);
                tables.Add((table, page));
                if (context.FactCount == before)
                {
                    unread.Add((table, page));
                }
            }
        }

        YearColumnsByEvidence.Read(unread, context);

        foreach (var page in document.Pages)
        {
            var tableLines = TableLines(tables.Where(t => t.Page == page).Select(t => t.Table));
            LabelValueReader.Read(page.Lines, tableLines, context);
        }

        TimedPolarity.Apply(context.Indicators);
        RatioPolarity.Apply(context.Indicators);
        DeclaredPolarity.Apply(document, context.Indicators);
        DerivedValues.Add(context);
        var lexicon = new IndicatorLexicon(context.Indicators.Where(v => v.Unit == context.Profile.Unit && !v.Source.IsProse));
        var nearby = tables.Select(t => t.Table).Select(t => Nearby(t, context)).ToList();
        var prose = document.Pages.Select(page => WrappedParagraphs.Join(page.Lines, TableLines(tables.Where(t => t.Page == page).Select(t => t.Table)))).ToList();
        ReadProse(document, prose, tables, lexicon, nearby, context);
        var indicators = Deduplication.Indicators(context.Indicators);
        var budget = Deduplication.Budget(context.Budget);
        var scales = context.Scales.ToDictionary(p => p.Key, p => (IReadOnlyList<ScaleBand>)p.Value);
        var facts = new ExtractionResult(profile, indicators, budget, context.Akip, context.Ikm, scales, [])
        {
            AverageCapaian = context.AverageCapaian,
            ColumnTotals = context.ColumnTotals,
            ColumnShares = context.ColumnShares,
            CategoryClaims = [.. prose.SelectMany(lines => CategoryClaims.Read(lines, context))],
            Claims = ClaimReader.Read([.. prose.SelectMany(lines => lines)], TableLines(tables.Select(t => t.Table)), nearby, lexicon, context),
        };
        return facts with { Findings = ReportAuditor.Audit(facts, options) };
    }

    /// <param name="prose">Each page's lines, with paragraphs wrapped over several lines joined (<see cref="WrappedParagraphs"/>).</param>
    private static void ReadProse(ReportDocument document, List<IReadOnlyList<ReportLine>> prose, List<(TextTable Table, ReportPage Page)> tables,
        IndicatorLexicon lexicon, List<ProseIndicatorReader.TableNearby> nearby, ReadingContext context)
    {
        foreach (var (page, lines) in document.Pages.Zip(prose))
        {
            var read = context.Indicators.Count;
            var tableLines = TableLines(tables.Where(t => t.Page == page).Select(t => t.Table));
            ProseIndicatorReader.Read(lines, tableLines, nearby, lexicon, context);
            ProseBudgetReader.Read(lines, tableLines, context);
            if (!lexicon.NamesAkip)
            {
                ProseAkipReader.Read(lines, tableLines, context);
            }

            PlaceOnPrintedLines(lines, context.Indicators, read);
        }
    }

    /// <summary>A figure read from a joined paragraph is placed on the line that prints it.</summary>
    private static void PlaceOnPrintedLines(IReadOnlyList<ReportLine> lines, List<ExtractedIndicatorValue> values, int from)
    {
        var paragraphs = lines.Where(l => l.Parts is not null).ToDictionary(l => l.Number);
        for (var i = from; i < values.Count && paragraphs.Count > 0; i++)
        {
            if (values[i].Source.IsProse && paragraphs.TryGetValue(values[i].Source.Line, out var paragraph) && values[i].Text.Length > 0)
            {
                values[i] = values[i] with { Source = values[i].Source with { Line = paragraph.LineOf(values[i].Text) } };
            }
        }
    }

    private static ProseIndicatorReader.TableNearby Nearby(TextTable table, ReadingContext context)
    {
        var values = context.Indicators.Where(v => !v.Source.IsProse && v.Source.Line >= table.FirstLine && v.Source.Line <= table.LastLine && v.Unit == context.Profile.Unit).ToList();
        var distinct = values.Where(v => v.Level is Domain.Facts.IndicatorLevel.Sasaran).GroupBy(v => Text.NameKey.Of(v.Indicator)).ToList();
        return new ProseIndicatorReader.TableNearby(table.FirstLine, table.LastLine, distinct.Count == 1 ? distinct[0].First() : null, values.Count > 0, TableContext.IsRevisedAgreement(table));
    }

    private static HashSet<int> TableLines(IEnumerable<TextTable> tables) =>
        [.. tables.SelectMany(t => Enumerable.Range(t.FirstLine, t.LastLine - t.FirstLine + 1))];
}
