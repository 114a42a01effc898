using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    private const int ListSearchLines = 30;

    /// <summary>
    /// A column of amounts printed apart from its names ("Anggaran | Keterangan" rows below a numbered
    /// list of kegiatan, as a PK appendix often comes out of the converter): pairs them in order
    /// when the list has exactly as many items as the table has rows.
    /// </summary>
    private static void NameFromPrecedingList(TextTable table, List<BudgetRow> rows, IReadOnlyList<ReportLine> pageLines)
    {
        if (rows.Exists(r => r.Name.Length > 0) || rows.Count < 2)
        {
            return;
        }

        var start = IndexOf(pageLines, table.FirstLine);
        var items = new List<string>();
        for (var i = start - 1; i >= 0 && i >= start - ListSearchLines; i--)
        {
            var line = pageLines[i];
            if (line.IsRow)
            {
                break;
            }

            if (PageFurniture.IsFrameAt(pageLines, i))
            {
                // The list goes on over a page break.
                continue;
            }

            if (ListItem().Match(Markup.Strip(line.Text)) is { Success: true } item)
            {
                items.Add(item.Groups["name"].Value.Trim());
            }
            else if (items.Count > 0 && !line.IsBlank && !ShortLine(line))
            {
                break;
            }
        }

        if (items.Count != rows.Count)
        {
            return;
        }

        items.Reverse();
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Name = Names.Clean(items[i]);
        }
    }

    /// <summary>"Sumber: DPPA ..." under a table names the document the figures come from.</summary>
    private static IEnumerable<string> TrailingNotes(TextTable table, IReadOnlyList<ReportLine> pageLines)
    {
        var end = IndexOf(pageLines, table.LastLine);
        return pageLines.Skip(end + 1).Take(4).Select(l => Markup.Strip(l.Text)).Where(t => t.StartsWith("Sumber", StringComparison.OrdinalIgnoreCase));
    }

    private static bool ShortLine(ReportLine line) => Markup.Strip(line.Text).Length <= 40;

    internal static int IndexOf(IReadOnlyList<ReportLine> lines, int number)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Number == number)
            {
                return i;
            }
        }

        return lines.Count;
    }

    [GeneratedRegex(@"\b(perubahan|setelah|pergeseran|dppa|papbd|apbd p|apbdp)\b")]
    private static partial Regex Revised();

    [GeneratedRegex(@"\bbelanja\s+(tidak\s+langsung|langsung|operasi|modal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BelanjaScope();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+(?<name>\S.{3,200})$")]
    private static partial Regex ListItem();
}
