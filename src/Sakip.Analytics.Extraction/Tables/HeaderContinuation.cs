using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// The second half of header cells wrapped over two lines ("Target" over "Renstra", "Target PK" over
/// "Perubahan", "Target Akhir" over "Renstra 2026", "Realisasi" over "s.d. 2023", "Capaian" over "(%)", quarters under "Target Triwulan"): words that never open a header
/// cell, so they only count as a header row right below one.
/// </summary>
internal static partial class HeaderContinuation
{
    public static bool Is(ReportLine row)
    {
        var cells = row.Cells.Select(c => Markup.Strip(c).Trim()).Where(c => c.Length > 0).ToList();
        return cells.Count > 0 && cells.Exists(IsWrappedHalf)
            && cells.TrueForAll(c => IsWrappedHalf(c) || RowShapes.IsYearLabel(c) || RowShapes.IsHeaderCell(c));
    }

    private static bool IsWrappedHalf(string cell) =>
        cell is "(%)" or "%" or "K" or "Rp" or "(Rp)" || WrappedWords().IsMatch(NameKey.Of(cell)) || QuarterUnderGroup().IsMatch(NameKey.Of(cell));

    // "Renstra 2026", "Akhir Renstra (Tahun 2026)", "s.d. 2023", "thd Target Akhir (%)".
    [GeneratedRegex(@"^((renstra|rencana strategis|pk|perjanjian kinerja|perubahan|murni|akhir( renstra| periode)?|tahun lalu|tahun ini|tahun sebelumnya)(( tahun| th)? (19|20)\d\d)?|(s d|sd|sampai dengan)( tahun| th)? (19|20)\d\d|(thd|terhadap) .+)$")]
    private static partial Regex WrappedWords();

    // "I | II | III | IV" under "Target Triwulan", beside a "Tahun 2023" that closes the group.
    [GeneratedRegex(@"^((tw|triwulan) )?(i|ii|iii|iv)$")]
    private static partial Regex QuarterUnderGroup();
}
