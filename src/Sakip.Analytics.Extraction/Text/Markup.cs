using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Text;

/// <summary>Removes the emphasis and HTML a PDF-to-text converter leaves in the text (**bold**, &lt;i&gt;, LaTeX).</summary>
internal static partial class Markup
{
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stripped = Tags().Replace(text, " ");
        stripped = Latex().Replace(stripped, m => m.Groups["body"].Value);
        stripped = stripped.Replace("\\%", "%", StringComparison.Ordinal).Replace("\\leq", "≤", StringComparison.Ordinal)
            .Replace("\\geq", "≥", StringComparison.Ordinal);
        stripped = stripped.Replace("**", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal)
            .Replace('“', '"').Replace('”', '"').Replace('’', '\'').Replace('\u00A0', ' ');
        return Spaces().Replace(stripped, " ").Trim();
    }

    [GeneratedRegex("<[^>]{1,200}>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\$(?<body>[^$]{1,200})\$")]
    private static partial Regex Latex();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
