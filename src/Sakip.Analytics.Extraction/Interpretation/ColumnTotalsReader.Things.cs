using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class ColumnTotalsReader
{
    /// <summary>
    /// What a column of counts counts: its header without "Jumlah" ("Jumlah Kejadian" gives "kejadian"), or, under a bare
    /// "Jumlah", the caption's words after "Jumlah" or "Data" up to "per", "menurut" or the year ("Jumlah Kejadian Kebakaran per
    /// Kecamatan Tahun 2023" gives "kejadian kebakaran"). Null when neither names a thing.
    /// </summary>
    private static string? ThingCounted(TextTable table, string label)
    {
        var own = Counted(NameKey.Of(label));
        if (own.Length > 0)
        {
            return own;
        }

        return CaptionThing().Match(NameKey.Of(table.Context ?? string.Empty)) is { Success: true } caption ? caption.Groups["thing"].Value.Trim() : null;
    }

    private static string Counted(string label) => Unit().Replace(TotalWords().Replace(label, " "), " ").Trim() is var rest && rest.Split(' ').Length <= 3 ? rest : string.Empty;

    [GeneratedRegex(@"\b(jumlah|total|j u m l a h)\b")]
    private static partial Regex TotalWords();

    [GeneratedRegex(@"\b(orang|unit|kali|rp|ha|km)\b")]
    private static partial Regex Unit();

    [GeneratedRegex(@"\b(?:jumlah|data|rekapitulasi|rekap)\s+(?<thing>[a-z]+(?:\s+[a-z]+)?)\s+(?:per|menurut|berdasarkan|di|tahun|pada|selama)\b")]
    private static partial Regex CaptionThing();
}
