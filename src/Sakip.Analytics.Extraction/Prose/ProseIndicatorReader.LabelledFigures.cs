using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

internal static partial class ProseIndicatorReader
{
    /// <summary>
    /// "Target : 80", "Realisasi 2023 : 85 %", "Capaian : 106,25% (Sangat Baik)": a figure under its label on a line of
    /// its own, in a block under "Indikator Kinerja : Indeks Kepuasan Masyarakat". Whether the line is such a label.
    /// </summary>
    private static bool ReadLabelledFigure(string text, int lineNumber, ExtractedIndicatorValue? indicator, ReadingContext context)
    {
        var match = LabelledFigure().Match(text);
        if (!match.Success || !CellValue.TryParse(match.Groups["value"].Value, out var value) || !value.HasNumber && value.Grade is null)
        {
            return false;
        }

        if (indicator is null)
        {
            return true;
        }

        var label = NameKey.Of(match.Groups["label"].Value);
        var stated = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var kind = label.StartsWith("realisasi", StringComparison.Ordinal) ? IndicatorValueKind.Realization
            : label.StartsWith("capaian", StringComparison.Ordinal) ? IndicatorValueKind.ReportedCapaian
            : label.Contains("perubahan", StringComparison.Ordinal) ? IndicatorValueKind.TargetRevised
            : label.Contains("renstra", StringComparison.Ordinal) || label.Contains("akhir", StringComparison.Ordinal) ? IndicatorValueKind.RenstraTarget
            : IndicatorValueKind.Target;
        var year = stated ?? (kind == IndicatorValueKind.RenstraTarget ? context.Profile.RenstraEnd : null) ?? context.Year;
        var after = FigureHead().Replace(match.Groups["value"].Value, string.Empty);
        context.Indicators.Add(new ExtractedIndicatorValue(context.Profile.Unit, indicator.Level, indicator.Goal, indicator.Indicator, indicator.Satuan, indicator.Polarity,
            year, kind, value.Number, value.Printed, value.Grade, context.Source(SourceRef.Prose, lineNumber, BaseConfidence + 0.2))
        {
            Category = kind is IndicatorValueKind.Realization or IndicatorValueKind.ReportedCapaian ? CategoryAfterFigure.In(after) : null,
        });
        return true;
    }

    /// <summary>"Target | : | 80", "Indikator Kinerja: | IKM": a label and its value the converter split into cells, as one line of text; else null.</summary>
    private static string? LabelRow(ReportLine line)
    {
        var cells = line.Cells.Select(c => Markup.Strip(c).Trim()).Where(c => c.Length > 0).ToList();
        return cells switch
        {
            [var label, ":", var value] => $"{label} : {value}",
            [var label, var value] when label.EndsWith(':') || value.StartsWith(':') => $"{label.TrimEnd(':')} : {value.TrimStart(':').Trim()}",
            _ => null,
        };
    }

    // "106,25 %" of "106,25 % (Sangat Baik)": the figure before its category.
    [GeneratedRegex(@"^[^\d]{0,8}[\d.,]*\d\s*%?")]
    private static partial Regex FigureHead();

    [GeneratedRegex(@"^\s*(?:[a-z]\.|\d{1,2}\.|-)?\s*(?<label>target(?:\s+kinerja)?(?:\s+(?:perubahan|pk|renstra|akhir\s+renstra|akhir\s+periode))?|realisasi(?:\s+kinerja)?|capaian(?:\s+kinerja)?)(?:\s+(?:tahun\s+|th\.?\s*)?(?<year>(?:19|20)\d\d))?\s*[:=]\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledFigure();
}
