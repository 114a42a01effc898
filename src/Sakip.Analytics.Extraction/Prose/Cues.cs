using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>The words around a figure in a sentence that say what it is: a target, a realization, a capaian, or a difference to leave out.</summary>
internal static partial class Cues
{
    /// <summary>
    /// A change ("naik 0,08 poin", "selisih 2", "lebih tinggi 1,45"), not a value; "naik dari 82,10" names the earlier value, which is
    /// one, and so does a bracket after a comparison ("masih lebih rendah (83,40)").
    /// </summary>
    public static bool IsDifference(string window, string after) =>
        Selisih().IsMatch(window) || DifferenceNearby().IsMatch(LastWords(window, 4)) && !IsComparedFrom(window) && !NewValue().IsMatch(window) && !IsGivenItsYear(after) && !IsYearsOwnFigure(window)
        || Poin().IsMatch(after) && !ProseNumbers.IsFigureNamedBefore(window) || Comparative().IsMatch(window) && !BoundedTarget().IsMatch(window) && !window.TrimEnd().EndsWith('(');

    /// <summary>
    /// "terus meningkat yaitu 84,50% (2021), 87,20% (2022) ...", "membaik dari 17 menit (2021), 16 menit (2022)": a figure with its
    /// year in brackets after it, after its unit or not, is that year's level, neither a change nor a count.
    /// </summary>
    public static bool IsGivenItsYear(string after) => YearInBrackets().IsMatch(after);

    [GeneratedRegex(@"^\s*(\p{L}+\s+)?\(\s*(19|20)\d\d\s*\)")]
    private static partial Regex YearInBrackets();

    /// <summary>"melanjutkan kenaikan sejak 2021 (79,40)": a figure in brackets right after a year is that year's level.</summary>
    public static bool IsYearsOwnFigure(string window) => YearThenBracket().IsMatch(window);

    [GeneratedRegex(@"\b(19|20)\d\d\s*\(\s*$")]
    private static partial Regex YearThenBracket();

    /// <summary>"naik dari 82,10", "turun menjadi 88,00% dari 104,71%": the figure next is the earlier value of a change.</summary>
    public static bool IsComparedFrom(string before) => ComparedFrom().IsMatch(before);

    /// <summary>"... dengan realisasi 93,80%", "realisasinya sebesar 4,6", "yang tercatat 130,15": realisasi is the last word before the figure.</summary>
    public static bool NamesRealisasiLast(string window) => RealisasiLast().IsMatch(window) || RecordedLast().IsMatch(window) && !Target().IsMatch(LastClause(window));

