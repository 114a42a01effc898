using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IndicatorTableReader
{
    /// <summary>
    /// A row of the indicator column that states a sasaran or tujuan ("Meningkatnya ...", "Sasaran: Terwujudnya ...") and prints neither a
    /// target nor a realization: a heading over the indicators below, not an indicator.
    /// </summary>
    private static bool IsSasaranHeadingRow(TextTable table, ReportLine row, TableSegment segment, string indicator) =>
        segment.Indicator.Count > 0 && indicator.Length > 0 && StatesGoal(indicator)
        && !segment.Values.Any(c => c.Role is ColumnRole.Target or ColumnRole.RenstraTarget or ColumnRole.Realization && table.TryValue(row, c.Index, out _));

    /// <summary>"Meningkatnya kualitas pelayanan publik", "Sasaran 1 Terwujudnya ...": a name that states a sasaran or tujuan.</summary>
    internal static bool StatesGoal(string name) => SasaranStatement().IsMatch(NameKey.WithoutEnumerator(GoalLabel().Replace(name, string.Empty)));

    [GeneratedRegex(@"^(sasaran \S+ )?(meningkat|menurun|terwujud|tercapai|terselenggara|terlaksana|tersedia|terpenuhi|berkurang|bertambah|terjamin|terkendali|terkelola|optimal|menguat|membaik)\w*nya\b")]
    private static partial Regex SasaranStatement();
}
