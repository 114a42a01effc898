using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    private const int MinPeriodRows = 2;

    /// <summary>
    /// "Triwulan I | ... ", "Semester II", "Januari": a budget split by the periods it was spent in. A period is no program,
    /// kegiatan or belanja, so its rows are no budget lines; the table's JUMLAH row still is, and is added up from them.
    /// </summary>
    /// <remarks>Periods counted up to ("s.d. Triwulan III") are no parts of a sum: their rows are no lines, and nothing is added up.</remarks>
    private static bool IsSplitByPeriod(TextTable table)
    {
        var periods = table.DataRows.Select(r => r.Cells.Select(c => NameKey.Of(Markup.Strip(c))).FirstOrDefault(Period().IsMatch)).OfType<string>().ToList();
        return periods.Count >= MinPeriodRows && !periods.Exists(p => Cumulative().IsMatch(p));
    }

    private static bool IsPeriod(string name) => Period().IsMatch(NameKey.Of(name));

    // "Triwulan I", "TW 2", "s.d. Triwulan III", "Semester I", "Bulan Januari".
    [GeneratedRegex(@"^((s d|sd|sampai dengan) )?((triwulan|tw|semester) ([ivx]{1,3}|[1-4]|satu|dua|tiga|empat|pertama|kedua|ketiga|keempat)|(bulan )?(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember))$")]
    private static partial Regex Period();

    [GeneratedRegex(@"^(s d|sd|sampai dengan) ")]
    private static partial Regex Cumulative();
}
