using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// A category the prose gives a numbered sasaran against the report's own scale applied to that
    /// sasaran's capaian (the mean of its indicators' capaian in the first measurement table).
    /// </summary>
    private static void SasaranCategories(ExtractionResult facts, List<AuditFinding> findings)
    {
        var bands = facts.ScaleOf(ScaleKind.Capaian);
        if (facts.CategoryClaims.Count == 0 || ScaleOf(bands) is not { } scale)
        {
            return;
        }

        var sasaran = MeasurementTable(facts, v => v.Goal is not null).GroupBy(v => NameKey.Of(v.Goal)).ToList();
        foreach (var claim in facts.CategoryClaims)
        {
            var label = bands.FirstOrDefault(b => NameKey.Of(b.Label) == NameKey.Of(claim.Label));
            if (label is null || claim.SasaranNumber < 1 || claim.SasaranNumber > sasaran.Count)
            {
                continue;
            }

            var values = sasaran[claim.SasaranNumber - 1].ToList();
            var capaian = CapaianCalculator.MeanCapaian(values.Select(v => v.Value!.Value))!.Value;
            if (scale.Classify(capaian) is not { } expected || NameKey.Of(expected) == NameKey.Of(label.Label))
            {
                continue;
            }

            var band = bands.First(b => b.Label == expected);
            findings.Add(new AuditFinding(FindingKind.CategoryMismatch,
                $"Sasaran {claim.SasaranNumber} dinilai '{claim.Label}' ({claim.Source}), tetapi capaiannya {IdNumber.Printed(PrintedRounding.RoundAsPrinted(capaian))}% ({values[0].Source}) " +
                $"termasuk '{expected}' menurut skala laporan ({band.Source}).",
                new FindingValue("dilaporkan", null, claim.Label, claim.Source),
                new FindingValue("skala", capaian, expected, band.Source))
            {
                Lines = [claim.Source.Line, band.Source.Line, .. values.Select(v => v.Source.Line)],
                Subject = values[0].Goal,
            });
        }
    }
}
