using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads a total printed as a label line and an amount line ("Jumlah" / "Rp. 14.463.930.781"), as
/// converters leave the last row of a ruled box.
/// </summary>
internal static class LabelValueReader
{
    public static void Read(IReadOnlyList<ReportLine> lines, ISet<int> tableLines, ReadingContext context)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsRow || line.IsBlank || tableLines.Contains(line.Number))
            {
                continue;
            }

            var label = NameKey.Of(line.Text);
            if (label is not ("jumlah" or "total" or "jumlah anggaran" or "total anggaran" or "jumlah total"))
            {
                continue;
            }

            var next = PrintedLines.After(lines, i);
            if (next is null || next.IsRow || !BudgetTableReader.IsMoney(next.Text) || !CellValue.TryParse(next.Text, out var amount))
            {
                continue;
            }

            var caption = CaptionFinder.Find(lines, i)?.Text ?? SourceRef.Prose;
            context.Budget.Add(new ExtractedBudgetLine(context.Profile.Unit, context.Year, BudgetLevel.Total, BudgetStage.Murni, null,
                Audit.ReportAuditor.WholeBudgetName, amount.Number, null, null, context.Source(caption, next.Number, 0.7))
            {
                GroupKey = $"label:{next.Number}",
            });
        }
    }
}
