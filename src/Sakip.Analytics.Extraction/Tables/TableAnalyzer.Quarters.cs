using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class TableAnalyzer
{
    /// <summary>
    /// "Target | Realisasi TW IV | Capaian": the last quarter's realization printed as the only quarter, beside a target and
    /// no realization of the year, is the year's realization. Quarters printed one by one stay quarters (their last may be
    /// the quarter's own figure, not the year's), and so does money spent by a quarter ("Realisasi Keuangan TW IV").
    /// </summary>
    private static void LastQuarterAloneIsRealization(List<TableColumn> columns)
    {
        var quarters = columns.Where(c => ColumnClassifier.QuarterOf(string.Join(' ', c.Labels)) is not null).ToList();
        if (quarters is not [var last] || !columns.Exists(c => c.Role == ColumnRole.Target) || columns.Exists(c => c.Role == ColumnRole.Realization))
        {
            return;
        }

        var words = NameKey.Of(string.Join(' ', last.Labels));
        if (ColumnClassifier.QuarterOf(words) == 4 && RealizationWords().IsMatch(words) && !MoneyWords().IsMatch(words))
        {
            columns[last.Index] = last with { Role = ColumnRole.Realization };
        }
    }

    [GeneratedRegex(@"\brealisasi\b")]
    private static partial Regex RealizationWords();

    [GeneratedRegex(@"\b(keuangan|anggaran|belanja|rp|rupiah|dana)\b")]
    private static partial Regex MoneyWords();
}
