namespace Sakip.Analytics.Domain.Facts;

/// <summary>Where a figure was printed: the source document, the table caption ("text" for prose) and the line.</summary>
public sealed record Provenance(string Document, string? Table, int? Line);

/// <summary>Where a fact came from inside an import batch: file name and 1-based data row (header is row 1).</summary>
public sealed record TemplateRow(string File, int Row);
