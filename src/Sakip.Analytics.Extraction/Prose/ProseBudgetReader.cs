using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// Reads budget figures stated in sentences ("telah menganggarkan ... sebesar Rp. 10.869.637.137,-
/// dengan realisasi penyerapan sebesar Rp 10.471.023.827,- atau 96.33%"): pagu or realisasi from
/// the words before the amount, the belanja group or program it names, a percentage joined to it.
/// </summary>
internal static partial class ProseBudgetReader
{
    private const double Confidence = 0.65;

    public static void Read(IReadOnlyList<ReportLine> lines, ISet<int> tableLines, ReadingContext context)
    {
        foreach (var line in lines)
        {
            if (line.IsRow || line.IsBlank || tableLines.Contains(line.Number))
            {
                continue;
            }

            var text = Sentences.WithPercentSigns(Markup.Strip(line.Text));
            if (!text.Contains("Rp", StringComparison.Ordinal) && !text.Contains('%', StringComparison.Ordinal))
            {
                continue;
            }

            var paragraphStart = context.Budget.Count;
            foreach (var (sentence, _) in Sentences.Split(text))
            {
                ReadSentence(sentence, line.Number, context);
            }

            JoinWholeBudgetOfParagraph(context.Budget, paragraphStart);
        }
    }

    private static void ReadSentence(string sentence, int lineNumber, ReadingContext context)
    {
        var numbers = ProseNumbers.Find(sentence);
        if (numbers.Count == 0 || sentence.Count(char.IsLetter) < 12)
        {
            return;
        }

        if (IsAboutOtherMoney(sentence))
        {
            return;
        }

        if (!numbers.Exists(n => n.IsMoney))
        {
            ReadPercentages(sentence, numbers, lineNumber, context);
            return;
        }

        var sentenceRole = Cues.IsBudgetRealisasi(FirstPart(sentence, numbers)) ? Role.Realisasi : Role.Pagu;
        Draft? open = null;
        var previousEnd = 0;
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i];
            if (!number.IsMoney)
            {
                continue;
            }

            var window = sentence[previousEnd..number.Start];
            var followsAmount = previousEnd > 0;
            previousEnd = number.End;

            if (IsSaving(window) || IsRate(window, sentence[number.End..]))
            {
                continue;
            }

            if (Cues.IsLeftover(window))
            {
                AddLeftoverOfPart(window, number.Value.Number, lineNumber, context);
                continue;
            }

            // "... yaitu Rp X dari Rp Y": an amount right after "dari" following another is the whole it was taken from, the pagu.
            var role = Cues.IsBudgetRealisasi(window) ? Role.Realisasi : Cues.IsBudgetPagu(window) || followsAmount && FromWhole().IsMatch(window) ? Role.Pagu : sentenceRole;
            var (name, level) = NameOf(window, sentence, number.Start);
            var continues = name is null && (Cues.ContinuesBudgetLine(AfterJoinedPercent(window)) || open is { Realisasi: null } && Cues.ContinuesAfterAside(window));
            if (!continues && IsCostOfThing(sentence[..number.Start]))
            {
                continue;
            }

            if (name is null && !continues && PartScope().IsMatch(LastWords(sentence[..number.Start], 6)))
            {
                name = PartName;
            }

            if (name is null && !continues && !IsAboutTheBudget(sentence[..number.Start]))
            {
                continue;
            }

            var percent = JoinedPercent(sentence, numbers, i);
            var year = YearOfAmount(window, sentence[number.End..], followsAmount) ?? (followsAmount ? null : YearOpening(sentence));
            if (open is not null && (open.Name == name || continues) && (role == Role.Pagu ? open.Pagu is null : open.Realisasi is null)
                && (year is null || year == open.Year))
            {
                open.Set(role, number.Value.Number, percent, number.IsRounded);
                continue;
            }

