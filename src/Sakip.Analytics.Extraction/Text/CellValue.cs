using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Parsing;

namespace Sakip.Analytics.Extraction.Text;

/// <summary>
/// A figure read from a table cell or a sentence: the number as printed (full precision), the grade
/// when one is printed ("BB (75,00)", "B"), whether it was a percentage, the printed text, and a
/// unit word that followed the number ("13.000 Berkas", "742 org").
/// </summary>
public sealed partial record CellValue(decimal? Number, string? Grade, bool IsPercent, string Printed, string? UnitWord)
{
    public bool HasNumber => Number is not null;

    /// <summary>Reads a cell; false for text, dashes, empty cells and anything that is not one figure.</summary>
    public static bool TryParse(string? cell, out CellValue value) => TryParse(cell, NumberConvention.Mixed, out value);

    internal static bool TryParse(string? cell, NumberConvention convention, out CellValue value)
    {
        value = null!;
        if (string.IsNullOrWhiteSpace(cell))
        {
            return false;
        }

        // "86,98*)", "72,5 (*)": a mark pointing to a note under the table is no part of the figure; the cell is printed as it
        // stands. A cell that opens with a star is set in bold ("**85**").
        var trimmed = cell.Trim();
        var mark = trimmed.StartsWith('*') ? Match.Empty : NoteMark().Match(trimmed);
        var text = Markup.Strip(mark.Success ? trimmed[..mark.Index] : trimmed).TrimStart(':', ' ').Trim();
        if (text.Length == 0 || text.Length > 40)
        {
            return false;
        }

        text = TrailingDash().Replace(text, string.Empty).Trim();
        var printedCell = text + mark.Value;

        // "≥ 100 %", "< 0,5 %", "Min. 90", "maks 15 menit": a target printed as a bound is the bound. "98 persen" is "98%".
        var bound = LeadingBound().Replace(PercentWord().Replace(text, "%"), string.Empty);
        if (GradeWithWords().Match(text) is { Success: true } described)
        {
            value = new CellValue(null, described.Groups["grade"].Value.ToUpperInvariant(), false, printedCell, null);
            return true;
        }

        if (AuditOpinion().Match(text) is { Success: true } opinion)
        {
            value = new CellValue(null, opinion.Groups["opinion"].Value.ToUpperInvariant(), false, printedCell, null);
            return true;
        }

        string? unit = null;
        var candidate = bound;
        if (Described().Match(bound) is { Success: true } described2 && !GradeWithWords().IsMatch(text))
        {
            // "83,76 (Baik)": the figure with its category in words.
            candidate = described2.Groups["value"].Value;
            unit = null;
        }

        if (GradeBesideValue().Match(bound) is { Success: true } slashed)
        {
            // "83,40 / B", "B / 83,40": a score and its grade set apart by a slash, read as "B (83,40)".
            candidate = $"{slashed.Groups["grade"].Value} ({slashed.Groups["value"].Value})";
        }

        if (CountOfTotal().Match(bound) is { Success: true } counted)
        {
            // "45/48 (93,75%)", "6 dari 7 (85,71%)": a share with the counts it comes from; the share is the figure.
            candidate = counted.Groups["share"].Value;
        }

        if (RatioToOne().Match(bound) is { Success: true } ratio && !LooksLikeClock(bound, ratio.Groups["n"].Value))
        {
            // "1 : 2.500": so many of what the indicator counts to one of its resource; the second term is the figure.
            candidate = ratio.Groups["n"].Value;
        }

        if (Duration.Minutes(bound) is { } minutes)
        {
            // "14 menit 30 detik", "00:14:30", "14'30"": a response time in minutes and seconds, read in minutes.
            value = new CellValue(minutes, null, false, printedCell, "menit");
            return true;
        }

        if (NumberThenUnit().Match(candidate) is { Success: true } withUnit)
        {
            candidate = withUnit.Groups["number"].Value;
            unit = withUnit.Groups["unit"].Value;
        }

        candidate = NumberConventions.Apply(SpaceGrouped(RupiahPrefix().Replace(candidate, "Rp ").Trim(), unit is not null), convention);
        if (!PrintedValues.TryParse(candidate, out var printed, out _))
        {
            return false;
        }

        value = new CellValue(printed.Number, printed.Grade, printed.IsPercent, printedCell, unit);
        return true;
    }

