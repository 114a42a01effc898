namespace Sakip.Analytics.Extraction.Documents;

/// <summary>A report reduced to numbered lines and table rows, whatever format it came in.</summary>
public sealed record ReportDocument(string FileName, ReportFormat Format, IReadOnlyList<ReportPage> Pages)
{
    public IEnumerable<ReportLine> AllLines => Pages.SelectMany(p => p.Lines);
}