    // "yang tercatat 130,15", not "Target IKM tahun 2023 tercatat sebesar 82,00".
    [GeneratedRegex(@"\btercatat(\s+(sebesar|senilai|yaitu|adalah))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordedLast();

    /// <summary>"rata-rata capaian ... sebesar 103,74%": the mean over indicators, not one indicator's figure.</summary>
    public static bool IsAverage(string window) => Average().IsMatch(window);

    /// <summary>
    /// "lebih tinggi dari rata-rata IKM Kota X sebesar", "rata-rata nasional sebesar", "di atas rata-rata kecamatan se-Kota X
    /// yaitu": the mean of other units the unit's figure is compared with, not the unit's own.
    /// </summary>
    public static bool IsOthersAverage(string window) => OthersAverage().IsMatch(window) || AverageComparedWith().IsMatch(window);

    /// <summary>
    /// "Target akhir Renstra ... sebesar 86, sehingga capaian s.d. tahun 2023 sebesar 97,03%": a capaian up to the report
    /// year in a sentence that names the Renstra's end target is measured against that target.
    /// </summary>
    public static bool IsCumulativeCapaianBesideEndTarget(string before, string window) =>
        CumulativeCapaian().IsMatch(window) && EndOfPlan().IsMatch(before);

    /// <summary>
    /// "Terhadap target akhir Renstra sebesar 85, capaian tahun 2023 adalah 97,76%", "Namun terhadap target akhir Renstra 2026
    /// sebesar 95%, capaian baru 88,28%": a capaian named after the end target the sentence measures against.
    /// </summary>
    public static bool IsCapaianAfterEndTarget(string before) => CapaianAfterEndTarget().IsMatch(before);

    // The end target ("akhir", "jangka menengah", "akhir periode"), then its capaian with no other target, realisasi or
    // clause ("sedangkan") before the figure; a point between digits ("per 100.000 KH") ends no sentence.
    [GeneratedRegex(@"\b(terhadap|dibanding\w*(\s+dengan)?)\s+target\s+(akhir|jangka\s+menengah)\b(?:(?!\bsedangkan\b|\bsementara\b|\bcapaian)(?:[^.;]|(?<=\d)\.(?=\d)))*\bcapaian\w*\b(?:(?!\btarget\b|\brealisasi\w*\b|\bsedangkan\b|\bcapaian)[^.;])*$", RegexOptions.IgnoreCase)]
    private static partial Regex CapaianAfterEndTarget();

    /// <summary>A sentence about the AKIP components ("aspek Pelaporan Kinerja ... 11,62 dari target 12,90"), not the indicator.</summary>
    public static bool IsAboutComponents(string sentence) => Components().IsMatch(sentence);

    /// <summary>"(rata-rata) capaian (kinerja) sasaran 1 adalah 101,42%": the capaian of a sasaran, the mean of its indicators'.</summary>
    public static bool IsSasaranCapaian(string window) => SasaranCapaian().IsMatch(window);

    public static bool IsTarget(string window) => Target().IsMatch(window);

    /// <summary>
    /// "pada Perjanjian Kinerja Perubahan tahun 2023 sebesar 82", "kemudian direvisi menjadi 82 pada PK Perubahan": in a
    /// sentence about a target, the figure of the revised agreement.
    /// </summary>
    public static bool IsRevisedTarget(string window, string after, string sentence) =>
        Target().IsMatch(sentence) && (RevisedBefore().IsMatch(window) || RevisedAfter().IsMatch(after));

    /// <summary>"sebelumnya pada Perjanjian Kinerja awal sebesar 80": the figure the agreement names is its target.</summary>
    public static bool NamesAgreement(string window) => Agreement().IsMatch(window);

    /// <summary>"target tahun 2024 sebesar 92% dan pada tahun 2025 sebesar 94%": the next figure is of another year, of the same kind.</summary>
    public static bool GoesOnWithAnotherYear(string window) => AnotherYear().IsMatch(window);

    public static bool NamesYear(string window) => YearNamed().IsMatch(window);

    /// <summary>"Dari 3 indikator kinerja, seluruhnya (100%) tercapai", "seluruh indikator telah tercapai": the indicators counted as a whole.</summary>
    public static bool CountsIndicators(string sentence) => IndicatorsCounted().IsMatch(sentence);

    [GeneratedRegex(@"\b(\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|seluruh|semua|sebagian|beberapa)\s+(\(\w+\)\s+)?indikator\b|\bindikator\b[^.;]*\bseluruhnya\b", RegexOptions.IgnoreCase)]
    private static partial Regex IndicatorsCounted();

    /// <summary>"Anggaran yang digunakan sebesar", "dari pagu": words of the money spent.</summary>
    public static bool NamesMoney(string text) => MoneyWords().IsMatch(text);

    [GeneratedRegex(@"\b(anggaran|pagu|belanja|keuangan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyWords();

    [GeneratedRegex(@"\btahun\s+(19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearNamed();

    [GeneratedRegex(@"^\W*(dan|serta|sedangkan)?\s*(untuk\s+|pada\s+)?tahun\s+(19|20)\d\d\s*(sebesar|yaitu|yakni|adalah|ditetapkan|senilai)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherYear();

    /// <summary>"ditargetkan menjadi 90% pada akhir periode Renstra tahun 2026": the end of the plan named after the figure.</summary>
    public static bool EndOfPlanFollows(string after) => EndOfPlanAfter().IsMatch(after);

    /// <summary>The year "pada akhir periode Renstra tahun 2026" names, if it names one.</summary>
    public static int? EndOfPlanYear(string after) =>
        EndOfPlanAfter().Match(after) is { Success: true } m && m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>"pada triwulan III sebesar 83%", "semester I": a figure part way through the year, not the year's.</summary>
    public static bool IsPartOfYear(string window) => PartOfYear().IsMatch(LastClause(window));

    /// <summary>"Pada triwulan II, persentase ... mencapai 45%": a sentence that opens on a part of the year speaks of that part.</summary>
    public static bool OpensWithPartOfYear(string subject) => OpeningPart().IsMatch(subject);

    [GeneratedRegex(@"^\W*(pada|di|selama|sampai(\s+dengan)?|hingga|s\.?\s*d\.?)\s+(akhir\s+)?(triwulan|tw|semester)\s*(iii|ii|i|1|2|3|pertama|kedua|ketiga)\b(?!\s*(-|–|s\s*[./]?\s*d|sampai|hingga))[^,;]*,", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningPart();

    public static bool IsCapaian(string window) => Capaian().IsMatch(window);

    /// <summary>"melampaui target dengan capaian sebesar": the capaian word comes after the last target word, nearer the figure.</summary>
    public static bool NamesCapaianAfterTarget(string window) =>
        CapaianWord().Matches(window) is { Count: > 0 } capaian && Target().Matches(window) is { Count: > 0 } target && capaian[^1].Index > target[^1].Index;

    [GeneratedRegex(@"\b(capaian\w*|pencapaian\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CapaianWord();

    public static bool AchievedTarget(string window) => Achieved().IsMatch(window);

    /// <summary>"belum mencapai target yang ditetapkan sebesar 75%": the figure is the target named right before it ("mencapai target 100%" is a capaian).</summary>
    public static bool NamesTargetLast(string window) => TargetLast().IsMatch(window);

    /// <summary>"masing-masing 84, 86 dan 88": only a separator stands between a figure and the one before it in a list.</summary>
    public static bool IsListSeparator(string window) => ListSeparator().IsMatch(window);

    /// <summary>", sedangkan untuk [name] baru": the list goes on to another indicator (its name blanked) with no kind word of its own.</summary>
    public static bool GoesOnToAnotherIndicator(string window) => OnToAnother().IsMatch(window);

    [GeneratedRegex(@"^[\s,;%]*(sedangkan|dan|serta)\s+(untuk|pada|bagi)\s+[^\p{L}]*((baru|hanya|telah|sudah|mencapai|sebesar)\s*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnToAnother();

    [GeneratedRegex(@"^\s*(,|;|dan|serta|,\s*dan)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    /// <summary>"Capaian ini meningkat ...", "Capaian tersebut ...": the sentence opens by pointing at the figure given before; its capaian word is blanked.</summary>
    public static string BlankAnaphoricCapaian(string blanked) =>
        AnaphoricCapaian().Match(blanked) is { Success: true } match && match.Groups["word"] is var word
            ? blanked[..word.Index] + new string(' ', word.Length) + blanked[(word.Index + word.Length)..]
            : blanked;

    [GeneratedRegex(@"^\s*(?<word>(pen)?capaian)(\s+kinerja)?\s+(ini|tersebut)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnaphoricCapaian();

    /// <summary>"Capaian ini belum memenuhi target 70%": the figure of a target not yet met is that target, whatever the sentence opens with.</summary>
    public static bool FallsShortOfTarget(string window) => ShortOfTarget().IsMatch(window);

    /// <summary>"target ... disesuaikan dari 128,40 menjadi": the figure next is the one the target was changed to.</summary>
    public static bool IsRevisedTargetsNewFigure(string before) => RevisedTargetsNewFigure().IsMatch(before);

    [GeneratedRegex(@"\btarget\b[^.;]{0,160}?\b(diubah|disesuaikan|dinaikkan|diturunkan|direvisi|berubah|dirubah)\s+dari\s+\d[\d.,]*\s*%?\s*menjadi\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RevisedTargetsNewFigure();

    [GeneratedRegex(@"\b(belum|tidak)\s+((dapat|bisa|mampu)\s+)?(mencapai|memenuhi)\s+target(nya)?(\s+(sebesar|yaitu|yakni|yang\s+ditetapkan))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortOfTarget();

    /// <summary>"dari target 95%, atau 102,63%": the word right before the figure names it the target.</summary>
    public static bool EndsWithTargetWord(string window) => TargetWordLast().IsMatch(window) || TargetLast().IsMatch(window);

    // "target 95%", "target PK Perubahan 87%", "target Perjanjian Kinerja awal sebesar 85%", "target tahun 2023 sebesar 70%".
    [GeneratedRegex(@"\b(target(nya)?|ditargetkan)(\s+(pk|perjanjian\s+kinerja|perubahan|murni|awal|tahun\s+(19|20)\d\d))*(\s+(sebesar|adalah|yaitu|yakni))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetWordLast();

    /// <summary>
    /// "dibandingkan dengan standar nasional sebesar 80": a standard the figure is held to, not one of its own; "Target IKM
    /// nasional sesuai RPJMN adalah 82,00", "realisasi provinsi sebesar 80": the nation's or the province's figure.
    /// </summary>
    public static bool IsStandard(string window) =>
        Standard().IsMatch(LastWords(window, 5)) && !RealisasiAfterStandard().IsMatch(LastWords(window, 5)) && !MeetingStandard().IsMatch(window) || Wider().IsMatch(LastWords(window, 4)) || NationalValue().IsMatch(LastClause(window))
        || StandardDemands().IsMatch(LastClause(window));

    /// <summary>"di bawah standar SPM yang mewajibkan seluruh (100%) warga": the share a standard demands, not one reached.</summary>
    [GeneratedRegex(@"\bstandar\w*\s+(\S+\s+){0,3}yang\s+(mewajibkan|mensyaratkan|menetapkan|mengharuskan)\s+(\S+\s+){0,2}\(?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StandardDemands();

    /// <summary>"Nilai nasional untuk indikator ini adalah 75 persen": the clause is about the nation's value for the indicator.</summary>
    [GeneratedRegex(@"\b(nilai|standar|target|angka|capaian|realisasi)\s+nasional\b", RegexOptions.IgnoreCase)]
    private static partial Regex NationalValue();

    [GeneratedRegex(@"\b(standar|standard|ambang batas)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Standard();

    /// <summary>
    /// "kejadian kebakaran tertangani sesuai standar 88,21%": the share of what met the standard, not the standard (which
    /// "belum sesuai standar SPM yaitu 100%" names).
    /// </summary>
    [GeneratedRegex(@"(?<!\b(belum|tidak)\s+)\b(sesuai|memenuhi)\s+standar\w*(\s+(?!(yaitu|yakni|sebesar|adalah|senilai)\b)\p{L}+){0,2}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingStandard();

    /// <summary>"ditangani sesuai standar, sehingga realisasi ... sebesar 98,30%": the realization named after the standard.</summary>
    [GeneratedRegex(@"\b(standar|standard)\b.*\b(realisasi\w*|tercatat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RealisasiAfterStandard();

    /// <summary>
    /// "mampu mewujudkan efisiensi dalam penggunaan anggaran sebesar 3,25": the words right before the figure name an
    /// efficiency, with no realization, target or capaian after it.
    /// </summary>
    public static bool IsEfficiency(string window) => Efficiency().IsMatch(LastWords(LastClause(window), EfficiencyReach));

    private const int EfficiencyReach = 6;

    /// <summary>"Efisiensi tertinggi terdapat pada indikator X, yaitu 12,27, sedangkan terendah pada indikator Y sebesar 1,31": a sentence on efficiencies.</summary>
    public static bool OpensOnEfficiency(string sentence, string window) => EfficiencyOpening().IsMatch(sentence) && !OwnMeasureWords().IsMatch(window);

    // "..., sedangkan Indeks Kepuasan Masyarakat tahun 2023 mencapai 83,10": the figure the words before it name the indicator's own.
    [GeneratedRegex(@"\b(mencapai|tercapai|realisasi\w*|capaian|target\w*|tahun\s+(19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnMeasureWords();

    [GeneratedRegex(@"^\W*((nilai|tingkat|analisis)\s+)?efisiensi\b(?!.*\b(realisasi|target|capaian)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EfficiencyOpening();

    [GeneratedRegex(@"\befisiensi\b(?!.*\b(realisasi|target|capaian)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Efficiency();

    /// <summary>"Persentase efisiensi penggunaan anggaran": an indicator that measures an efficiency itself.</summary>
    public static bool NamesEfficiency(string name) => EfficiencyWord().IsMatch(name);

    [GeneratedRegex(@"\befisiensi\b", RegexOptions.IgnoreCase)]
    private static partial Regex EfficiencyWord();

    [GeneratedRegex(@"\b(nasional|provinsi|rpjmn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Wider();

    /// <summary>"di Kelurahan Suka Jaya mencapai 80,10%": the clause before the figure is about one kelurahan or desa of the unit, not the unit.</summary>
    public static bool IsAboutSubArea(string window) => SubArea().IsMatch(LastClause(window));

    /// <summary>
    /// "terbanyak di Kecamatan Landasan Ulin sebanyak 15 kejadian dan Kecamatan Cempaka sebanyak 12 kejadian": in a dinas's
    /// report, a figure of a kecamatan is the dinas's broken down by where it happened.
    /// </summary>
    public static bool IsInKecamatan(string window) => InKecamatan().IsMatch(LastClause(window));

    [GeneratedRegex(@"\b(?i:kecamatan)\s+[A-Z]")]
    private static partial Regex InKecamatan();

    /// <summary>
    /// "Apabila dihitung untuk seluruh kejadian termasuk di luar WMK, ... sebesar 86,96%": a figure worked out over another
    /// scope than the indicator's, in a sentence that supposes it; the indicator's own figure is given elsewhere.
    /// </summary>
    public static bool IsOtherScope(string before) => OtherScope().IsMatch(before);

    /// <summary>"sebanyak 1.124 kasus di antaranya telah ditindaklanjuti": a part counted among the figure before, not the indicator's figure.</summary>
    public static bool IsPartAmong(string after) => PartAmong().IsMatch(after);

    /// <summary>"... meningkat dibandingkan tahun 2022 sebesar 80,50 dan telah mencapai": the text compares with another year.</summary>
    public static bool ComparesYears(string before) => YearComparison().IsMatch(before);

    [GeneratedRegex(@"\b(dibandingkan|dibanding|daripada)\b(\s+dengan)?\s+(capaian\s+|realisasi\s+)?tahun\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearComparison();

    // "... di antaranya telah ditindaklanjuti", not "1.245 kasus diantaranya pelanggaran PKL" (the parts of the figure listed).
    [GeneratedRegex(@"^\s*(\p{L}+\s+){0,2}(di\s*antaranya|diantaranya)\s+(telah|sudah|dapat|berhasil|masih|belum|yang|(di|ter|ber)\p{L}{3,})\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartAmong();

    [GeneratedRegex(@"\b(apabila|jika|bila|seandainya|kalau)\s+(\w+\s+){0,2}?(dihitung|diukur|dilihat)\b(\s+\w+){0,4}?\s+(untuk|dari|atas|terhadap)?\s*(seluruh|semua|keseluruhan|termasuk|tanpa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherScope();

    /// <summary>
    /// "Realisasi indikator ini sebesar 90%", "Capaian tersebut ...", "Angka ini ...": words before the figure saying it is the
    /// indicator's own, its realization or its capaian, or pointing back at the figure given before.
    /// </summary>
    public static bool SpeaksOfTheIndicator(string before) => OfTheIndicator().IsMatch(before);

    [GeneratedRegex(@"\b(realisasi\w*|terealisasi|tercapai|dicapai|capaian\w*|pencapaian|indikator|kinerja|(persentase|prosentase|angka|nilai|rasio|tingkat|indeks|jumlah|hasil)(nya)?\s+(ini|tersebut))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfTheIndicator();

    /// <summary>"Untuk seluruh kejadian dapat direspon 86,96%": a sentence opening on the whole of something, after the indicator's own figure.</summary>
    public static bool OpensOnWhole(string before) => OnWhole().IsMatch(before);

    [GeneratedRegex(@"^\s*(untuk|bagi|atas)\s+(seluruh|semua|keseluruhan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnWhole();

    /// <summary>"mencapai 83,10 dari target 82,00 atau tercapai 101,34%": how much of the target was reached, after the figures it joins.</summary>
    public static bool IsShareReached(string window) => ShareReached().IsMatch(window);

    public static bool IsRealization(string window) => Realization().IsMatch(window);

    /// <summary>
    /// "... baru 53,33% dari target Renstra", "IKM telah mencapai 98,24% dari target akhir 88,00": a share of the Renstra's
    /// target, or of the end target however named, is the capaian against it ("target akhir tahun" is the year's).
    /// </summary>
    public static bool IsRenstraShare(string sentence, string after) =>
        Renstra().IsMatch(sentence) && after.TrimStart().StartsWith("dari target", StringComparison.OrdinalIgnoreCase) || ShareOfEndTarget().IsMatch(after);

    /// <summary>"Terhadap target akhir Renstra sebesar 85,00 poin, realisasi ... telah mencapai": measured against the end target.</summary>
    public static bool IsMeasuredAgainstEndTarget(string before) => AgainstTheEndTarget().IsMatch(before);

    [GeneratedRegex(@"\b(terhadap|dibanding\w*(\s+dengan)?)\s+target\s+(akhir|jangka\s+menengah|renstra|rencana\s+strategis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgainstTheEndTarget();

    [GeneratedRegex(@"^\s*dari\s+target\s+akhir\b(?!\s+(tahun|triwulan|semester|bulan)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfEndTarget();

    /// <summary>"target akhir Renstra", "target jangka menengah": the text names the Renstra's end target.</summary>
    public static bool NamesEndTarget(string text) => Renstra().IsMatch(text) && Target().IsMatch(text);

    /// <summary>
    /// "dibandingkan dengan target jangka menengah (tahun 2026) sebesar 100%, telah tercapai 100%": the share reached, after the
    /// Renstra's target, is the capaian against it.
    /// </summary>
    public static bool IsReachedOfRenstraTarget(string before, string window) =>
        ReachedWord().IsMatch(window) && Renstra().IsMatch(before) && Target().IsMatch(before);

    [GeneratedRegex(@"\b(?:(?:telah|sudah)\s+)?(?:tercapai|terpenuhi|dicapai)\s*(?:sebesar)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReachedWord();

    /// <summary>"Capaian terhadap target akhir Renstra sebesar 79,23%": the capaian against the Renstra's target.</summary>
    public static bool IsCapaianOfRenstra(string window) => CapaianOfRenstra().IsMatch(window);

    /// <summary>
    /// "Indikator yang masih jauh dari target akhir adalah ... (52,19%)": a sentence measuring indicators against the
    /// Renstra's end target, each percentage in brackets after an indicator's name its capaian against that target.
    /// </summary>
    public static bool IsBracketedShareOfEndTarget(string subject, string window) => AgainstEndTarget().IsMatch(subject) && OpenBracket().IsMatch(window);

    /// <summary>"mencapai 97,04% dari target." : a share of the target with no target figure after it is the capaian.</summary>
    public static bool IsShareOfTarget(string after) => FigureAfterTarget(after) == false;

    /// <summary>"baru mencapai 87,50% dari target 100%": a figure set against the target figure after it is the realization.</summary>
    public static bool IsAgainstTargetFigure(string after) => FigureAfterTarget(after) == true;

    /// <summary>
    /// "sehingga capaian hanya 78,75% dari target 0,80": a percentage the word capaian stands right before, set against a
    /// target printed as no percentage, is the share of that target reached.
    /// </summary>
    public static bool IsCapaianOfPlainTarget(string window, string after) =>
        CapaianLast().IsMatch(window) && ShareOfTarget().Match(after) is { Success: true } target
        && PlainFigure().Match(Year().Replace(after[target.Length..], " ")) is { Success: true } figure && !figure.Groups["percent"].Success;

    [GeneratedRegex(@"\b(pen)?capaian(nya)?(\s+kinerja(nya)?)?(\s+(hanya|sebesar|mencapai|adalah|yaitu|baru))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CapaianLast();

    [GeneratedRegex(@"^\D{0,30}?(?<!\d)\d+(?:[.,]\d+)?(?!\d)\s*(?<percent>%|persen)?")]
    private static partial Regex PlainFigure();

    /// <summary>"dari 8 kelurahan yang ditargetkan": the words after the figure say it is the target.</summary>
    public static bool IsTargetNamedAfter(string after) => TargetNamedAfter().IsMatch(after);

    [GeneratedRegex(@"^\s*(%|persen)?\s*([a-z]+\s+){0,2}?yang\s+(ditargetkan|direncanakan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetNamedAfter();

    /// <summary>Null when the text does not go on "dari target"; else whether a figure follows in that clause.</summary>
    private static bool? FigureAfterTarget(string after)
    {
        var match = ShareOfTarget().Match(after);
        if (!match.Success)
        {
            return null;
        }

        var rest = after[match.Length..];
        var end = ClauseEnd().Match(rest);
        var clause = end.Success ? rest[..end.Index] : rest;
        return Digit().IsMatch(Year().Replace(clause, " "));
    }

    /// <summary>
    /// "target Renstra tahun 2024 sebesar 90%", "target akhir Renstra 3,10", "Target X pada akhir periode Renstra tahun 2026
    /// adalah 85%": a Renstra target, not the year's PK target.
    /// </summary>
    /// <param name="before">The sentence up to the figure: "Pada tahun 2024 ditargetkan 45% ... dan pada akhir periode Renstra tahun 2026
    /// sebesar 60%" names the target once for both.</param>
    public static bool IsRenstraTarget(string window, string before) =>
        RenstraTarget().IsMatch(LastWords(window, 6)) || Target().IsMatch(before) && AtRenstraEnd().IsMatch(window) || TargetInRenstra().IsMatch(window)
        || BareEndTarget().IsMatch(LastWords(window, 6)) && !AgreementNamed().IsMatch(before);

    // "target akhir 88,00" with nothing between: the plan's end target, unless the sentence speaks of the agreement ("pada PK
    // Perubahan menjadi target akhir sebesar 70%").
    [GeneratedRegex(@"\btarget\s+akhir\s*((sebesar|yaitu|yakni|adalah)\s*)?:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareEndTarget();

    [GeneratedRegex(@"\b(PK|perjanjian\s+kinerja|perubahan|murni|awal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementNamed();

    /// <summary>"Pada Renstra, target IKM tahun 2023 adalah 81", "Dalam Rencana Strategis ditetapkan target ...": the plan's target of that year.</summary>
    [GeneratedRegex(@"^\W*(dalam|pada|di|menurut|berdasarkan|sesuai(\s+dengan)?)\s+(dokumen\s+)?(renstra|rencana\s+strategis)\b[^.;]*\btarget\w*\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetInRenstra();

    /// <summary>"target akhir Renstra", "target akhir periode": the target of the Renstra's last year.</summary>
    public static bool IsEndTarget(string window) => EndTarget().IsMatch(LastWords(window, 6));

    public static bool JoinsAlternative(string between) => Alternative().IsMatch(between);

    public static bool IsBracketAfterFigure(string between) => BracketOnly().IsMatch(between);

    /// <summary>"hanya 7 kelurahan (63,64%)", "8 dari 11 kelurahan (72,73%)": a share in brackets right after a count of things is that share.</summary>
    public static bool IsShareOfCountBefore(string window) => CountThenBracket().IsMatch(window);

    /// <summary>"kelurahan" of "sebanyak 7 kelurahan (": what the count before a bracketed share counts; else null.</summary>
    public static string? CountedBeforeShare(string window) =>
        CountThenBracket().Match(window) is { Success: true } match ? match.Groups["things"].Value : null;

    [GeneratedRegex(@"\b\d{1,3}(\.\d{3})?\s+(dari\s+\d{1,3}(\.\d{3})?\s+)?(?<things>[a-z/]+(\s+[a-z/]+){0,2})\s*\(\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CountThenBracket();

    public static bool IsBudgetRealisasi(string window) => BudgetRealisasi().IsMatch(window);

    /// <summary>"Realisasi anggaran mencapai 95,52%": the clause before the figure speaks of the budget's absorption, not of an indicator.</summary>
    public static bool IsBudgetAbsorption(string window)
    {
        var clause = LastClause(window);
        return BudgetRealisasi().IsMatch(clause) && (BudgetPagu().IsMatch(clause) || BelanjaWord().IsMatch(clause));
    }

    public static bool IsBudgetPagu(string window) => BudgetPagu().IsMatch(window);

    /// <summary>"Rp 1.250.000.000 terealisasi Rp ...", "... dan realisasi Rp ...", "Rp 1.180.500.000 dari pagu Rp ...", "Rp 16.200.000.000 atau 90,00% dari pagu Rp ...": the words between two amounts go on with the same budget line.</summary>
    public static bool ContinuesBudgetLine(string window) => BudgetContinuation().IsMatch(window);

    /// <summary>
    /// "Rp 1.500.000.000,- untuk 11 kelurahan dengan realisasi Rp ...": a few words on what the amount is for, naming no
    /// other budget, then its realisasi.
    /// </summary>
    public static bool ContinuesAfterAside(string window) =>
        AsideThenRealisasi().Match(window) is { Success: true } match && !OtherBudget().IsMatch(match.Groups["aside"].Value);

    [GeneratedRegex(@"^[\s,\-]*(?<aside>(?:untuk|bagi|di|pada|kepada)\s[^;:%]{1,60}?)\s*,?\s+(?:dan\s+|dengan\s+|serta\s+)(?:realisasi\w*|terealisasi|terserap)(?:\s+(?:anggaran(?:nya)?|keuangan))?(?:\s+(?:sebesar|senilai|mencapai))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsideThenRealisasi();

    // Words naming another budget than the amount before: the total, the pagu, a program, kegiatan or belanja.
    [GeneratedRegex(@"\b(anggaran|pagu|belanja|program|kegiatan|total|keseluruhan|rp)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherBudget();

    /// <summary>"bersisa sebesar", or a clause about the leftover ("Sisa anggaran terbesar terdapat pada sub kegiatan X sebesar").</summary>
    public static bool IsLeftover(string window) => Leftover().IsMatch(LastWords(window, 6)) || LeftoverClause().IsMatch(LastClause(window));

    private static string LastWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }

    [GeneratedRegex(@"\b(naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan|penurunan|peningkatan|penambahan|pengurangan)(\s+\S+){0,3}?\s+dari\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedFrom();

    [GeneratedRegex(@"(?<!capaian\s)\b(realisasi|realisasinya)(\s+(sebesar|senilai|yaitu|adalah))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex RealisasiLast();

    [GeneratedRegex(@"\b(naik|turun|meningkat|menurun|bertambah|berkurang|membaik|memburuk|melambat)\s+menjadi\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NewValue();

    [GeneratedRegex(@"\bcapaian\w*\s+(\w+\s+){0,3}?terhadap\s+target\s+(akhir\s+)?(renstra|rencana strategis|jangka menengah|akhir periode|akhir)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CapaianOfRenstra();

    [GeneratedRegex(@"\b(dari|terhadap)\s+target\s+akhir\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgainstEndTarget();

    [GeneratedRegex(@"\(\s*$")]
    private static partial Regex OpenBracket();

    [GeneratedRegex(@"\bcapaian\s+(kinerja\s+)?sasaran\b", RegexOptions.IgnoreCase)]
    private static partial Regex SasaranCapaian();

    [GeneratedRegex(@"\brata[\s-]*rata\s+(nilai\s+)?capaian\b(?!\s+sasaran)", RegexOptions.IgnoreCase)]
    private static partial Regex Average();

    [GeneratedRegex(@"\brata[\s-]*rata\s+(\S+\s+){0,3}?(nasional|provinsi|kota|kabupaten|kecamatan|opd|perangkat\s+daerah|se-\s*\w+|seluruh|lain\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OthersAverage();

    [GeneratedRegex(@"(\b(dibandingkan|dibanding|daripada|dari|sedangkan|melampaui|melebihi)|(?<!\b(tabel|grafik|gambar|diagram|data)\s+(di\s*)?)\b(di\s*)?(atas|bawah))\s+(dengan\s+)?(nilai\s+)?rata[\s-]*rata\b", RegexOptions.IgnoreCase)]
    private static partial Regex AverageComparedWith();

    [GeneratedRegex(@"\bcapaian\w*\b.*?(\bs\s*[./]\s*d\b\.?|\bsampai\s+dengan|\bhingga)\s+(akhir\s+)?(tahun\s+)?(19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex CumulativeCapaian();

    [GeneratedRegex(@"\b(target\s+akhir|jangka\s+menengah|renstra|akhir\s+periode|rencana\s+strategis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfPlan();

    [GeneratedRegex(@"^\W*(pada\s+)?akhir\s+(periode\s+)?(renstra|rencana\s+strategis)\b(\s+(\w+\s+){0,3}?(tahun\s+)?(?<year>(19|20)\d\d)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfPlanAfter();

    // Quarters I-III (up to them, too) and the first semester; "triwulan IV" closes the year, "triwulan I s.d. IV" spans it.
    [GeneratedRegex(@"\b(triwulan|tw|semester)\s*(iii|ii|i|1|2|3|pertama|kedua|ketiga)\b(?!\s*(-|–|s\s*[./]?\s*d|sampai|hingga))", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfYear();

    [GeneratedRegex(@"^\s*dari\s+(yang\s+)?(batas\s+)?(target|ditargetkan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfTarget();

    [GeneratedRegex(@"[,;](?=\s|$)|\.(?=\s|$)")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    /// <summary>A year in running text ("2023", not "2.023" or "12,2023").</summary>
    [GeneratedRegex(@"(?<![\d.,])(19|20)\d\d(?![\d.,]\d)")]
    internal static partial Regex Year();

    [GeneratedRegex(@"\btarget\s+(akhir\s+)?(renstra|rencana strategis|jangka menengah|akhir periode)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RenstraTarget();

    [GeneratedRegex(@"\btarget\s+akhir\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndTarget();

    [GeneratedRegex(@"\bakhir\s+(?:periode\s+)?(?:renstra|rencana strategis)\b(?:\s+(?:pada\s+)?(?:tahun\s+)?(?:19|20)\d\d)?\s*(?:(?:adalah|sebesar|yaitu|yakni|ditargetkan)\s*)?:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AtRenstraEnd();

    [GeneratedRegex(@"\bselisih", RegexOptions.IgnoreCase)]
    private static partial Regex Selisih();

    [GeneratedRegex(@"\b(penurunan|peningkatan|peningkatannya|penambahan|pengurangan|kenaikan|kenaikannya|naik|turun|menurun|meningkat|unggul|bersisa|sisa|berkurang|bertambah)\b|\b(percepatan|perlambatan|membaik|memburuk|melambat)\s*(sebesar\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DifferenceNearby();

    [GeneratedRegex(@"\b(tidak sampai|tidak mencapai|kurang dari|lebih dari|di atas|diatas|di bawah|dibawah|hampir|sekitar|minimal|maksimal|minimum|maksimum|paling sedikit|paling tinggi|lebih\s+(?:cepat|lambat|tinggi|rendah|baik|buruk|besar|kecil|banyak|sedikit|singkat|lama))\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Comparative();

    /// <summary>"dari target maksimal 15 menit", "ditargetkan minimal 80%": the bound is the target itself, not a comparison.</summary>
    [GeneratedRegex(@"\b(target|ditargetkan)\s+(minimal|maksimal|minimum|maksimum|paling\s+(sedikit|banyak|tinggi|rendah|lama|lambat|cepat))\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex BoundedTarget();

    [GeneratedRegex(@"\b(aspek|komponen|perencanaan kinerja|pengukuran kinerja|pelaporan kinerja|evaluasi internal|evaluasi akuntabilitas kinerja internal|unsur pelayanan|unsur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Components();

    [GeneratedRegex(@"^\W*(poin|point)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Poin();

    [GeneratedRegex(@"\b(target\w*|ditargetkan|menargetkan|menarget)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Target();

    [GeneratedRegex(@"\b(perubahan|direvisi|revisi)\b(\s+\S+){0,4}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RevisedBefore();

    [GeneratedRegex(@"^\W*(pada|dalam)\s+(perjanjian\s+kinerja|pk)\s+perubahan\b", RegexOptions.IgnoreCase)]
    private static partial Regex RevisedAfter();

    [GeneratedRegex(@"\b(perjanjian\s+kinerja|pk)\b(\s+\S+){0,3}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"\b(capaian\w*|pencapaian\w*|prosentas\w*|persentas\w*|diprosentas\w*|dipersentas\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Capaian();

    [GeneratedRegex(@"\bmencapai\s+target\b", RegexOptions.IgnoreCase)]
    private static partial Regex Achieved();

    [GeneratedRegex(@"\btarget\s+yang\s+(?:telah\s+)?(?:ditetapkan|direncanakan|ditargetkan|diharapkan)(?:\s+(?:yaitu|yakni|adalah|sebesar))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetLast();

    // "di Kelurahan Suka Jaya mencapai", "terendah Kelurahan Gedong Air sebesar": a kelurahan or desa named, or ranked right before the figure.
    [GeneratedRegex(@"\b(?i:di|pada|untuk)\s+(?i:kelurahan|desa|nagari|gampong|dusun)\s+[A-Z]|\b(?i:tertinggi|terendah|terbanyak|tersedikit|terbesar|terkecil)\s+(\w+\s+){0,3}?(?i:adalah\s+)?(?i:kelurahan|desa|nagari|gampong|dusun)\s+[A-Z][\w'-]*(\s+[A-Z][\w'-]*){0,3}\s+(?i:(sebesar|mencapai|yaitu|adalah|dengan|hanya|baru)\s+)?$")]
    private static partial Regex SubArea();

    [GeneratedRegex(@"\b(atau|sehingga|dengan)\s+(tingkat\s+)?(tercapai|ketercapaian(nya)?|mencapai)(\s+(sebesar|sebanyak|mencapai))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareReached();

    [GeneratedRegex(@"\b(realisasi\w*|terealisasi|tercapai|memperoleh|mendapatkan|mendapat|nilai|senilai|sebesar|adalah|yakni|yaitu|menjadi|perolehan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Realization();

    [GeneratedRegex(@"\b(jangka menengah|renstra|akhir periode|rencana strategis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Renstra();

    [GeneratedRegex(@"^\W*atau(\s+(dengan\s+)?(tingkat\s+)?capaian(\s+kinerja)?)?(\s+(sebesar|setara|senilai))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"^\s*,?\s*([a-z]+\s*)?\(\s*$")]
    private static partial Regex BracketOnly();

    [GeneratedRegex(@"\b(realisasi\w*|direalisasikan|merealisasikan|penyerapan\w*|serapan\w*|daya\s+serap|terserap|terealisasi|dibelanjakan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BudgetRealisasi();

    [GeneratedRegex(@"\b(anggaran\w*|pagu|dialokasikan|mengalokasikan|alokasi|menganggarkan|dana|apbd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BudgetPagu();

    /// <summary>The text after its last comma, semicolon or colon: the clause a figure at its end stands in.</summary>
    public static string LastClause(string text) => ClauseBreak().Split(text)[^1];

    public static string UpToClauseBreak(string text) => ClauseBreak().Split(text)[0];

    /// <summary>A comma, semicolon or colon ending a clause.</summary>
    [GeneratedRegex(@"[,;:]\s")]
    public static partial Regex ClauseBreak();

    [GeneratedRegex(@"\bbelanja\b", RegexOptions.IgnoreCase)]
    private static partial Regex BelanjaWord();

    [GeneratedRegex(@"^[\s,]*(?:(?:(?:dan|dengan|serta|yang|sedangkan)\s+)?(?:realisasi\w*|terealisasi|terserap|penyerapan\w*)(?:\s+(?:anggaran(?:nya)?|keuangan))?(?:\s+(?:sebesar|senilai|mencapai|hanya|baru|sejumlah))?|(?:\(?\s*(?:atau\s+)?(?:sebesar\s+)?\d[\d.,]*\s*%\s*\)?\s*)?(?:dari|terhadap)\s+(?:total\s+|jumlah\s+)?(?:pagu|anggaran|alokasi)(?:\s+(?:anggaran|belanja))?(?:\s+(?:sebesar|senilai))?)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BudgetContinuation();

    [GeneratedRegex(@"^\W*(sisa|silpa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeftoverClause();

    [GeneratedRegex(@"\b(sisa|bersisa|tidak terserap|selisih|silpa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Leftover();
}
