using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Gives a column its role from its header words: the bottom (most specific) words first, the group
/// words above them for context (a year, "NASIONAL", "KEUANGAN", "SISA", "REALISASI").
/// </summary>
internal static partial class ColumnClassifier
{
    public static (ColumnRole Role, int? Year) Classify(IReadOnlyList<string> labels)
    {
        var parts = labels.Select(NameKey.Of).Where(p => p.Length > 0).Select(WithShortFormsWritten).Select(PlannedAsTarget).ToList();
        if (parts.Count == 0)
        {
            return (ColumnRole.Unknown, null);
        }

        var all = string.Join(' ', parts);
        var year = YearOf(parts);
        var special = Special(parts, all);
        if (special is { } role)
        {
            return (role, year);
        }

        // "Capaian terhadap Target" over "Akhir Renstra (%)": a label wrapped over two header rows, whose
        // bottom half says nothing alone, is read whole; so is "Target" over "Renstra" over "2023", the year
        // under it aside, and "Capaian s.d. 2023" over "thd Target Akhir (%)", whose bottom names what it is measured against.
        var words = parts.Count > 1 && YearOnly().IsMatch(parts[^1]) ? parts[..^1] : parts;
        if (words.Count > 1 && !YearOnly().IsMatch(words[^1]) && (ByWords(words[^1], all) is null || MeasuredAgainst().IsMatch(words[^1]))
            && ByWords(string.Join(' ', words), all) is { } wrapped)
        {
            return (wrapped, year);
        }

        for (var i = parts.Count - 1; i >= 0; i--)
        {
            if (ByWords(parts[i], all) is { } found)
            {
                return (found, year);
            }
        }

        return (year is not null && parts.TrueForAll(p => YearOnly().IsMatch(p)) ? ColumnRole.YearValue : ColumnRole.Unknown, year);
    }

    private static ColumnRole? Special(List<string> parts, string all)
    {
        if (FigureBesideMoney(parts) is { } besideMoney)
        {
            return besideMoney;
        }

        if (Has(all, "sisa"))
        {
            return ColumnRole.Sisa;
        }

        if (Has(all, "penyerapan") || Has(all, "efisiensi") || Quarter().IsMatch(all) || all.StartsWith("target pelaksanaan", StringComparison.Ordinal)
            || parts[^1].StartsWith("bobot", StringComparison.Ordinal))
        {
            return Has(all, "penyerapan") && !Has(all, "capaian") ? ColumnRole.BudgetPercent : ColumnRole.Ignore;
        }

        var bottom = parts[^1];

        // "Realisasi Anggaran (Rp)", "Realisasi Keuangan", "Serapan (%)": money spent and its share, even
        // beside an indicator's own target and realization (per-sasaran efficiency tables).
        if (MoneyRealisasi().IsMatch(bottom))
        {
            // "Realisasi Keuangan (%)" beside "Realisasi Keuangan (Rp)": the share of the pagu spent.
            return Has(bottom, "persen") ? ColumnRole.BudgetPercent : ColumnRole.BudgetRealisasi;
        }

        // "Realisasi Fisik (%)", "Target Fisik": how much of the work is done, neither money nor an indicator's figure.
        if (Physical().IsMatch(all))
        {
            return ColumnRole.Ignore;
        }

        // "Target Anggaran (Rp)" and "Capaian Keuangan (%)" in a Renja evaluation: the pagu and the money's share spent.
        if (MoneyTarget().IsMatch(bottom))
        {
            return ColumnRole.Pagu;
        }

        if (MoneyShare().IsMatch(bottom))
        {
            return ColumnRole.BudgetPercent;
        }

        if (bottom.StartsWith("serapan", StringComparison.Ordinal) || bottom.StartsWith("daya serap", StringComparison.Ordinal))
        {
            return ColumnRole.BudgetPercent;
        }

        // "Persentase terhadap Bobot (%)": an AKIP score as a share of its component's weight, not a
        // capaian against a target.
        if (Has(bottom, "bobot") && (Has(bottom, "persentase") || Has(bottom, "prosentase") || Has(bottom, "persen")))
        {
            return ColumnRole.Ignore;
        }

        // "Realisasi Provinsi", "Realisasi Kabupaten" beside the unit's own: a wider area's figure, not the unit's.
        if (WiderAreaRealisasi().IsMatch(bottom))
        {
            return ColumnRole.Ignore;
        }

        if (Has(all, "nasional"))
        {
            return Has(bottom, "realisasi") && !Has(bottom, "target") && !bottom.StartsWith("realisasi kinerja", StringComparison.Ordinal) || bottom == "realisasi nasional"
                ? ColumnRole.NationalRealization
                : ColumnRole.Ignore;
        }

        if (Has(all, "realisasi") && parts.Count > 1)
        {
            if (Has(bottom, "pegawai"))
            {
                return ColumnRole.RealisasiPegawai;
            }

            if (Has(bottom, "barang"))
            {
                return ColumnRole.RealisasiBarangJasa;
            }

            if (Has(bottom, "modal"))
            {
                return ColumnRole.RealisasiModal;
            }
        }

        if (bottom is "jumlah" or "total" && parts.Count > 1 && (Has(all, "target") || Has(all, "realisasi") && !Has(all, "anggaran")))
        {
            return Has(all, "realisasi") && parts.Any(p => Has(p, "pegawai") || p == "realisasi") && !Has(all, "target") ? ColumnRole.BudgetRealisasi : ColumnRole.Ignore;
        }

        return null;
    }

