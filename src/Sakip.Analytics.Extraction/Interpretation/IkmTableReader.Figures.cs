using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IkmTableReader
{
    private enum Label
    {
        Ikm,
        Weighted,
        Mutu,
        Respondents,

        /// <summary>Either the weighted total or the IKM, as its value tells.</summary>
        Index,
    }

    private sealed record Figure(Label Label, CellValue Value, int Line);

    private const int MostFiguresOfAnIkmRow = 3;

    /// <summary>"Jumlah NRR Tertimbang | 3,22", "IKM Unit Pelayanan | 80,50", "Mutu Pelayanan | : B".</summary>
    private static IEnumerable<Figure> RowFigures(ReportLine row, NumberConvention convention)
    {
        // An IKM row of many figures (targets, realizations and capaian of several years) measures an indicator; it is no "label | value" row.
        var manyFigures = row.Cells.Count(c => CellValue.TryParse(Markup.Strip(c), convention, out var v) && v.Number is not null) > MostFiguresOfAnIkmRow;
        Label? label = null;
        var cells = row.Cells.Select(Markup.Strip).Where(c => c.Length > 0).ToList();
        for (var i = 0; i < cells.Count; i++)
        {
            if (label is { } pending && TryScore(cells[i], convention, v => Accepts(pending, v), out var value))
            {
                if (manyFigures && pending is Label.Ikm or Label.Index)
                {
                    yield break;
                }

                var figure = new Figure(Resolved(pending, value), value, row.Number);
                yield return figure;
                if (figure.Label == Label.Ikm && value.Grade is null
                    && cells.Skip(i + 1).Select(c => CellValue.TryParse(c, convention, out var g) ? g : null).FirstOrDefault(g => g is { Grade: not null, Number: null }) is { } mutu)
                {
                    // "IKM Unit Pelayanan | 3,36 | 83,89 | B" under a "Mutu" column: the grade printed after the IKM on its row.
                    yield return new Figure(Label.Mutu, mutu, row.Number);
                }

                yield break;
            }

            label = LabelOf(cells[i]) ?? label;
        }
    }

    private const int WideRow = 3;

    /// <summary>Label lines with their value on the next line ("IKM" / "80,50"), rows, and "96 responden" in prose, read in the survey table's number format.</summary>
    /// <param name="skipWideRows">
    /// Above the survey, a row of three or more cells is another table's ("IKM Dinas | 350 | 84,12 | B" closing a table of IKM
    /// per service): its figures are not this survey's.
    /// </param>
    private static IEnumerable<Figure> NearbyFigures(IReadOnlyList<ReportLine> lines, int from, int to, NumberConvention convention, bool skipWideRows = false)
    {
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.IsRow && skipWideRows && line.Cells.Count(c => Markup.Strip(c).Trim().Length > 0) >= WideRow)
            {
                continue;
            }

            if (line.IsRow)
            {
                foreach (var figure in RowFigures(line, convention))
                {
                    yield return figure;
                }

                continue;
            }

            var text = Markup.Strip(line.Text);
            if (text.Length is > 0 and <= 40 && LabelOf(text) is { } label)
            {
                var next = PrintedLines.After(lines, i);
                if (next is not null && TryScore(next.Text, convention, v => Accepts(label, v), out var value))
                {
                    yield return new Figure(Resolved(label, value), value, next.Number);
                }
            }
            else if (IkmWorkedOut().Match(text) is { Success: true } worked && TryScore(worked.Groups["ikm"].Value, convention, v => Accepts(Label.Ikm, v), out var ikm))
            {
                // "IKM = 3,229 x 25 = 80,73 (Mutu Pelayanan B)": the IKM worked out in a line of its own, its mutu beside it.
                yield return new Figure(Label.Ikm, ikm, line.Number);
                if (worked.Groups["mutu"].Success)
                {
                    yield return new Figure(Label.Mutu, new CellValue(null, worked.Groups["mutu"].Value.ToUpperInvariant(), false, worked.Groups["mutu"].Value, null), line.Number);
                }
            }
            else if (RespondentsInProse().Match(text) is { Success: true } match)
            {
                var count = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
                yield return new Figure(Label.Respondents, new CellValue(count, null, false, match.Groups["n"].Value, "responden"), line.Number);
            }
        }
    }

    /// <summary>
    /// A survey figure its range accepts. Scores are small (NRR 1-4, IKM 25-100), so a figure that reads
    /// as thousands only by its one dot ("3.299", "3.155556") is the score with its decimals, as English prints it.
    /// </summary>
    private static bool TryScore(string? cell, NumberConvention convention, Func<CellValue, bool> accepts, out CellValue value)
    {
        if (CellValue.TryParse(cell, convention, out value) && accepts(value))
        {
            return true;
        }

        var text = Markup.Strip(cell ?? string.Empty).Trim();
        if (!DotDecimal().IsMatch(text) || !CellValue.TryParse(text.Replace('.', ','), NumberConvention.Mixed, out var score) || !accepts(score))
        {
            return false;
        }

        value = score with { Printed = text };
        return true;
    }

    private static Label? LabelOf(string text)
    {
        // "Pelayanan (Jumlah NRR Tertimbang x 25)" under "IKM Unit": the weighted total times 25 is the IKM, whatever words name it.
        if (TimesTwentyFive().IsMatch(text))
        {
            return Label.Ikm;
        }

        var key = NameKey.Of(BrokenOffFormula().Replace(Formula().Replace(text, " "), " "));
        if (key.Contains("tertimbang", StringComparison.Ordinal) || key.Contains("tertibang", StringComparison.Ordinal))
        {
            return Label.Weighted;
        }

        if (key is "ikm" or "nilai ikm" or "ikm unit pelayanan" or "indeks kepuasan masyarakat" or "nilai indeks kepuasan masyarakat" or "nilai ikm unit pelayanan"
            || key.StartsWith("ikm unit", StringComparison.Ordinal) || NamesTheIkm(key))
        {
            return Label.Ikm;
        }

        if (key is "indeks" or "nilai indeks" or "nilai indeks pelayanan" or "indeks pelayanan")
        {
            return Label.Index;
        }

        if (key.StartsWith("mutu", StringComparison.Ordinal))
        {
            return Label.Mutu;
        }

        return key is "responden" or "jumlah responden" or "total responden" ? Label.Respondents : null;
    }

    // "Nilai IKM (konversi)", "Nilai SKM", "IKM Kecamatan Teluk Indah", "Nilai Konversi IKM": the survey's result, not a
    // target of it nor a figure per element.
    private static bool NamesTheIkm(string key) =>
        (key.StartsWith("ikm ", StringComparison.Ordinal) || key.StartsWith("nilai ikm ", StringComparison.Ordinal) || key is "skm" or "nilai skm"
            || key.StartsWith("nilai skm ", StringComparison.Ordinal) || key.StartsWith("nilai konversi", StringComparison.Ordinal)
            || key.StartsWith("indeks kepuasan masyarakat ", StringComparison.Ordinal))
        && !key.Contains("unsur", StringComparison.Ordinal) && !key.Contains("target", StringComparison.Ordinal) && !key.Contains("interval", StringComparison.Ordinal);

    /// <summary>A figure under a label that names either (a bare "Nilai Indeks"): the weighted total on the 1-4 scale, else the IKM.</summary>
    private static Label Resolved(Label label, CellValue value) =>
        label != Label.Index ? label : value.Number is >= 1 and <= 4 ? Label.Weighted : Label.Ikm;

    private static bool Accepts(Label label, CellValue value) => label switch
    {
        Label.Index => value.Number is >= 1 and <= 4 or >= 25 and <= 100,
        Label.Ikm => value.Number is >= 25 and <= 100,
        Label.Weighted => value.Number is >= 1 and <= 4,
        Label.Mutu => value.Grade is not null && value.Number is null,
        _ => value.Number is > 0 and < 1_000_000 && value.Number.Value == Math.Floor(value.Number.Value),
    };

    [GeneratedRegex(@"^\d{1,2}\.\d{3,}$")]
    private static partial Regex DotDecimal();

    // "sebanyak 96 responden", "96 orang responden", "jumlah responden sebanyak 412 orang", "responden: 412".
    [GeneratedRegex(@"(?<n>\d{1,6})\s+(orang\s+)?responden|responden\s*(?::\s*|(?:adalah|sebanyak|berjumlah|sejumlah|yaitu)\s+)+(?<n>\d{1,6})\b(?![.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex RespondentsInProse();

    // "IKM Unit Pelayanan (Jumlah NRR Tertimbang x 25)": the bracketed formula explains the figure; the
    // words before it name it. A bracket without a multiplication ("(IKM)", "(SKM)") is part of the name.
    [GeneratedRegex(@"^\s*(nilai\s+)?(ikm|skm|indeks kepuasan masyarakat)\b[^=]{0,40}=[^=]*?(=\s*)?(?<ikm>\d{2,3}[.,]\d{1,6})\s*(\(?\s*mutu(\s+pelayanan)?\s*:?\s*(?<mutu>[A-D])\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex IkmWorkedOut();

    [GeneratedRegex(@"\([^()]*\s[x×*]\s[^()]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Formula();

    [GeneratedRegex(@"[x×*]\s*25\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex TimesTwentyFive();

    // "IKM Unit Pelayanan (Jumlah NRR Tertimbang" over "x 25)": a bracket the row below closes, the formula wrapped.
    [GeneratedRegex(@"\s\([^()]*$")]
    private static partial Regex BrokenOffFormula();
}
