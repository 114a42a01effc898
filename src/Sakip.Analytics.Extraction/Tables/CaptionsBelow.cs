using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Some reports print a table's "Tabel 2.2" caption under the table instead of over it. A page does so when more of its
/// numbered captions follow a table's last row than lead into a table's first; there a table takes the numbered caption
/// printed right under it, with the title lines that follow the number.
/// </summary>
internal static class CaptionsBelow
{
    // Lines of text a caption and its title may take between it and the rows it leads into.
    private const int TitleLines = 3;

    public static bool ArePrinted(IReadOnlyList<ReportLine> lines)
    {
        var (above, below) = (0, 0);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsRow || !CaptionFinder.IsNumberedCaption(lines[i].Text))
            {
                continue;
            }

            if (LeadsIntoRows(lines, i))
            {
                above++;
            }
            else if (FollowsRows(lines, i))
            {
                below++;
            }
        }

        return below > above;
    }

    /// <summary>The numbered caption printed right under the table ending at <paramref name="lastIndex"/>, blank lines and a source note apart; else null.</summary>
    public static CaptionFinder.Caption? Under(IReadOnlyList<ReportLine> lines, int lastIndex)
    {
        var i = NextText(lines, lastIndex + 1);
        if (i < lines.Count && TableSegmenter.IsSourceNote(lines[i]))
        {
            i = NextText(lines, i + 1);
        }

        if (i >= lines.Count || lines[i].IsRow || !CaptionFinder.IsNumberedCaption(lines[i].Text))
        {
            return null;
        }

        var (label, rest) = CaptionFinder.LabelAndTitle(Markup.Strip(lines[i].Text).Trim())!.Value;
        var title = new List<string> { rest };
        for (var j = i + 1; j < lines.Count && j <= i + TitleLines && !lines[j].IsBlank && !lines[j].IsRow && !TableSegmenter.IsSourceNote(lines[j]); j++)
        {
            title.Add(Markup.Strip(lines[j].Text).Trim());
        }

        var context = string.Join(' ', new[] { label }.Concat(title).Where(t => t.Length > 0));
        return new CaptionFinder.Caption(label, context, lines[i].Number);
    }

    private static bool LeadsIntoRows(IReadOnlyList<ReportLine> lines, int caption)
    {
        var texts = 0;
        for (var i = caption + 1; i < lines.Count; i++)
        {
            if (lines[i].IsRow)
            {
                return !TableSegmenter.IsSourceNote(lines[i]);
            }

            if (!lines[i].IsBlank && ++texts > TitleLines)
            {
                return false;
            }
        }

        return false;
    }

    private static bool FollowsRows(IReadOnlyList<ReportLine> lines, int caption)
    {
        var i = caption - 1;
        while (i >= 0 && (lines[i].IsBlank || TableSegmenter.IsSourceNote(lines[i])))
        {
            i--;
        }

        return i >= 0 && lines[i].IsRow;
    }

    private static int NextText(IReadOnlyList<ReportLine> lines, int from)
    {
        while (from < lines.Count && lines[from].IsBlank)
        {
            from++;
        }

        return from;
    }
}
