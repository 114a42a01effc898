using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// The total of a table that prints the AKIP components as columns. Headed "Total" or "Nilai Akhir" it is
/// known by its words alone; headed as plainly as "Nilai", "Jumlah", "Skor" or "Hasil Evaluasi" it is the
/// first such column right of the components that holds scores.
/// </summary>
internal static class AkipTotalColumn
{
    private static readonly string[] ScoreWords = ["nilai", "jumlah", "skor", "total", "hasil", "akip", "sakip"];

    public static TableColumn? Of(TextTable table, IReadOnlyCollection<ReportLine> rows)
    {
        if (table.ColumnsWith(ColumnRole.Total).FirstOrDefault() is { } total)
        {
            return total;
        }

        var components = AkipComponents.Columns.SelectMany(c => table.ColumnsWith(c.Role)).ToList();
        if (components.Count < 3 || rows.Count == 0)
        {
            return null;
        }

        var lastComponent = components.Max(c => c.Index);
        return table.Columns
            .Where(c => c.Index > lastComponent && c.Role is not (ColumnRole.Category or ColumnRole.Capaian) && NamesScore(c.Label))
            .FirstOrDefault(c => rows.Count(r => table.TryValue(r, c.Index, out var v) && v.Number is >= 0 and <= 100) * 2 >= rows.Count);
    }

    private static bool NamesScore(string label)
    {
        var key = NameKey.Of(label);
        return ScoreWords.Any(w => key == w || key.StartsWith(w + " ", StringComparison.Ordinal));
    }
}
