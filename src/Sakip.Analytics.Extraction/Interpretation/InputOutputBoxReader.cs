using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads a kegiatan's performance box: "Masukan/Input : Anggaran | target | realisasi | %" is its
/// budget line, each "Keluaran/Output" (or "Hasil/Outcome") row an indicator with target,
/// realization and capaian. The kegiatan is named on the "Kegiatan ..." line above the box.
/// </summary>
internal static partial class InputOutputBoxReader
{
    public static bool CanRead(TextTable table) =>
        table.DataRows.Any(r => LabelOf(r).Success);

    public static void Read(TextTable table, IReadOnlyList<ReportLine> pageLines, ReadingContext context)
    {
        var name = table.Columns.FirstOrDefault(c => c.Role is ColumnRole.Name or ColumnRole.Indicator);
        var target = table.ColumnsWith(ColumnRole.Target).FirstOrDefault();
        var realization = table.Columns.FirstOrDefault(c => c.Role is ColumnRole.Realization or ColumnRole.BudgetRealisasi);
        var percent = table.Columns.FirstOrDefault(c => c.Role is ColumnRole.Capaian or ColumnRole.BudgetPercent);
        if (name is null || target is null)
        {
            return;
        }

        var kegiatan = KegiatanAbove(pageLines, table.FirstLine);
        var section = string.Empty;
        var confidence = TableContext.Confidence(table) - 0.05;
        foreach (var row in table.DataRows)
        {
            if (LabelOf(row) is { Success: true } label)
            {
                section = label.Groups["label"].Value;
            }

            var uraian = Names.Clean(table.Cell(row, name.Index).TrimStart(':', ' '));
            table.TryValue(row, target.Index, out var t);
            CellValue? r = realization is not null && table.TryValue(row, realization.Index, out var rv) ? rv : null;
            CellValue? p = percent is not null && table.TryValue(row, percent.Index, out var pv) ? pv : null;
            if (t is null && r is null)
            {
                continue;
            }

            if (section is "masukan" or "input")
            {
                context.Budget.Add(new ExtractedBudgetLine(context.Profile.Unit, context.Year, BudgetLevel.Kegiatan, BudgetStage.RealisasiReport, null,
                    kegiatan ?? uraian, t?.Number, r?.Number, p?.Number, context.Source(table.Caption, row.Number, confidence))
                {
                    GroupKey = $"{table.FirstLine}",
                });
                continue;
            }

            Add(IndicatorValueKind.Target, t);
            Add(IndicatorValueKind.Realization, r);
            Add(IndicatorValueKind.ReportedCapaian, p);

            void Add(IndicatorValueKind kind, CellValue? value)
            {
                if (value is null || uraian.Length == 0)
                {
                    return;
                }

                context.Indicators.Add(new ExtractedIndicatorValue(context.Profile.Unit, IndicatorLevel.Kegiatan, kegiatan, uraian,
                    kind == IndicatorValueKind.ReportedCapaian ? "%" : t?.UnitWord ?? r?.UnitWord, IndicatorTableReader.PolarityOf(uraian),
                    context.Year, kind, value.Number, value.Printed, value.Grade, context.Source(table.Caption, row.Number, confidence)));
            }
        }
    }

    private static string? KegiatanAbove(IReadOnlyList<ReportLine> lines, int firstLine)
    {
        var start = BudgetTableReader.IndexOf(lines, firstLine);
        for (var i = start - 1; i >= 0 && i >= start - 8; i--)
        {
            if (lines[i].IsRow)
            {
                break;
            }

            if (KegiatanLine().Match(Markup.Strip(lines[i].Text)) is { Success: true } match)
            {
                return match.Groups["name"].Value.Trim().TrimEnd('.');
            }
        }

        return null;
    }

    /// <summary>
    /// The box label a row opens with: a first cell of label words only ("Keluaran/Output", "Hasil"), or
    /// label words before a colon ("Keluaran : Jumlah ..."). "Hasil Koordinasi ..." is a name's words.
    /// </summary>
    private static Match LabelOf(ReportLine row) =>
        BoxLabel().Match(NameKey.Of((row.Cells.FirstOrDefault(c => c.Length > 0) ?? string.Empty).Split(':')[0]));

    [GeneratedRegex(@"^(?<label>masukan|input|keluaran|output|hasil|outcome)( (masukan|input|keluaran|output|hasil|outcome))?$")]
    private static partial Regex BoxLabel();

    [GeneratedRegex(@"^\s*(?:\d+\.\s*)?Kegiatan\s*:?\s*(?<name>\S.{5,200})$", RegexOptions.IgnoreCase)]
    private static partial Regex KegiatanLine();
}
