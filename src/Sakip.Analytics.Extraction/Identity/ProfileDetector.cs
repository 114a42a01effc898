using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Identity;

/// <summary>Reads who and when a report is about: tenant, unit and its spellings, year, Renstra period.</summary>
internal static partial class ProfileDetector
{
    public static ReportProfile Detect(ReportDocument document, ExtractionOptions options)
    {
        var lines = document.AllLines.Select(l => (l.Number, Text: Markup.Strip(l.Text))).ToList();
        var year = ReportYear(lines) ?? options.ReportYear ?? DateTime.Today.Year - 1;
        var (tenant, tenantKind) = Tenant(lines);
        tenant ??= options.Tenant;
        tenantKind ??= TenantKindOf(options.Tenant);
        var unit = UnitName(lines, options);
        var variants = UnitVariants(lines, unit.Name);
        return new ReportProfile(
            document.FileName,
            tenant,
            tenantKind,
            Province(lines) ?? options.Province,
            unit.Name,
            unit.Kind,
            [.. variants.Keys],
            year,
            RenstraPeriod(lines, year),
            HeadOfUnit(lines))
        {
            VariantLines = variants,
            LowerIsBetterMethod = LowerIsBetter(lines),
            CapaianCappedAt100 = lines.Exists(l => CapaianCap().IsMatch(l.Text)),
            ResultsChapterLine = document.AllLines.FirstOrDefault(l => !l.IsRow && ResultsChapter().IsMatch(Markup.Strip(l.Text)))?.Number,
        };
    }

    [GeneratedRegex(@"^(BAB\s+III\b|AKUNTABILITAS KINERJA\b)")]
    private static partial Regex ResultsChapter();
}
