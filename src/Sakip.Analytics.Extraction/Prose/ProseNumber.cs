using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>A figure in a sentence: its value, where it is in the sentence, and whether it is money ("Rp ...").</summary>
/// <remarks><see cref="IsRounded"/>: an amount stated in millions or billions ("Rp 2,45 milyar"), rounded to its last digit.</remarks>
internal sealed record ProseNumber(CellValue Value, int Start, int End, bool IsMoney, bool IsRounded = false);

/// <summary>Finds figures in a sentence and leaves out what only looks like one: years, dates, counts "2 (dua)", legal numbers, ranges.</summary>
internal static partial class ProseNumbers
{
    private static readonly string[] Months =
        ["januari", "februari", "febuari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "nopember", "desember"];

    /// <summary>The figures of a sentence; <paramref name="measuredIn"/> names units ("hari") whose figures are values, not counts.</summary>
    public static List<ProseNumber> Find(string sentence, IReadOnlySet<string>? measuredIn = null)
    {
        var found = new List<ProseNumber>();
        // "4,338 permohonan atau 96.40%": a sentence writing its figures the English way groups thousands with the comma, as a table does.
        var convention = NumberConventions.Of(NumberToken().Matches(sentence).Select(m => m.Value));
        var ratios = RatiosToOne(sentence, convention);
        found.AddRange(ratios);
        foreach (Match match in Figure().Matches(sentence))
        {
            if (ratios.Exists(r => match.Index < r.End && match.Index + match.Length > r.Start))
            {
                continue;
            }

            var text = match.Value.Trim();
            if (match.Groups["scaled"].Success)
            {
                found.Add(new ProseNumber(new CellValue(ScaledAmount(match), null, false, text, null), match.Index, match.Index + match.Length, true, true));
                continue;
            }

            if (match.Groups["money"].Success)
            {
                if (CellValue.TryParse(text.Replace(",-", string.Empty, StringComparison.Ordinal), out var money) && money.HasNumber)
                {
                    found.Add(new ProseNumber(money, match.Index, match.Index + match.Length, true));
                }

                continue;
            }

            // "65 persen": the word is the percent sign spelled out.
            var figure = Sentences.WithPercentSigns(text);
            if (IsNoise(sentence, match, figure, measuredIn) || !CellValue.TryParse(figure, convention, out var value) || !value.HasNumber && value.Grade is null)
            {
                continue;
            }

            found.Add(new ProseNumber(value with { Printed = text }, match.Index, match.Index + match.Length, false));
        }

        return WithSecondsJoined(sentence, [.. found.OrderBy(n => n.Start)]);
    }

    /// <summary>
    /// "adalah 1 : 2.750, belum mencapai target 1 : 2.500": a ratio to one is one figure, its second term; not a clock time
    /// ("pukul 1:30", "1:30 WIB"), a numbered label ("Indikator 1: 98,50%", "triwulan 1: 25%"), a legal number or a year
    /// ("Nomor 1:2023"), nor a scale ("skala 1 : 4", "peta skala 1:5.000").
    /// </summary>
    private static List<ProseNumber> RatiosToOne(string sentence, NumberConvention convention) =>
        [.. RatioToOne().Matches(sentence)
            .Where(m => !ClockBefore().IsMatch(sentence[..m.Index]) && !LabelBefore().IsMatch(sentence[..m.Index]) && !LegalNumber().IsMatch(sentence[..m.Index])
                && !YearLike().IsMatch(m.Groups["n"].Value) && !ClockAfter().IsMatch(sentence[(m.Index + m.Length)..]))
            .Select(m => CellValue.TryParse(m.Groups["n"].Value, convention, out var value) && value.HasNumber
                ? new ProseNumber(value with { Printed = m.Value.Trim() }, m.Index, m.Index + m.Length, false)
                : null)
            .OfType<ProseNumber>()];

    [GeneratedRegex(@"(?<![\d.,:])\b1\s*:\s*(?<n>\d+(?:[.,]\d+)*)(?![\d:]|[.,]\d|\s*(%|persen\b))")]
    private static partial Regex RatioToOne();

    [GeneratedRegex(@"\b(pukul|pkl|jam|waktu)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockBefore();

    [GeneratedRegex(@"^\s*(wib|wita|wit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockAfter();

    [GeneratedRegex(@"\b(indikator|iku|sasaran|tujuan|misi|program|kegiatan|triwulan|tw|tahap|unsur|aspek|komponen|skala|peta|nomor|no|poin|butir|langkah|tahun)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelBefore();

    [GeneratedRegex(@"\d[\d.,]*\d")]
    private static partial Regex NumberToken();

    /// <summary>"14 menit 30 detik": one time of 14,5 minutes, not 14 and a count of seconds.</summary>
    private static List<ProseNumber> WithSecondsJoined(string sentence, List<ProseNumber> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (SecondsAfterMinutes().Match(sentence[found[i].End..]) is not { Success: true } seconds || found[i].Value.Number is not { } minutes
                || decimal.Truncate(minutes) != minutes || minutes is < 0 or > 24 * 60
                || Duration.Of(0, (int)minutes, int.Parse(seconds.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture)) is not { } joined)
            {
                continue;
            }

            var end = found[i].End + seconds.Length;
            found[i] = found[i] with { Value = found[i].Value with { Number = joined, Printed = sentence[found[i].Start..end].Trim(), UnitWord = "menit" }, End = end };
            found.RemoveAll(n => n.Start > found[i].Start && n.Start < end);
        }

        return found;
    }

    [GeneratedRegex(@"^\s*(?:menit|mnt)\s*(?:dan\s+)?(?<s>\d{1,2})\s*(?:detik|dtk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondsAfterMinutes();

    /// <summary>"2,45 milyar", "2,45 M", "750 juta", "2.450 Jt": a comma, or a point not followed by three digits, marks the decimals.</summary>
    private static decimal ScaledAmount(Match match)
    {
        var digits = match.Groups["digits"].Value;
        var thousands = digits.Contains('.', StringComparison.Ordinal) && digits.Split('.')[1].Length == 3;
        var number = decimal.Parse(thousands ? digits.Replace(".", string.Empty, StringComparison.Ordinal) : digits.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        var scale = match.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "juta" or "jt" => 1_000_000m,
            "triliun" => 1_000_000_000_000m,
            _ => 1_000_000_000m,
        };
        return decimal.Round(number * scale, 0);
    }

    private static bool IsNoise(string sentence, Match match, string text, IReadOnlySet<string>? measuredIn)
    {
        var plain = match.Groups["plain"];
        if (!plain.Success)
        {
            return false;
        }

        var digits = plain.Value;
        var before = sentence[..match.Index].TrimEnd();
        var after = sentence[(match.Index + match.Length)..].TrimStart();

        // "3 (tiga) inovasi": the word after a count spelled out in brackets is what it counts.
        var spelled = CountWord().Match(after);
        var afterWord = FirstWord(spelled.Success ? after[spelled.Length..].TrimStart() : after);
        var measured = measuredIn?.Contains(afterWord) == true || CountsMeasure(after, measuredIn);
        if (YearLike().IsMatch(digits) && !text.EndsWith('%'))
        {
            return true;
        }

        if (before.Length == 0 && digits.Contains('.', StringComparison.Ordinal) && !text.EndsWith('%') && HeadingWord().IsMatch(after))
        {
            // "3.2 Survei Kepuasan Masyarakat": the number of the section a heading opens.
            return true;
        }

        // "2 (dua)" spells a count out; "105,56% (sangat baik)" names a figure's category; "76,61 – 88,30" is a range.
        if (spelled.Success && !measured && !text.EndsWith('%') && WholeNumber().IsMatch(digits) || RangeDash(after.FirstOrDefault()) || RangeDash(before.LastOrDefault()) || before.EndsWith('/'))
        {
            return true;
        }

        // "rentang nilai 76,61 sampai dengan 88,30", "di antara 76,61 dan 88,30": the ends of a range in words; "dari skala 100": a scale's top.
        if (RangeStart().IsMatch(before) || RangeEnd().IsMatch(before) || ScaleTop().IsMatch(before))
        {
            return true;
        }

        if (!text.EndsWith('%') && IsCountOfTotal(digits, after) && !measured)
        {
            return true;
        }

        if (before.EndsWith('(') && after.StartsWith(')') && !text.EndsWith('%') && WholeNumber().IsMatch(digits) && digits.Length <= 2
            && !KindBeforeBracket().IsMatch(before[..^1].TrimEnd()))
        {
            // "adalah: (1) peningkatan ...": an item's number; "melampaui target (80)", "Realisasi (88)" are figures.
            return true;
        }

        if (FormulaOperator().IsMatch(before))
        {
            // "dibagi 7 kelurahan dikali 100%": the operands of the formula the report explains, not figures of the indicator.
            return true;
        }

        if (Months.Contains(afterWord) || LegalNumber().IsMatch(before) || ContactNumber().IsMatch(before) || RateBase().IsMatch(before) || IsCountOfUnits(afterWord, text, measured, before) || after.StartsWith('.') && after.Length > 1 && char.IsDigit(after[1]))
        {
            return true;
        }

        if (measured && (!WholeNumber().IsMatch(digits) || MeasuredValueCue().IsMatch(before) || IsFigureNamedBefore(before) || Cues.IsTargetNamedAfter(after)
            || Cues.IsGivenItsYear(after)))
        {
            // "4,6 hari", "tercatat 19 kasus", "rata-rata 12 menit", "dari 8 kelurahan yang ditargetkan", "16 menit (2022)": the
            // indicator's own measure; "terdiri atas 7 kasus ..." lists parts.
            return false;
        }

        if (!text.EndsWith('%') && (IsCountOfThings(digits, after) || ChangeTo().Match(after) is { Success: true } change && IsCountOfThings(change.Groups["count"].Value, after[change.Length..])))
        {
            // "bertambah dari 13 menjadi 14 desa/kelurahan": the earlier figure counts what the new one counts.
            return true;
        }

        return !text.EndsWith('%') && !digits.Contains(',', StringComparison.Ordinal) && !digits.Contains('.', StringComparison.Ordinal) && digits.Length <= 2
            && !IsFigureNamedBefore(before) && !Cues.IsGivenItsYear(after);
    }

    /// <summary>"12 orang", "3 kelurahan": a count of things; not "80% kelurahan" (a share) nor "sebesar 82,35 poin" (a value in points).</summary>
    private static bool IsCountOfUnits(string afterWord, string text, bool measured, string before) =>
        UnitWords().IsMatch(afterWord) && !measured && !text.EndsWith('%') && !(afterWord is "poin" or "point" && IsFigureNamedBefore(before));

    [GeneratedRegex(@"\b(rentang|interval|antara|kisaran)(\s+nilai)?(\s+(yaitu|adalah|sebesar))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"\b(rentang|interval|antara|kisaran)(\s+nilai)?\s*:?\s*\d[\d.,]*\s*%?\s*(sampai\s+dengan|s\.?\s?d\.?|s/d|hingga|dan)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeEnd();

    [GeneratedRegex(@"\bskala(\s+(maksimal|maksimum|tertinggi))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleTop();

    [GeneratedRegex(@"^menjadi\s+(?<count>\d{1,3}(\.\d{3})?)\s+")]
    private static partial Regex ChangeTo();

    private static bool RangeDash(char c) => c is '-' or '–' or '—';

    /// <summary>
    /// "4.500 permohonan", "120 orang pemohon", "1,840 pejabat": a whole number followed straight by the noun it counts (a comma
    /// before three digits groups thousands: no one counts 1,84 pejabat).
    /// </summary>
    private static bool IsCountOfThings(string digits, string after) =>
        (WholeNumber().IsMatch(digits) || CommaThousands().IsMatch(digits)) && CountedNoun().Match(after) is { Success: true } noun && !NotCounted().IsMatch(noun.Value);

    /// <summary>"7 dari 7 kelurahan" for an indicator counting kelurahan: the count is the indicator's own value.</summary>
    private static bool CountsMeasure(string after, IReadOnlySet<string>? measuredIn) =>
        measuredIn is not null && CountOfTotal().Match(after) is { Success: true } count && measuredIn.Contains(FirstWord(after[(count.Length - 1)..]));

    /// <summary>"40 dari 43 perangkat daerah": a whole number out of another is a count.</summary>
    private static bool IsCountOfTotal(string digits, string after) =>
        !digits.Contains(',', StringComparison.Ordinal) && !digits.Contains('.', StringComparison.Ordinal) && CountOfTotal().IsMatch(after);

    private static string FirstWord(string text) => WordStart().Match(text).Value.ToLowerInvariant();

    [GeneratedRegex(@"(?<scaled>Rp\.?\s*(?<digits>\d{1,3}(?:[.,]\d{1,3})?)\s*(?<scale>(?i:milyar|miliar|juta|jt|triliun)|M)\b)|(?<money>Rp\.?\s*\**\s*\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?(?:,-)?)|(?<grade>\b(?:AA|A|BB|B|CC|C|D)\s*(?:dengan\s+nilai|atau)?\s*\(\s*\d{1,3}(?:[.,]\d{1,6})?\s*%?\s*\))|(?<plain>(?<![\d.,])\d{1,3}(?:[.,]\d{1,6})?)(?:\s*%|\s+[Pp]ersen\b)?(?![\d])")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^dari\s+\d+(?![\d.,%])\s+(?!hari|bulan|tahun)[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex CountOfTotal();

    [GeneratedRegex(@"\b(target|ditargetkan|nilai|sebesar|adalah|yakni|yaitu|menjadi|memperoleh|capaian|tercatat|terealisasi|realisasi|realisasinya|mencapai|tercapai|sebanyak|sejumlah|hanya|rata[\s-]*rata|rerata|selama|terdapat|berjumlah|terjadi)(\s+(minimal|maksimal|minimum|maksimum|paling\s+(sedikit|banyak|tinggi|rendah|lama|lambat|cepat)))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasuredValueCue();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})?$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^[a-z]+")]
    private static partial Regex CountedNoun();

    [GeneratedRegex(@"^\d{1,3},\d{3}$")]
    private static partial Regex CommaThousands();

    [GeneratedRegex(@"^(dengan|atau|dan|dari|pada|yang|sehingga|di|ke|untuk|terhadap|sedangkan|serta|maka|namun|ini|itu|adalah|merupakan|persen|poin|point|hingga|sampai|s|menjadi|lebih|sudah|telah|masih|juga|dibandingkan|dibanding|sebagai|oleh|karena|atas|bahkan|tetapi|tapi|meningkat|menurun|naik|turun|tercapai|terealisasi|mencapai|per|dalam|tahun|th|sebesar|kali|melampaui|melebihi|memenuhi|belum|tidak|berada|termasuk|kategori|dibawah|diatas|sesuai|kemudian|lalu|setelah|sebelumnya|akan|yaitu|yakni|berdasarkan|sementara|mengalami|menunjukkan)$")]
    private static partial Regex NotCounted();

    [GeneratedRegex(@"(\b(dikali\w*|dibagi|x)|×)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FormulaOperator();

    [GeneratedRegex(@"^[A-Z][a-z]")]
    private static partial Regex HeadingWord();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex YearLike();

    [GeneratedRegex(@"^\(\s*[a-z ]+\)")]
    private static partial Regex CountWord();

    /// <summary>"Call Center 113", "hotline 112", "nomor telepon 113", "WhatsApp 0812", "nomor darurat 112": a number to call, no figure.</summary>
    [GeneratedRegex(@"\b(call\s*cent(er|re)|hotline|(nomor|panggilan|pelaporan)\s+darurat|telepon|telp|tlp|hp|wa|whatsapp|sms|fax|faks|kode\s+pos)\s*\.?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactNumber();

    /// <summary>"176,4 per 100.000 KH", "0,70 per 1.000 penduduk": the base a rate is counted per, no figure.</summary>
    [GeneratedRegex(@"\bper\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RateBase();

    [GeneratedRegex(@"\b(Nomor|No\.?|NIP|Pasal|Ayat|PP|Perpres|Permen\w*|UU|Tabel|Table|Gambar|Lampiran|Bab|Subbab|Sub\s*-?\s*bab|Bagian|Grafik|Diagram|Poin|Butir)\s*\.?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LegalNumber();

    [GeneratedRegex(@"^(desa|dusun|jiwa|kk|ha|hektar|orang|responden|hari|bulan|kali|indikator|sasaran|program|kegiatan|poin|unsur|berkas|dokumen|kecamatan|opd|tahun|jam|menit|unit|paket|laporan|kelurahan|rt|rw|buah|lembar|peserta|pegawai|asn|seksi|bidang|misi|tujuan|strategi|kebijakan|sub|aspek|komponen|elemen|item|jenis|layanan|pelayanan|kelompok|keluarga|lokasi|titik|km|m|m2)$")]
    private static partial Regex UnitWords();

    /// <summary>The word right after a figure ("4,6 hari"); after a comma ("82,00, tahun 2023") the figure has no unit word.</summary>
    [GeneratedRegex(@"^[A-Za-z]+")]
    private static partial Regex WordStart();

    /// <summary>Whether the words before a figure introduce a value ("sebesar", "target", ":"), so "82,35 poin" after them is the value, not a change.</summary>
    public static bool IsFigureNamedBefore(string before) => FigureNamedBefore().IsMatch(before);

    /// <summary>Words right before a bare two-digit number, perhaps with a bound or a year after them, that make it a figure, not a count: "target 80", "target maksimal 15", "realisasi tahun 2023 (85)", "angka 86", "naik dari 82", "IKM: 85", "tahun 2021 (17", "masing-masing 17 menit, 16 menit dan 14".</summary>
    [GeneratedRegex(@"(target(\s+akhir)?(\s+(renstra|rencana\s+strategis|jangka\s+menengah))?|nilai|sebesar|adalah|yakni|yaitu|menjadi|memperoleh|mendapat|mendapatkan|capaian|realisasi|realisasinya|terealisasi|mencapai|tercapai|tercatat|angka|skor|ditetapkan|ditargetkan|targetnya|direncanakan|(naik|turun|meningkat|menurun|bertambah|berkurang)\s+dari|masing-masing|masing2|berturut-turut|berturut turut)(\s+(minimal|maksimal|minimum|maksimum|paling\s+(sedikit|banyak|tinggi|rendah|lama|lambat|cepat)))?(\s+(tahun\s+)?(19|20)\d\d)?\W*$|[=:]\s*$|\btahun\s+(19|20)\d\d\s*\(\s*$|\b(masing-masing|masing2|berturut-turut|sebesar|yaitu|yakni|adalah)\s*:?\s*(\d[\d.,]*\s*(%|\p{L}+)?\s*(,|;|dan|serta)\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex FigureNamedBefore();

    // "target (80)", "Target 2023 (85)", "target akhir Renstra (88)", "Realisasi (88)": the kind of figure, perhaps with its year,
    // names what is in the brackets.
    [GeneratedRegex(@"\b(target\w*(\s+akhir)?(\s+(renstra|rencana\s+strategis|periode\s+renstra|jangka\s+menengah))?|ditargetkan|ditetapkan|realisasi\w*|terealisasi)(\s+(tahun\s+)?(19|20)\d\d)?$", RegexOptions.IgnoreCase)]
    private static partial Regex KindBeforeBracket();
}
