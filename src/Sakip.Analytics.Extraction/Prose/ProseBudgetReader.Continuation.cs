using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// "Belanja Pegawai terealisasi sebesar Rp 2.400.000.000 atau 96% dari pagu sebesar Rp 2.500.000.000": the percentage
/// joined to the first amount stands between the two, and the pagu after it still belongs to the same line.
/// </summary>
internal static partial class ProseBudgetReader
{
    private static string AfterJoinedPercent(string window) => LeadingPercent().Replace(window, string.Empty, 1);

    [GeneratedRegex(@"^\s*,?\s*(\(\s*)?(atau\s+)?(sebesar\s+|senilai\s+)?\d{1,3}([.,]\d+)?\s*%\s*\)?\s*,?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPercent();
}