            Flush(open, lineNumber, context);
            open = new Draft(name, level) { Year = year };
            open.Set(role, number.Value.Number, percent, number.IsRounded);
        }

        Flush(open, lineNumber, context);
    }

    private static string FirstPart(string sentence, List<ProseNumber> numbers) => sentence[..numbers[0].Start];

    private static decimal? JoinedPercent(string sentence, List<ProseNumber> numbers, int index)
    {
        var amount = numbers[index];
        if (index + 1 < numbers.Count && numbers[index + 1] is { IsMoney: false, Value.IsPercent: true } next
            && Joined().IsMatch(sentence[amount.End..next.Start]))
        {
            return next.Value.Number;
        }

        if (index > 0 && numbers[index - 1] is { IsMoney: false, Value.IsPercent: true } previous
            && Joined().IsMatch(sentence[previous.End..amount.Start]))
        {
            return previous.Value.Number;
        }

        return null;
    }

    /// <summary>"Belanja Langsung", "Program X dengan Anggaran", or nothing (the whole budget).</summary>
    private static (string? Name, BudgetLevel Level) NameOf(string window, string sentence, int position)
    {
        if (Belanja().Matches(window) is { Count: > 0 } belanja)
        {
            var name = Names.Clean(belanja[^1].Value);
            return (ProfileNameCase(name), BudgetLevels.FromWords(name) ?? BudgetLevel.BelanjaGroup);
        }

        var before = sentence[..position];
        // A program named since the last amount, not one named before it ("Program X sebesar Rp ... dengan realisasi sebesar").
        var program = ProgramWithBudget().Match(window) is { Success: true } named ? named
            : ProgramThenAmount().Match(window) is { Success: true } then ? then : ProgramOpensClause().Match(window);
        var programStart = program.Index + before.Length - window.Length;
        if (BulletItem().Match(before) is { Success: true } item && !(program.Success && programStart > item.Groups["name"].Index))
        {
            var name = Names.Clean(item.Groups["name"].Value);
            return (name, IndicatorTableReader.IsProgramName(name) ? BudgetLevel.Program : BudgetLevel.Kegiatan);
        }

        if (program.Success)
        {
            // "didukung Program Pembinaan Perpustakaan dengan anggaran Rp ...": the program, not the whole clause.
            var name = Names.Clean(program.Groups["name"].Value);
            return ("P" + name[1..], BudgetLevel.Program);
        }

        if ((KegiatanWithBudget().Match(window) is { Success: true } withBudget ? withBudget
            : KegiatanThenAmount().Match(window) is { Success: true } kegiatanThen ? kegiatanThen : KegiatanOpensClause().Match(window)) is { Success: true } kegiatan)
        {
            var level = NameKey.Of(kegiatan.Groups["level"].Value).StartsWith("sub", StringComparison.Ordinal) ? BudgetLevel.SubKegiatan : BudgetLevel.Kegiatan;
            return (Names.Clean(kegiatan.Groups["name"].Value), level);
        }

        return (null, BudgetLevel.Total);
    }

    private static string LastWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }

    private static string ProfileNameCase(string name) => Identity.ProfileDetector.TitleCase(name);

    private static void Flush(Draft? draft, int lineNumber, ReadingContext context)
    {
        if (draft is null)
        {
            return;
        }

        context.Budget.Add(new ExtractedBudgetLine(context.Profile.Unit, draft.Year ?? context.Year, draft.Level,
            draft.Realisasi is not null || draft.Pagu is null ? BudgetStage.RealisasiReport : BudgetStage.Murni, null, draft.Name ?? Audit.ReportAuditor.WholeBudgetName,
            draft.Pagu, draft.Realisasi, draft.Percent, context.Source(SourceRef.Prose, lineNumber, Confidence))
        {
            GroupKey = $"text:{lineNumber}",
            IsRounded = draft.IsRounded,
        });
    }

    private enum Role
    {
        Pagu,
        Realisasi,
    }

    private sealed class Draft(string? name, BudgetLevel level)
    {
        public string? Name { get; } = name;

        public BudgetLevel Level { get; } = level;

        /// <summary>The year the sentence names for the amount, when it names one.</summary>
        public int? Year { get; init; }

        public decimal? Pagu { get; private set; }

        public decimal? Realisasi { get; private set; }

        public decimal? Percent { get; private set; }

        public bool IsRounded { get; private set; }

        public void Set(Role role, decimal? amount, decimal? percent, bool rounded = false)
        {
            IsRounded |= rounded;
            if (role == Role.Pagu)
            {
                Pagu = amount;
            }
            else
            {
                Realisasi = amount;
            }

            Percent ??= percent;
        }
    }

    private const string PartName = "Jumlah sebagian anggaran (teks)";

    /// <summary>
    /// An amount for programs, a sasaran, kegiatan, a kind of belanja or an earmarked fund ("Dana Kelurahan", "Alokasi Dana
    /// Desa", "DAK"); "anggaran belanja" alone and "belanja Kecamatan X" or "belanja tahun 2024" (the unit's belanja) are the
    /// whole budget.
    /// </summary>
    [GeneratedRegex(@"\b(program|sasaran|kegiatan|dana\s+(kelurahan|desa|alokasi\s+khusus|bos|bok|insentif\s+daerah|hibah)|alokasi\s+dana\s+desa|dak|bantuan\s+keuangan)\b|(?<!\banggaran\s)\bbelanja\b(?!\s+(kecamatan|kelurahan|dinas|badan|kantor|sekretariat|inspektorat|satuan|tahun|ta)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PartScope();

    [GeneratedRegex(@"\b[Bb]elanja\s+(Tidak\s+Langsung|Langsung|Operasi|Modal|Pegawai|Barang(\s*(dan|&|/)\s*Jasa)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Belanja();

    [GeneratedRegex(@"^\s*[-•]?\s*(?<name>[A-Z][^,;:]{5,200}?)\s+[Dd]engan\s+[Aa]nggaran\s*$")]
    private static partial Regex BulletItem();

    /// <summary>"Program Pengelolaan Arsip dengan pagu anggaran sebesar", "Program X yang dianggarkan sebesar", "Program X dialokasikan anggaran": a program's own amount next.</summary>
    [GeneratedRegex(@"\b(?<name>[Pp]rogram\s+" + ProgramNameRest + @")\s+(?:yang\s+)?(?:(?i:dengan\s+(?:total\s+|jumlah\s+)?(?:pagu\s+)?(?:anggaran|pagu|alokasi(?:\s+anggaran)?|dana))|(?i:(?:di\s?)?(?:anggarkan|alokasikan)(?:\s+(?:anggaran|pagu|dana))?)|(?i:memiliki\s+(?:pagu|anggaran|alokasi))|(?i:mendapat(?:kan)?\s+(?:pagu|alokasi|anggaran)))\s*(?i:sebesar|senilai|yaitu|adalah)?\s*:?\s*$")]
    private static partial Regex ProgramWithBudget();

    /// <summary>"Sub kegiatan Penyediaan Gaji dan Tunjangan ASN dengan pagu Rp ...": that sub kegiatan's own amount next.</summary>
    [GeneratedRegex(@"\b(?<level>[Ss]ub\s*-?\s*[Kk]egiatan|[Kk]egiatan)\s+(?<name>" + ProgramNameRest + @")\s+(?:yang\s+)?(?i:dengan\s+(?:total\s+|jumlah\s+)?(?:pagu\s+)?(?:anggaran|pagu|alokasi(?:\s+anggaran)?|dana)|(?:di\s?)?(?:anggarkan|alokasikan)(?:\s+(?:anggaran|pagu|dana))?)\s*(?i:sebesar|senilai|yaitu|adalah)?\s*:?\s*$")]
    private static partial Regex KegiatanWithBudget();


    [GeneratedRegex(@"^\s*(\(|atau(\s+sebesar)?|yaitu|yakni|setara(\s+dengan)?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Joined();

    [GeneratedRegex(@"^\W*dari(\s+(total|jumlah|seluruh))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FromWhole();
}
