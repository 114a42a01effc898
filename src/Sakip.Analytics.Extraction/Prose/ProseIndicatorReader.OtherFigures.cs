using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

internal static partial class ProseIndicatorReader
{
    /// <summary>
    /// A figure about something else than the indicator: the capaian of a sasaran measured by several indicators (their
    /// mean); for an indicator measured in a unit of its own ("Indeks", "Hari"), a percentage that is not a capaian in a
    /// sentence that does not name the indicator ("Sebanyak 97% permohonan ...", "melebihi target sebesar 6,25%"); for a
    /// share, a whole number above 100 printed without its percent sign ("143 kejadian kebakaran, 128 di antaranya
    /// ditangani"); and, in a sentence not naming the indicator, a percentage of a count of things its name does not
    /// speak of ("peserta 1.250 orang, atau 125% dari rencana 1.000 orang"); nor, in any sentence, a share in brackets
    /// after a count of places it does not speak of ("sebanyak 7 kelurahan (87,5%)" for a share of pengaduan).
    /// </summary>
    private static bool IsOtherFigure(
        IndicatorValueKind kind, ProseNumber number, string window, string after, ExtractedIndicatorValue template, bool named, IndicatorLexicon lexicon) =>
        kind == IndicatorValueKind.ReportedCapaian && Cues.IsSasaranCapaian(window) && lexicon.SharesGoal(template)
        || kind is not (IndicatorValueKind.ReportedCapaian or IndicatorValueKind.ReportedCapaianRenstra) && !named && number.Value.IsPercent && MeasuredOtherThanInPercent(template)
        || kind is not (IndicatorValueKind.ReportedCapaian or IndicatorValueKind.ReportedCapaianRenstra) && !number.Value.IsPercent && number.Value.Number > 100
            && number.Value.Number == decimal.Truncate(number.Value.Number.Value) && MeasuredInPercent(template)
        || !named && number.Value.IsPercent && ShareOfOtherThings(after, template) && !IsRealizedShare(number, window, template)
        || number.Value.IsPercent && Cues.CountedBeforeShare(window) is { } things && !CountsAny(template, things)
        || number.Value.IsPercent && IsShareOfOtherMeasure(window, template)
        || number.Value.IsPercent && IsShareOfOtherPeople(after, template);

    /// <summary>"menit", "jam", "hari": an indicator measured in time has no percentage for its level, only for its capaian.</summary>
    private static bool MeasuredInTime(ExtractedIndicatorValue template) =>
        template.Satuan is { Length: > 0 } satuan && NameKey.Of(satuan) is "menit" or "jam" or "hari" or "detik";

    /// <summary>"Sebanyak 85% responden survei IKM ...": a share of people or places the indicator's name does not count.</summary>
    private static bool IsShareOfOtherPeople(string after, ExtractedIndicatorValue template) =>
        PeopleAfter().Match(after) is { Success: true } people && !NameKey.Of(template.Indicator).Split(' ').Contains(people.Groups["noun"].Value.ToLowerInvariant());

