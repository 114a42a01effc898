namespace Sakip.Analytics.Extraction.Documents;

/// <summary>A table cell as printed, trimmed; a dash alone in it ("-", "–", "—") is printed for nothing, and the cell is empty.</summary>
internal static class PrintedCell
{
    public static string Of(string text) => text.Trim() is "-" or "–" or "—" ? string.Empty : text.Trim();
}
