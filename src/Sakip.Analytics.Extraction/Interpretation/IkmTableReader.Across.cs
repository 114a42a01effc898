using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// The survey printed with the elements across, as the PermenPANRB 14/2017 processing sheet does: a row
/// naming them ("U1 ... U9", or "Persyaratan | Prosedur | ..."), then rows "Jumlah Nilai per Unsur",
/// "NRR per Unsur", "NRR Tertimbang" (its total often in one more cell), "IKM Unit Pelayanan", "Mutu Pelayanan".
/// </summary>
internal static partial class IkmTableReader
{
    private const int MinimumElements = 5;
    private const decimal HighestWeightedNrr = 0.5m;

    /// <summary>The row naming the elements across and the printed name of each of its element columns.</summary>
    private sealed record AcrossLayout(ReportLine Header, IReadOnlyDictionary<int, string> Columns)
    {
        public static AcrossLayout? Of(TextTable table)
        {
            var rows = table.HeaderRows.Concat(table.DataRows).ToList();
            foreach (var row in rows.Where(r => !r.Cells.Any(RowShapes.IsDataNumber)))
            {
                var columns = Enumerable.Range(0, row.Cells.Count)
                    .Select(i => (Index: i, Name: Markup.Strip(row.Cells[i]).Trim()))
                    .Where(c => IkmElements.CodeOf(c.Name) is not null || IkmElements.Of(c.Name) is not null)
                    .ToDictionary(c => c.Index, c => c.Name);
                var layout = new AcrossLayout(row, columns);
                if (columns.Count >= MinimumElements && rows.Any(r => r.Number > row.Number && RowKind(r) == AcrossRow.Nrr && layout.Values(table, r, v => v is >= 1 and <= 4).Count >= MinimumElements))
                {
                    return layout;
                }
            }

            return null;
        }

        public Dictionary<int, decimal> Values(TextTable table, ReportLine row, Func<decimal, bool> accepts)
        {
            var values = new Dictionary<int, decimal>();
            foreach (var index in Columns.Keys)
            {
                if (TryScore(table.Cell(row, index), table.Convention, v => v.Number is { } n && accepts(n), out var value))
                {
                    values[index] = value.Number!.Value;
                }
            }

            return values;
        }
    }

    private enum AcrossRow
    {
        Other,
        Nrr,
        Weighted,
    }

    private static AcrossRow RowKind(ReportLine row)
    {
        var key = NameKey.Of(NameOf(row));
        if (key.Contains("tertimbang", StringComparison.Ordinal) || key.Contains("tertibang", StringComparison.Ordinal))
        {
            return AcrossRow.Weighted;
        }

        // "NRR per Unsur", "Nilai Rata-rata", "Nilai Unsur Pelayanan"; not "Jumlah Nilai per Unsur", the sum of the answers.
        return key.StartsWith("nrr", StringComparison.Ordinal) || key.Contains("rata rata", StringComparison.Ordinal) || key.StartsWith("rata2", StringComparison.Ordinal)
            || key.StartsWith("nilai", StringComparison.Ordinal) && key.Contains("unsur", StringComparison.Ordinal)
            ? AcrossRow.Nrr
            : AcrossRow.Other;
    }

    /// <summary>
    /// Each element column's NRR and weighted NRR; every other row's figures (the weighted total, IKM, mutu).
    /// Codes take their names from the report's legend; without one, the element is the code's place in the usual order of the nine
    /// (<see cref="IkmElement"/>) and the code as printed stays its name.
    /// </summary>
    private static void ReadAcross(TextTable table, AcrossLayout layout, IEnumerable<string> around, List<IkmElementScore> elements, List<Figure> figures)
    {
        var legend = IkmElements.Legend(around);
        Dictionary<int, decimal>? nrr = null;
        Dictionary<int, decimal>? weighted = null;
        var nrrLine = layout.Header.Number;
        int? weightedLine = null;
        foreach (var row in table.HeaderRows.Concat(table.DataRows).Where(r => r.Number > layout.Header.Number))
        {
            switch (RowKind(row))
            {
                case AcrossRow.Nrr when nrr is null && layout.Values(table, row, v => v is >= 1 and <= 4) is { Count: >= MinimumElements } scores:
                    nrr = scores;
                    nrrLine = row.Number;
                    break;
                case AcrossRow.Weighted when weighted is null && layout.Values(table, row, v => v is > 0 and <= HighestWeightedNrr) is { Count: >= MinimumElements } parts:
                    weighted = parts;
                    weightedLine = row.Number;
                    break;
            }

            figures.AddRange(RowFigures(row, table.Convention));
        }

        foreach (var (index, printed) in layout.Columns.OrderBy(c => c.Key))
        {
            var (element, name) = IkmElements.CodeOf(printed) is { } code
                ? legend.TryGetValue(code, out var entry) ? (entry.Element, entry.Name) : (StandardOrder(code), printed)
                : (IkmElements.Of(printed), printed);
            var score = nrr is not null && nrr.TryGetValue(index, out var n) ? n : (decimal?)null;
            var part = weighted is not null && weighted.TryGetValue(index, out var w) ? w : (decimal?)null;
            elements.Add(new IkmElementScore(element, name, score, part, nrrLine) { WeightedLine = weightedLine });
        }
    }

    private static IkmElement? StandardOrder(int code) => code is >= 1 and <= 9 ? (IkmElement)(code - 1) : null;
}
