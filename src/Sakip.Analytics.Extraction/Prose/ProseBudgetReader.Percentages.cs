using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// Absorption stated as a percentage alone ("Realisasi Belanja Pegawai sebesar 95,96%", "penyerapan tertinggi pada
/// Program X sebesar 98,13%", "Realisasi anggaran mencapai 95,52% dari pagu"): a budget line with its reported
/// percentage and neither pagu nor realisasi.
/// </summary>
internal static partial class ProseBudgetReader
{
    private static void ReadPercentages(string sentence, List<ProseNumber> numbers, int lineNumber, ReadingContext context)
    {
        var subject = sentence[..numbers[0].Start];
        var previousEnd = 0;
        foreach (var number in numbers)
        {
            var window = sentence[previousEnd..number.Start];
            var followsFigure = previousEnd > 0;
            previousEnd = number.End;
            if (!number.Value.IsPercent || !IsAbsorption(window, subject, sentence[number.End..]))
            {
                continue;
            }

            if (AbsorptionOf(window, subject) is { } part)
            {
                // "Penyerapan anggaran tahun 2022 mencapai 96,12%": the year its own words name.
                var draft = new Draft(part.Name, part.Level) { Year = YearOfAmount(window, sentence[number.End..], followsFigure) ?? (followsFigure ? null : YearOpening(sentence)) };
                draft.Set(Role.Realisasi, null, number.Value.Number);
                Flush(draft, lineNumber, context);
            }
        }
    }

    /// <summary>Absorption named before the figure, or by the sentence's subject when the figure's own words name no other measure.</summary>
    private static bool IsAbsorption(string window, string subject, string after) =>
        !Cues.IsDifference(window, after) && !OtherMeasure().IsMatch(window)
        && (Cues.IsBudgetRealisasi(window) || Cues.IsBudgetRealisasi(subject) && !OtherMeasure().IsMatch(subject));

    /// <summary>The belanja or program the absorption is of, or the whole budget ("realisasi anggaran"); null for a sasaran's or a kegiatan's.</summary>
    private static (string? Name, BudgetLevel Level)? AbsorptionOf(string window, string subject)
    {
        if (Belanja().Matches(window) is { Count: > 0 } belanja)
        {
            var name = ProfileNameCase(Names.Clean(belanja[^1].Value));
            return (name, BudgetLevels.FromWords(name) ?? BudgetLevel.BelanjaGroup);
        }

        if (ProgramNamed().Match(window) is { Success: true } program)
        {
            return (Names.Clean(program.Groups["name"].Value), BudgetLevel.Program);
        }

        var words = subject + " " + window;
        return WholeBudget().IsMatch(words) && !Part().IsMatch(words) ? (null, BudgetLevel.Total) : null;
    }

    /// <summary>A percentage of something else than absorption: performance, efficiency, a physical progress, an average or a bound.</summary>
    [GeneratedRegex(@"\b(capaian\w*|kinerja|efisiensi|fisik|indikator|target\w*|rata|dirata\w*|proporsi|porsi|komposisi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMeasure();

    [GeneratedRegex(@"\b(anggaran\w*|pagu|belanja|dana|apbd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeBudget();

    [GeneratedRegex(@"\b(program\w*|sasaran|kegiatan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    /// <summary>"pada Program Penyelenggaraan Urusan Pemerintahan Umum sebesar ": the program named last before the figure.</summary>
    [GeneratedRegex(@"\b(?<name>Program\s+" + ProgramNameRest + @")\s*(\b(sebesar|mencapai|terserap|terealisasi|yaitu|yakni|adalah|hanya|baru|senilai|dengan)\b\s*)*$")]
    private static partial Regex ProgramNamed();
}
