namespace Sakip.Analytics.Import.Tests.Support;

/// <summary>A cell to put in a test workbook: text, or a typed number (optionally formatted as a percentage).</summary>
internal sealed record XlsxCell(string? Text, double? Number = null, bool IsPercent = false)
{
    public static XlsxCell Of(string text) => new(text);

    public static XlsxCell Of(double number) => new(null, number);

    public static XlsxCell Percent(double fraction) => new(null, fraction, IsPercent: true);
}