    /// <summary>
    /// "1 800 000 000", "Rp 10 000 000,00", "13 000 Berkas": thousands grouped by spaces, read without them. Only an amount of
    /// millions, one after "Rp" or one before its unit: "100 100" alone may be two figures the converter printed in one cell.
    /// </summary>
    private static string SpaceGrouped(string candidate, bool beforeUnit) =>
        SpaceGroups().Match(candidate) is { Success: true } grouped && (beforeUnit || grouped.Groups["rp"].Success || grouped.Groups["group"].Captures.Count >= 2)
            ? candidate.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("Rp", "Rp ", StringComparison.Ordinal)
            : candidate;

    [GeneratedRegex(@"^(?<rp>Rp )?\d{1,3}(?<group> \d{3})+(?:,\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceGroups();

    [GeneratedRegex(@"(?<=[0-9])\s*persen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentWord();

    [GeneratedRegex(@"^(?:[≥≤<>]=?|=<|=>|min(?:imal|imum)?\.?|maks(?:imal|imum)?\.?|max\.?)\s*(?=[0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBound();

    /// <summary>The number of decimals printed (0 for "100", 2 for "86,98").</summary>
    public int Decimals => Number?.Scale ?? 0;

    // "B (BAIK)", "A (Sangat Baik)": an IKM mutu with its description.
    [GeneratedRegex(@"^(?<grade>AA|A|BB|B|CC|C|D)\s*\(\s*[A-Za-z][A-Za-z ]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex GradeWithWords();

    // "WTP", "WTP (Wajar Tanpa Pengecualian)": the BPK opinion a unit's "Opini BPK" indicator targets, a grade with no figure.
    [GeneratedRegex(@"^(?<opinion>WTP|WDP|TMP)\s*(\(\s*[A-Za-z][A-Za-z ]*\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AuditOpinion();

    [GeneratedRegex(@"^(?<number>(?:Rp\.?\s*)?(?:[0-9]{1,3}(?: [0-9]{3})+(?![0-9])|[0-9][0-9.,]*)\s*%?)\s+(?<unit>[A-Za-z][A-Za-z/.]{1,14})\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenUnit();

    [GeneratedRegex(@"^Rp\.?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RupiahPrefix();

    [GeneratedRegex(@"^(?<value>[0-9][0-9.,]*\s*%?)\s*\(\s*(?!(?:AA|A|BB|B|CC|C|D)\s*\))(?:sangat\s+|kurang\s+|tidak\s+|cukup\s+)?[A-Za-z]+\s*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Described();

    [GeneratedRegex(@"^1\s*:\s*(?<n>[0-9][0-9.,]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RatioToOne();

    // "1:30" with no space is a time (a minute and a half) as likely as a ratio: two digits from 00 to 59 are left unread.
    private static bool LooksLikeClock(string text, string second) =>
        !text.Contains(' ', StringComparison.Ordinal) && second.Length == 2 && second.All(char.IsDigit) && second[0] <= '5';

    /// <summary>Whether a figure is printed as a ratio to one ("1 : 2.500", "1:1").</summary>
    public static bool IsRatioToOne(string printed) => RatioToOne().IsMatch(Markup.Strip(printed).Trim());

    [GeneratedRegex(@"[,.]\s*[-–]$")]
    private static partial Regex TrailingDash();

    [GeneratedRegex(@"(?<=[0-9%A-Za-z)])\s*(?:\*{1,3}\)?|\(\*{1,3}\))$")]
    private static partial Regex NoteMark();

    [GeneratedRegex(@"^(?:(?<value>\d[\d.,]*)\s*/\s*(?<grade>AA|A|BB|B|CC|C|D)|(?<grade>AA|A|BB|B|CC|C|D)\s*/\s*(?<value>\d[\d.,]*))$", RegexOptions.CultureInvariant)]
    private static partial Regex GradeBesideValue();

    [GeneratedRegex(@"^\d[\d.]*\s*(?:/|dari)\s*\d[\d.]*\s*\(\s*(?<share>\d[\d.,]*\s*%)\s*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountOfTotal();
}
