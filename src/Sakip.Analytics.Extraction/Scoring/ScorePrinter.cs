using System.Globalization;

namespace Sakip.Analytics.Extraction.Scoring;

/// <summary>Prints a score report as a small table: precision and recall per section, the share of gold inconsistencies found.</summary>
public static class ScorePrinter
{
    public static void Print(ScoreReport report, TextWriter writer, bool withMisses = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"Dokumen: {report.Document}");
        writer.WriteLine("section      gold  extracted  matched  precision  recall");
        foreach (var s in report.Sections)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Section,-12} {s.Gold,4}  {s.Extracted,9}  {s.Matched,7}  {s.Precision,9:P1}  {s.Recall,6:P1}"));
        }

        writer.WriteLine("inconsistency kind     gold  found  share   (findings: total, matching gold)");
        foreach (var f in report.Findings.Append(report.AuditedFindings))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f.Kind,-22} {f.Gold,4}  {f.Found,5}  {f.Share,6:P1}  ({f.Findings}, {f.FindingsMatched})"));
        }

        if (withMisses)
        {
            foreach (var miss in report.Misses)
            {
                writer.WriteLine(miss);
            }
        }
    }
}