    [GeneratedRegex(@"^\s*(?<noun>responden|penduduk|masyarakat|warga|pegawai|asn|peserta|kelurahan|desa|rt|rw|opd|sekolah|keluarga|kk|rumah|pengunjung|pemohon|pelanggan|siswa|orang)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleAfter();

    /// <summary>
    /// "dengan tingkat kelulusan 95%", "persentase kehadiran sebesar 95%": a share the words before it name as a measure the
    /// indicator's name does not speak of (the indicator's own name is blanked out of the window).
    /// </summary>
    private static bool IsShareOfOtherMeasure(string window, ExtractedIndicatorValue template) =>
        NamedMeasure().Match(window) is { Success: true } measure && !KindWord().IsMatch(measure.Groups["noun"].Value)
        && !NameKey.Of(template.Indicator).Split(' ').Contains(NameKey.Of(measure.Groups["noun"].Value));

    [GeneratedRegex(@"\b(tingkat|persentase|prosentase|rasio|proporsi)\s+(?<noun>[a-z]+)(\s+(sebesar|mencapai|yaitu|yakni|adalah))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedMeasure();

    [GeneratedRegex(@"^((capaian|ketercapaian|pencapaian|realisasi|kinerja|keberhasilan|target)(nya)?|sebesar|mencapai|yaitu|yakni|adalah|nya|ini|tersebut|tahun|pada)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    /// <summary>
    /// "Kejadian kebakaran yang tidak tertangani sesuai waktu tanggap sebanyak 9 kejadian (15,79%)", "Sebanyak 137 bangunan
    /// (54,80%) belum memenuhi standar": a figure of what the indicator's words deny ("tidak tertangani") is of the rest, not
    /// of the indicator, unless its name denies them too. The denial stands in the figure's clause before it, or after it
    /// before any other figure.
    /// </summary>
    private static bool IsComplement(string before, string after, ExtractedIndicatorValue template)
    {
        var name = NameKey.Of(template.Indicator);
        var clause = Cues.LastClause(before) + " " + Cues.UpToClauseBreak(FirstDigit().Split(after)[0]);
        return Negated().Matches(NameKey.Of(clause)).Any(m => (" " + name + " ").Contains(" " + m.Groups["word"].Value + " ", StringComparison.Ordinal)
            && !(" " + name + " ").Contains(" " + m.Value + " ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex FirstDigit();

    // "belum memenuhi target 70%": what is not met is the target, not the indicator's own condition.
    [GeneratedRegex(@"\b(tidak|belum|tanpa)\s+(?<word>[a-z]{4,})\b(?!\s+target\b)")]
    private static partial Regex Negated();

    /// <summary>
    /// Whether the indicator's name speaks of the places or bodies a count counts ("7 kelurahan (87,5%)"); a count of
    /// anything else ("57 kejadian seluruhnya tertangani (100%)") may be what the indicator measures.
    /// </summary>
    private static bool CountsAny(ExtractedIndicatorValue template, string things)
    {
        var name = NameKey.Of(template.Indicator).Split(' ');
        var counted = NameKey.Of(things).Split(' ')[0];
        return !CountedPlace().IsMatch(counted) || name.Contains(counted);
    }

    [GeneratedRegex(@"^(kelurahan|desa|kecamatan|rt|rw|dusun|lingkungan|opd|sekolah|puskesmas|nagari|gampong)$")]
    private static partial Regex CountedPlace();

    /// <summary>
    /// "Persentase ... tercapai 104,17%": no share of things goes beyond all of them, so a percentage above a hundred said to
    /// be reached is the capaian against the target.
    /// </summary>
    /// <remarks>Of an indicator measured in anything but percent ("Indeks"), any percentage above a hundred is its capaian.</remarks>
    /// <remarks>
    /// A share of a whole ("Persentase kejadian ... (105,26%)") cannot pass a hundred either, said to be reached or not; a growth
    /// ("Persentase peningkatan ...") can.
    /// </remarks>
    private static bool IsReachedBeyondWhole(ProseNumber number, string window, ExtractedIndicatorValue template) =>
        number.Value.IsPercent && number.Value.Number > 100
        && (MeasuredInPercent(template) && NameKey.Of(template.Indicator).StartsWith("persentase ", StringComparison.Ordinal) && Reached().IsMatch(window)
            || MeasuredInPercent(template) && ShareOfWhole().IsMatch(NameKey.Of(template.Indicator))
            || MeasuredOtherThanInPercent(template));

    [GeneratedRegex(@"^(persentase|prosentase|cakupan|proporsi)\s+(?!(peningkatan|pertumbuhan|kenaikan|penurunan|perubahan|pengurangan)\b)")]
    private static partial Regex ShareOfWhole();

    [GeneratedRegex(@"\b(tercapai|mencapai|dicapai)(\s+sebesar)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Reached();

    /// <summary>"sehingga persentasenya 84,21%": of a "Persentase ..." indicator, the share itself, its realization, not a capaian.</summary>
    private static bool IsShareSaidToBe(string window, ExtractedIndicatorValue template) =>
        ShareSaidToBe().IsMatch(window) && ShareName().IsMatch(NameKey.Of(template.Indicator));

    [GeneratedRegex(@"\b(persentase|prosentase)(nya)?(\s+(adalah|yaitu|sebesar|mencapai))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareSaidToBe();

    private static bool MeasuredInPercent(ExtractedIndicatorValue template) =>
        template.Satuan is { Length: > 0 } satuan && (satuan.Trim() == "%" || NameKey.Of(satuan) is "persen" or "persentase");

    private static bool ShareOfOtherThings(string after, ExtractedIndicatorValue template) =>
        ShareOfCount().Match(after) is { Success: true } count
        && !NameKey.Of(template.Indicator).Split(' ').Contains(NameKey.Of(count.Groups["noun"].Value));

    // "dari 22 unit armada"; "dari target 88 persen" is the target in percent, no count of things.
    [GeneratedRegex(@"^\s*dari\s+(?:(?:rencana|target|jumlah|total)\s+)?\d{1,3}(?:\.\d{3})*\s+(?!persen\b)(?<noun>[a-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfCount();

    /// <summary>
    /// "Pada tahun 2022 realisasi sebesar 98,50% dari 120 permintaan": a share of at most 100 that the words before it call
    /// the realization is the value of a share indicator ("Persentase penyelamatan ..."), whatever things it was taken of.
    /// </summary>
    private static bool IsRealizedShare(ProseNumber number, string window, ExtractedIndicatorValue template) =>
        number.Value.Number <= 100 && ShareName().IsMatch(NameKey.Of(template.Indicator)) && RealizedBefore().IsMatch(window);

    [GeneratedRegex(@"\b(realisasi(nya)?|terealisasi)\s+((tahun\s+\d{4}|pada\s+tahun\s+\d{4})\s+)?(sebesar|mencapai|adalah|yaitu)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RealizedBefore();

    // A rate per a base ("Angka Kematian Bayi | per 1.000 KH") is no percentage, whatever its name opens with.
    private static bool MeasuredOtherThanInPercent(ExtractedIndicatorValue template) =>
        template.Satuan is { Length: > 0 } satuan && !satuan.Contains('%', StringComparison.Ordinal) && !NameKey.Of(satuan).Contains("persen", StringComparison.Ordinal)
        && (!ShareName().IsMatch(NameKey.Of(template.Indicator)) || PerBase().IsMatch(satuan));

    [GeneratedRegex(@"^\s*per\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex PerBase();

    [GeneratedRegex(@"^(persentase|prosentase|proporsi|rasio|cakupan|tingkat|angka)\b")]
    private static partial Regex ShareName();
}
