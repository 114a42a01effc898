namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// A run of lines that tables are looked for in: the whole text of a report, or one sheet of a
/// workbook (then <see cref="DefaultCaption"/> is the sheet name and line numbers are row numbers).
/// </summary>
public sealed record ReportPage(string? DefaultCaption, IReadOnlyList<ReportLine> Lines);
