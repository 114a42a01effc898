using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads an IKM survey: the elements down (a row each) or across (a column each) with their NRR and
/// weighted NRR, the weighted total, and the IKM, mutu and respondents printed in the table, on the
/// lines around it ("IKM" above "80,50") or in the sentence after it ("sebanyak 96 responden").
/// </summary>
internal static partial class IkmTableReader
{
    private const int LookBefore = 14;
    private const int LookAfter = 25;

    public static bool CanRead(TextTable table) =>
        table.DataRows.Count(r => IkmElements.Of(NameOf(r)) is not null && r.Cells.Any(RowShapes.IsDataNumber)) >= MinimumElements
        || AcrossLayout.Of(table) is not null;

    public static void Read(TextTable table, IReadOnlyList<ReportLine> pageLines, ReadingContext context)
    {
        var elements = new List<IkmElementScore>();
        var figures = new List<Figure>();
        var start = BudgetTableReader.IndexOf(pageLines, table.FirstLine);
        var end = BudgetTableReader.IndexOf(pageLines, table.LastLine);
        if (AcrossLayout.Of(table) is { } across)
        {
            // A legend wrapped over lines ("U3 =" over "Waktu Penyelesaian; ...") reads as its paragraph.
            var paragraphs = WrappedParagraphs.ByLine(pageLines);
            var from = PrintedDistance.Back(pageLines, start, LookBefore);
            var around = pageLines.Skip(from).Take(end + 1 + LookAfter - from)
                .Select(l => paragraphs.GetValueOrDefault(l.Number, l)).Distinct()
                .Select(l => l.IsRow ? string.Join(' ', l.Cells) : l.Text);
            ReadAcross(table, across, around, elements, figures);
        }
        else
        {
            ReadDown(table, elements, figures);
        }

        figures.AddRange(NearbyFigures(pageLines, PrintedDistance.Back(pageLines, start, LookBefore), start, table.Convention, skipWideRows: true));
        figures.AddRange(NearbyFigures(pageLines, end + 1, Math.Min(pageLines.Count, end + 1 + LookAfter), table.Convention));
        figures.Sort((a, b) => a.Line.CompareTo(b.Line));
        var ikm = figures.Where(f => f.Label == Label.Ikm).ToList();
        var weighted = figures.FirstOrDefault(f => f.Label == Label.Weighted);
        var mutu = figures.FirstOrDefault(f => f.Label == Label.Mutu);
        var respondents = figures.FirstOrDefault(f => f.Label == Label.Respondents);
        var headline = ikm.FirstOrDefault();
        context.Ikm.Add(new ExtractedIkm(
            context.Profile.Unit,
            SurveyYear(table, pageLines, start) ?? context.Year,
            respondents is null ? null : (int)respondents.Value.Number!.Value,
            elements,
            weighted?.Value.Number,
            headline?.Value.Number,
            mutu?.Value.Grade,
            context.Source(table.Caption, headline?.Line ?? table.FirstLine, TableContext.Confidence(table)))
        {
            NrrWeightedTotalLine = weighted?.Line,
            MutuLine = mutu?.Line,
            RespondentsLine = respondents?.Line,
            SurveyPeriod = Period(pageLines, start),
            OtherIkmValues = [.. ikm.Skip(1).Select(f => (f.Value.Number!.Value, f.Value.Printed, f.Line))],
        });
    }

    /// <summary>One row per element ("Persyaratan | 3,20 | 0,355556"); every other row's figures.</summary>
    private static void ReadDown(TextTable table, List<IkmElementScore> elements, List<Figure> figures)
    {
        var nrrColumn = table.Columns.FirstOrDefault(c => c.Role is ColumnRole.Nrr or ColumnRole.Value)
            ?? table.Columns.FirstOrDefault(c => c.Role is not (ColumnRole.RowNumber or ColumnRole.Code)
                && table.DataRows.Any(r => IkmElements.Of(NameOf(r)) is not null && Number(table, r, c) is >= 1 and <= 4 && !IsWholeNumber(table.Cell(r, c.Index))));
        var weightedColumn = table.ColumnsWith(ColumnRole.NrrWeighted).FirstOrDefault();
        foreach (var row in table.DataRows)
        {
            var name = NameOf(row);
            if (IkmElements.Of(name) is { } element)
            {
                elements.Add(new IkmElementScore(element, name, Number(table, row, nrrColumn), Number(table, row, weightedColumn), row.Number));
            }
            else if (weightedColumn is not null && IndicatorTableReader.TotalWord().IsMatch(NameKey.Of(name)) && Number(table, row, weightedColumn) is >= 1 and <= 4
                && table.TryValue(row, weightedColumn.Index, out var total))
            {
                // "Jumlah | | 3,229" under the weighted column: the weighted total.
                figures.Add(new Figure(Label.Weighted, total, row.Number));
            }
            else
            {
                figures.AddRange(RowFigures(row, table.Convention));
            }
        }
    }

    // A row number ("1", "2.") is never an NRR, which reports print with decimals.
    private static bool IsWholeNumber(string cell) => Markup.Strip(cell).Trim().TrimEnd('.').All(char.IsDigit);

    private static string NameOf(ReportLine row) =>
        row.Cells.Select(Markup.Strip).FirstOrDefault(c => c.Length > 2 && !RowShapes.IsDataNumber(c) && Names.EnumeratorOf(c) is null) ?? string.Empty;

    private static decimal? Number(TextTable table, ReportLine row, TableColumn? column) =>
        column is not null && table.TryValue(row, column.Index, out var value) ? value.Number : null;

    /// <summary>
    /// The year the caption names, or else the nearest text line above the table ("periode Januari sampai dengan Desember
    /// 2024"); the rows of another table above ("Tahun 2022") date nothing of this survey.
    /// </summary>
    private static int? SurveyYear(TextTable table, IReadOnlyList<ReportLine> lines, int start)
    {
        var above = Above(lines, start).Where(l => !l.IsRow).Reverse().Select(l => l.Text);
        return new[] { table.Context }.Concat(above).Select(text => YearIn().Match(text)).FirstOrDefault(m => m.Success) is { } match
            ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture)
            : null;
    }

    private static string? Period(IReadOnlyList<ReportLine> lines, int start) =>
        Above(lines, start).Select(l => PeriodText().Match(l.Text)).FirstOrDefault(m => m.Success)?.Value;

    private static IEnumerable<ReportLine> Above(IReadOnlyList<ReportLine> lines, int start)
    {
        var from = PrintedDistance.Back(lines, start, LookBefore);
        return lines.Skip(from).Take(start - from);
    }

    [GeneratedRegex(@"(?:tahun|s\.?d\.?\s*\d{1,2}-\d{1,2}-|\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember))\s*(?<year>20\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearIn();

    [GeneratedRegex(@"\d{1,2}-\d{1,2}-20\d\d\s*s\.?d\.?\s*\d{1,2}-\d{1,2}-20\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodText();
}
