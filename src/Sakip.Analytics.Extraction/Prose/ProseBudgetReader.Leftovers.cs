using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// "Sisa anggaran terbesar terdapat pada sub kegiatan Penyediaan Gaji dan Tunjangan ASN sebesar Rp 184.132.583":
/// the leftover a sentence places in a named program, kegiatan or sub kegiatan is a line of its own with that sisa and no pagu or
/// realisasi; a leftover of the whole budget only restates its total and is left out.
/// </summary>
internal static partial class ProseBudgetReader
{
    private static void AddLeftoverOfPart(string window, decimal? sisa, int lineNumber, ReadingContext context)
    {
        if (LeftoverPart().Match(window) is not { Success: true } part)
        {
            return;
        }

        var kind = NameKey.Of(part.Groups["level"].Value);
        var (level, name) = kind switch
        {
            "program" => (BudgetLevel.Program, "Program " + Names.Clean(part.Groups["name"].Value)),
            "kegiatan" => (BudgetLevel.Kegiatan, Names.Clean(part.Groups["name"].Value)),
            _ => (BudgetLevel.SubKegiatan, Names.Clean(part.Groups["name"].Value)),
        };
        context.Budget.Add(new ExtractedBudgetLine(context.Profile.Unit, context.Year, level, BudgetStage.RealisasiReport, null, name,
            null, null, null, context.Source(SourceRef.Prose, lineNumber, Confidence))
        {
            Sisa = sisa,
            GroupKey = $"text:{lineNumber}",
        });
    }

    /// <summary>
    /// "Efisiensi anggaran yang dicapai sebesar Rp 50.000.000", "penghematan sebesar Rp ...": the money not spent, stated
    /// as a saving, is neither a pagu nor a realisasi. A pagu or realisasi named after the saving word is still read.
    /// </summary>
    private static bool IsSaving(string window) => Saving().IsMatch(window);

    [GeneratedRegex(@"\b(efisiensi|penghematan|dihemat)\b(?![^.;]*\b(pagu|dialokasikan|dianggarkan|realisasi\w*|terealisasi|terserap|penyerapan|belanja)\b)[^.;]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex Saving();

    [GeneratedRegex(@"^\W*(sisa|silpa)\b.*?\b(pada|di)\s+(?<level>sub\s*-?\s*kegiatan|kegiatan|program)\s+(?<name>[A-Z][^,;:()%]*?)\s+(sebesar|senilai|yaitu|yakni|adalah)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeftoverPart();
}
