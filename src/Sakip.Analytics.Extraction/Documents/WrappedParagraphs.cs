using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// The paragraphs of a report whose converter broke them into lines of the page's width (as pdftotext does), read as
/// one line each, as most converters print them: a sentence and its figures run on over the breaks. A report is read so
/// when many of its prose lines run on into the next line: a long line without a sentence's end, followed by a line
/// that opens no item, caption, heading or page number of its own. A paragraph broken off mid-sentence by a page goes on
/// past the page's number and running head. A word hyphenated at a break is joined whole. The joined
/// paragraph keeps its first line's number and the lines it was read from (<see cref="ReportLine.Parts"/>).
/// </summary>
internal static partial class WrappedParagraphs
{
    // Reports printing a paragraph per line have a few such lines (signatures, running heads); wrapped ones have hundreds.
    private const int MinRunOnLines = 3;

    private const double MinRunOnShare = 0.1;

    // A line broken at the page's width is long; a short one ends its paragraph (or is a heading of its own).
    private const double MinShareOfWidth = 0.6;

    public static IReadOnlyList<ReportLine> Join(IReadOnlyList<ReportLine> lines, ISet<int> tableLines)
    {
        var prose = lines.Where(l => !l.IsRow && !l.IsBlank && !tableLines.Contains(l.Number)).ToList();
        if (prose.Count == 0)
        {
            return lines;
        }

        var reading = new Reading(lines, tableLines, prose);
        var runOn = lines.Zip(lines.Skip(1)).Count(pair => reading.RunsOn(pair.First, pair.Second));
        if (runOn < MinRunOnLines || runOn < prose.Count * MinRunOnShare)
        {
            return lines;
        }

        var joined = new List<ReportLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var parts = new List<ReportLine> { lines[i] };
            var furniture = new List<ReportLine>();
            while (true)
            {
                if (i + 1 < lines.Count && reading.RunsOn(lines[i], lines[i + 1]))
                {
                    parts.Add(lines[++i]);
                }
                else if (reading.GoesOnAfterPageBreak(i, parts[0]) is { } next)
                {
                    furniture.AddRange(lines.Skip(i + 1).Take(next - i - 1));
                    parts.Add(lines[next]);
                    i = next;
                }
                else
                {
                    break;
                }
            }

            joined.Add(parts.Count == 1 ? parts[0] : new ReportLine(parts[0].Number, Paragraph(parts), []) { Parts = parts });
            joined.AddRange(furniture);
        }

        return joined;
    }

    /// <summary>Each line of a joined paragraph with the paragraph it belongs to (none when the text is not wrapped).</summary>
    public static IReadOnlyDictionary<int, ReportLine> ByLine(IReadOnlyList<ReportLine> lines) =>
        Join(lines, new HashSet<int>()).Where(l => l.Parts is not null).SelectMany(p => p.Parts!.Select(part => (part.Number, Paragraph: p)))
            .ToDictionary(x => x.Number, x => x.Paragraph);

    /// <summary>How the lines of one page read: the width they are broken at, and the page's frame (<see cref="PageFurniture"/>).</summary>
    private sealed class Reading(IReadOnlyList<ReportLine> lines, ISet<int> tableLines, List<ReportLine> prose)
    {
        private const int MaxPageBreakLines = 6;

        private readonly int width = prose.Select(l => Text(l).Length).Order().ElementAt((int)(prose.Count * 0.9));

        private readonly PageFurniture furniture = PageFurniture.ApartOf(lines);

        public bool RunsOn(ReportLine line, ReportLine next) =>
            next.Number == line.Number + 1 && BreaksOff(line) && IsProse(next) && !IsPageFurniture(next)
            && (!SentenceEnd().IsMatch(Text(line)) || char.IsLower(Text(next)[0])) && !OpensItsOwn(Text(next));

        /// <summary>
        /// The index of the line a paragraph broken off mid-sentence at line <paramref name="index"/> goes on at over a page
        /// break: past blank lines, the page's number and running head, a line opening no item, caption or heading.
        /// </summary>
        /// <param name="opening">The paragraph's first line: a note ("Sumber: ...") or caption does not go on over a page.</param>
        public int? GoesOnAfterPageBreak(int index, ReportLine opening)
        {
            if (!BreaksOff(lines[index]) || SentenceEnd().IsMatch(Text(lines[index])) || CaptionOrNote().IsMatch(Text(opening)))
            {
                return null;
            }

            var frameLines = 0;
            for (var next = index + 1; next < lines.Count && next <= index + MaxPageBreakLines; next++)
            {
                if (lines[next].IsBlank)
                {
                    continue;
                }

                if (IsPageFurniture(lines[next]))
                {
                    frameLines++;
                    continue;
                }

                return frameLines > 0 && IsProse(lines[next]) && !OpensItsOwn(Text(lines[next])) ? next : null;
            }

            return null;
        }

        private bool BreaksOff(ReportLine line) => IsProse(line) && !IsPageFurniture(line) && Text(line).Length >= width * MinShareOfWidth;

        private bool IsProse(ReportLine line) => !line.IsRow && !line.IsBlank && !tableLines.Contains(line.Number);

        private bool IsPageFurniture(ReportLine line) => furniture.Is(line.Text);
    }

    private static string Paragraph(List<ReportLine> parts)
    {
        var text = parts[0].Text.TrimEnd();
        foreach (var part in parts.Skip(1))
        {
            var next = part.Text.Trim();
            text = WrappedText.Join(text, next);
        }

        return text;
    }

    private static string Text(ReportLine line) => Markup.Strip(line.Text).Trim();

    /// <summary>A list item, bullet, caption or heading in capitals: a line of its own even right under a long line.</summary>
    private static bool OpensItsOwn(string text) =>
        Item().IsMatch(text) || CaptionOrNote().IsMatch(text) || text.Any(char.IsLetter) && text == text.ToUpperInvariant();

    [GeneratedRegex(@"[.!?:;]$")]
    private static partial Regex SentenceEnd();

    // "1.", "2.1)", "a.", "(3)", "IV.", a bullet.
    [GeneratedRegex(@"^((\d{1,2}(\.\d{1,2})*|[a-zA-Z]|[IVX]{1,4})[.)]\s|\(\w{1,3}\)\s|[-•*▪●]\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Item();

    // A table's or figure's caption, or a note under it.
    [GeneratedRegex(@"^(Tabel|Gambar|Grafik|Diagram|Sumber|Keterangan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionOrNote();
}
