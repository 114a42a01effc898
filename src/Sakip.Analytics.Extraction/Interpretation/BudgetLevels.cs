using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Tells a budget row's level from its words ("TOTAL PROGRAM", "Belanja Pegawai", "JUMLAH"), its
/// kode rekening depth, its enumerator (I, II for programs; 1, 2 or 1.1 for their kegiatan) or the column it is in.
/// </summary>
internal static partial class BudgetLevels
{
    public static BudgetLevel? FromWords(string name)
    {
        var key = NameKey.WithoutEnumerator(name);
        if (key.StartsWith("total program", StringComparison.Ordinal) || key.StartsWith("jumlah program", StringComparison.Ordinal))
        {
            return BudgetLevel.Program;
        }

        if (key.StartsWith("total sub kegiatan", StringComparison.Ordinal))
        {
            return BudgetLevel.SubKegiatan;
        }

        if (key.StartsWith("total kegiatan", StringComparison.Ordinal) || key.StartsWith("jumlah kegiatan", StringComparison.Ordinal))
        {
            return BudgetLevel.Kegiatan;
        }

        if (IndicatorTableReader.TotalWord().IsMatch(key) || key.StartsWith("jumlah ", StringComparison.Ordinal) || key.StartsWith("total ", StringComparison.Ordinal))
        {
            return BudgetLevel.Total;
        }

        if (key.StartsWith("program", StringComparison.Ordinal))
        {
            return BudgetLevel.Program;
        }

        if (key.StartsWith("sub kegiatan", StringComparison.Ordinal))
        {
            return BudgetLevel.SubKegiatan;
        }

        if (key.StartsWith("belanja", StringComparison.Ordinal))
        {
            var dashed = Markup.Strip(name).TrimStart().StartsWith('-');
            return !dashed && BelanjaGroup().IsMatch(key) ? BudgetLevel.BelanjaGroup : BudgetLevel.BelanjaType;
        }

        return null;
    }

    public static BudgetLevel FromColumn(ColumnRole? role) => role switch
    {
        ColumnRole.Program => BudgetLevel.Program,
        ColumnRole.SubKegiatan => BudgetLevel.SubKegiatan,
        _ => BudgetLevel.Kegiatan,
    };

    /// <summary>Kode rekening split into its numeric segments ("7.01.7.01.0.001.2.01." has eight).</summary>
    /// <summary>How far down the hierarchy a level stands: programs (and belanja groups) over kegiatan over sub-kegiatan; totals over all.</summary>
    public static int Rank(BudgetLevel level) => level switch
    {
        BudgetLevel.Total => 0,
        BudgetLevel.Program or BudgetLevel.BelanjaGroup => 1,
        BudgetLevel.Kegiatan or BudgetLevel.BelanjaType => 2,
        _ => 3,
    };

    public static string[] CodeSegments(string? code) =>
        code is null ? [] : CodeSplit().Split(code.Trim()).Where(s => s.Length > 0).ToArray();

    [GeneratedRegex(@"^belanja (operasi|modal|langsung|tidak langsung|transfer|tidak terduga|daerah)$")]
    private static partial Regex BelanjaGroup();

    [GeneratedRegex(@"[^0-9]+")]
    private static partial Regex CodeSplit();
}