    private static int? YearOf(List<string> parts)
    {
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            var withoutRanges = YearRange().Replace(parts[i], " ");
            if (Year().Match(withoutRanges) is { Success: true } match)
            {
                return int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static bool Has(string text, string word) =>
        text == word || text.StartsWith(word + " ", StringComparison.Ordinal) || text.EndsWith(" " + word, StringComparison.Ordinal)
        || text.Contains(" " + word + " ", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();

    /// <summary>Whether header words name a quarter's own column ("TW 1", "Triwulan IV"), and which: 1 to 4, else null.</summary>
    internal static int? QuarterOf(string words) =>
        Quarter().Match(NameKey.Of(words)) is { Success: true } quarter
            ? quarter.Groups["n"].Value switch { "1" or "i" => 1, "2" or "ii" => 2, "3" or "iii" => 3, _ => 4 }
            : null;

    /// <summary>Header words with the quarter they name left out: "Realisasi TW IV" is "Realisasi".</summary>
    internal static string WithoutQuarter(string words) => Quarter().Replace(NameKey.Of(words), " ").Trim();

    // A quarter's own column ("TW 1", "Triwulan II"), not a cumulative "s/d Triwulan IV".
    [GeneratedRegex(@"(?<!s d )\b(tw|triwulan)\s*(?<n>1|2|3|4|i|ii|iii|iv)\b")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^realisasi (anggaran|keuangan|belanja|dana|rp)\b")]
    private static partial Regex MoneyRealisasi();

    [GeneratedRegex(@"^(target|rencana) (anggaran|keuangan|dana)\b")]
    private static partial Regex MoneyTarget();

    [GeneratedRegex(@"^(capaian|persentase|prosentase) (realisasi )?(anggaran|keuangan)\b")]
    private static partial Regex MoneyShare();

    [GeneratedRegex(@"^realisasi (provinsi\b.*|kabupaten|kota)$")]
    private static partial Regex WiderAreaRealisasi();

    [GeneratedRegex(@"\bfisik\b")]
    private static partial Regex Physical();

    [GeneratedRegex(@"\b(19|20)\d\d\s+(19|20)\d\d\b")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(thd|terhadap) ")]
    private static partial Regex MeasuredAgainst();

    [GeneratedRegex(@"^(th |tahun |ta )?(19|20)\d\d( n( \d)?)?$")]
    private static partial Regex YearOnly();
}
