using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Storage.DataNotes;

/// <summary>One row of scoped_data_notes as Dapper reads it; the enums are stored as their slugs.</summary>
internal sealed class DataNoteRow
{
    public string Tenant { get; init; } = "";
    public string Unit { get; init; } = "";
    public int Year { get; init; }
    public string Dataset { get; init; } = "";
    public string Kind { get; init; } = "";
    public string? Subject { get; init; }
    public string Description { get; init; } = "";
    public string ReportedLabel { get; init; } = "";
    public decimal? ReportedValue { get; init; }
    public string ReportedText { get; init; } = "";
    public string? ReportedTable { get; init; }
    public int? ReportedLine { get; init; }
    public string ExpectedLabel { get; init; } = "";
    public decimal? ExpectedValue { get; init; }
    public string ExpectedText { get; init; } = "";
    public string? ExpectedTable { get; init; }
    public int? ExpectedLine { get; init; }
    public string SourceDocument { get; init; } = "";
    public long BatchId { get; init; }

    public DataNote ToNote() => new(
        Tenant,
        Unit,
        Year,
        Parse<Dataset>(Dataset),
        Parse<DataNoteKind>(Kind),
        Subject,
        Description,
        new NotedFigure(ReportedLabel, ReportedValue, ReportedText, ReportedTable, ReportedLine),
        new NotedFigure(ExpectedLabel, ExpectedValue, ExpectedText, ExpectedTable, ExpectedLine),
        SourceDocument,
        BatchId);

    // Only the importer writes the table, from these same slugs: another value is a broken store.
    private static TEnum Parse<TEnum>(string slug) where TEnum : struct, Enum =>
        Slugs.TryParseSlug<TEnum>(slug, out var value)
            ? value
            : throw new InvalidOperationException($"data_notes holds an unknown {typeof(TEnum).Name} '{slug}'.");
}
