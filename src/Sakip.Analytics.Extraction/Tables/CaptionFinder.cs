using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Finds the caption above a table: a numbered "Tabel 3.2" / "TABEL III.4" line with its title, or
/// else the nearest heading block (bold, upper case or "Lampiran ..." lines), as printed.
/// </summary>
internal static partial class CaptionFinder
{
    private const int SearchLines = 9;

    public sealed record Caption(string Text, string Context, int Line);

    /// <param name="lines">The page's lines, 0-based; <paramref name="tableStart"/> indexes the first row.</param>
    /// <param name="paragraphs">The paragraphs of wrapped text by line: the last line of a wrapped sub-heading is no title of its own.</param>
    public static Caption? Find(IReadOnlyList<ReportLine> lines, int tableStart, IReadOnlyDictionary<int, ReportLine>? paragraphs = null)
    {
        var title = new List<string>();
        (int Line, string Text)? nearest = null;
        var heading = new List<(int Line, string Text)>();
        var headingClosed = false;
        var seen = 0;
        for (var i = tableStart - 1; i >= 0 && seen < SearchLines; i--)
        {
            var line = lines[i];
            if (line.IsRow)
            {
                break;
            }

            // A page's number and running head inside a caption block are no part of it.
            if (PageFurniture.IsPageBreakAt(lines, i))
            {
                continue;
            }

            if (line.IsBlank)
            {
                headingClosed |= heading.Count > 0;
                continue;
            }

            seen++;
            var text = Markup.Strip(line.Text);
            nearest ??= (line.Number, paragraphs?.TryGetValue(line.Number, out var paragraph) == true ? Markup.Strip(paragraph.Text) : text);
            if (LabelAndTitle(text) is var (label, rest))
            {
                var context = string.Join(' ', new[] { rest }.Concat(Enumerable.Reverse(title)).Where(t => t.Length > 0));
                return new Caption(label, $"{label} {context}".Trim(), line.Number);
            }

            if (text.Length > 160 || text.Contains("NIP", StringComparison.Ordinal))
            {
                break;
            }

            if (IsHeading(line.Text, text) && !headingClosed)
            {
                heading.Add((line.Number, text));
            }
            else if (heading.Count > 0)
            {
                headingClosed = true;
            }

            title.Add(text);
        }

        // "Hasil Survei Kepuasan Masyarakat Tahun 2024" right above the rows, with no "Tabel" number: a title, not a sentence;
        // a heading further up only adds to what it is about.
        var titleLine = nearest is { } near && IsTitle(near.Text) && !heading.Exists(h => h.Line == near.Line) ? near : ((int Line, string Text)?)null;
        if (heading.Count == 0)
        {
            return titleLine is { } only ? new Caption(only.Text, only.Text, only.Line) : null;
        }

        heading.Reverse();
        var kept = heading.Where(h => !h.Text.StartsWith("PEMERINTAH", StringComparison.OrdinalIgnoreCase) || heading.Count == 1).ToList();
        var caption = string.Join(' ', kept.Select(h => h.Text));
        return titleLine is { } titled ? new Caption(titled.Text, $"{caption} {titled.Text}", titled.Line) : new Caption(caption, caption, kept[0].Line);
    }

    public static bool IsNumberedCaption(string text) => Numbered().IsMatch(Markup.Strip(text));

    /// <summary>"Tabel 2.2" and "Perjanjian Kinerja" of "Tabel 2.2. Perjanjian Kinerja" (its markup stripped), or null if no numbered caption.</summary>
    public static (string Label, string Title)? LabelAndTitle(string text) =>
        Numbered().Match(text) is { Success: true } numbered
            ? ($"{numbered.Groups["word"].Value} {NumberOf(numbered)}", text[numbered.Length..].Trim(' ', '.', ':'))
            : null;

    /// <summary>The table number a caption prints ("3.14" of "Tabel 3.14 (lanjutan)"), or null.</summary>
    public static string? NumberOf(string text) => Numbered().Match(Markup.Strip(text)) is { Success: true } numbered ? NumberOf(numbered) : null;

    private static string NumberOf(Match numbered) => numbered.Groups["number"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('.');

    private static bool IsHeading(string raw, string text)
    {
        if (text.Length < 4 || text.Contains(" : ", StringComparison.Ordinal) || text.Count(char.IsDigit) * 2 > text.Count(char.IsLetter))
        {
            return false;
        }

        if (raw.TrimStart().StartsWith("**", StringComparison.Ordinal) || raw.TrimEnd().EndsWith("**", StringComparison.Ordinal)
            || text.StartsWith("LAMPIRAN", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 6 && letters.Count(char.IsUpper) >= letters.Count * 0.8;
    }

    /// <summary>
    /// A line in title case that reads as no sentence or label does: most of its longer words capitalised, no closing stop, no
    /// colon ("Sasaran 1 : ..." labels the rows below it, under the table's own caption).
    /// </summary>
    private static bool IsTitle(string text)
    {
        if (text.Length is < 12 or > 160 || text.TrimEnd().EndsWith('.') || text.Contains(':', StringComparison.Ordinal) || text.Contains(';', StringComparison.Ordinal))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && char.IsLetter(w[0])).ToList();
        return words.Count >= 2 && words.Count(w => char.IsUpper(w[0])) >= words.Count * 0.7;
    }

    [GeneratedRegex(@"^(?<word>tabel|table)\s*\.?\s*(?<number>[0-9IVXivx]+(?:\s*[.,]\s*[0-9]+)*\.?)(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
