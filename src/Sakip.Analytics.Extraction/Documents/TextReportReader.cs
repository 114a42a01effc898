namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// Reads report text (PDF converted to text): tab-separated cells, and Markdown pipe rows
/// ("| a | b |"), which some converters emit for ruled tables.
/// </summary>
public static class TextReportReader
{
    public static ReportDocument Read(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = InvisibleCharacters.Remove(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var cells = raw.Select(SplitCells).ToList();
        var lines = new List<ReportLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            // The "|---|---|" rule under a Markdown header carries nothing: it reads as the blank line it stands for.
            var line = IsMarkdownRule(raw[i]) ? string.Empty : raw[i];
            lines.Add(new ReportLine(i + 1, line, IndentedParagraph.Is(raw, cells, i) ? [] : cells[i]));
        }

        return new ReportDocument(fileName, ReportFormat.Text, [new ReportPage(null, lines)]);
    }

    public static ReportDocument ReadFile(string path) => Read(Path.GetFileName(path), File.ReadAllText(path));

    internal static IReadOnlyList<string> SplitCells(string line)
    {
        // A row of empty cells is a ruled line the converter kept between rows: a blank line, not a row.
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            var cells = line.Split('\t').Select(PrintedCell.Of).ToList();
            return cells.TrueForAll(c => c.Length == 0) ? [] : cells;
        }

        var trimmed = line.Trim();
        if (trimmed.StartsWith("- |", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        if (trimmed.Length > 1 && trimmed[0] == '|' && trimmed[^1] == '|')
        {
            return IsMarkdownRule(trimmed) ? [] : [.. trimmed[1..^1].Split('|').Select(PrintedCell.Of)];
        }

        return [];
    }

    private static bool IsMarkdownRule(string line) =>
        line.Trim() is { Length: > 2 } trimmed && trimmed[0] == '|' && trimmed[^1] == '|' && trimmed.Contains('-', StringComparison.Ordinal)
        && trimmed.All(ch => ch is '-' or ':' or '|' or ' ');
}
