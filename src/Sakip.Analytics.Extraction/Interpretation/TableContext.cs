using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>What a table's caption and headings say about its figures: PK Perubahan, an official's own PK, the budget stage.</summary>
internal static partial class TableContext
{
    public static bool IsRevisedAgreement(TextTable table)
    {
        var key = NameKey.Of(table.Context);
        return key.Contains("perubahan", StringComparison.Ordinal)
            && (key.Contains("perjanjian kinerja", StringComparison.Ordinal) || Pk().IsMatch(key));
    }

    public static bool IsIndividual(TextTable table) => Individual().IsMatch(NameKey.Of(table.Context));

    public static double Confidence(TextTable table) =>
        CaptionFinder.IsNumberedCaption(table.Caption) ? 0.95 : table.HeaderRows.Count > 0 ? 0.9 : 0.75;

    /// <summary>The year a caption or heading names ("... Tahun 2023").</summary>
    public static int? YearOf(TextTable table) =>
        YearNamed().Match(table.Context) is { Success: true } match ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;

    public static BudgetStage Stage(TextTable table, IEnumerable<string> notes)
    {
        // A penyerapan is realisasi / pagu: a table printing one reports the realisation, whatever else it prints.
        if (table.Has(ColumnRole.BudgetRealisasi) || table.Has(ColumnRole.BudgetPercent) || table.Has(ColumnRole.Realization) && table.Has(ColumnRole.Pagu))
        {
            return BudgetStage.RealisasiReport;
        }

        var key = NameKey.Of(table.Context + " " + string.Join(' ', notes));
        if (Revised().IsMatch(key))
        {
            return BudgetStage.Perubahan;
        }

        return Realisation().IsMatch(key) ? BudgetStage.RealisasiReport : BudgetStage.Murni;
    }

    [GeneratedRegex(@"tahun\s+(?<year>20\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearNamed();

    [GeneratedRegex(@"\bpk\b")]
    private static partial Regex Pk();

    // The officials under the head of the unit: its secretary, heads of bidang, sub-bidang, seksi and sub-bagian.
    [GeneratedRegex(@"\b(pegawai|eselon|individu|kepala (sub )?bidang|kabid|kasubbid|kepala seksi|kepala sub ?bagian|kasubbag|kasi|sekretaris (kecamatan|dinas|badan))\b")]
    private static partial Regex Individual();

    [GeneratedRegex(@"\b(perubahan|papbd|apbd p|dppa|pergeseran)\b")]
    private static partial Regex Revised();

    [GeneratedRegex(@"\b(realisasi|penyerapan|pengawasan anggaran|laporan realisasi)\b")]
    private static partial Regex Realisation();
}
