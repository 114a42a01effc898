namespace Sakip.Analytics.Extraction.Text;

internal static class StringExtensions
{
    public static string? NullIfEmpty(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
