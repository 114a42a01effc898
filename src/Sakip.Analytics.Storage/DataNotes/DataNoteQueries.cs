using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Storage.Scoping;

namespace Sakip.Analytics.Storage.DataNotes;

/// <summary>Reads data notes through scoped_data_notes, so a scope sees the notes of the batches it sees.</summary>
public sealed class DataNoteQueries(ScopedDatabase database) : IDataNotes
{
    private static readonly ScopedSql Notes = """
        SELECT n.tenant AS Tenant, n.unit AS Unit, n.year AS Year, n.dataset AS Dataset, n.kind AS Kind,
               n.subject AS Subject, n.description AS Description,
               n.reported_label AS ReportedLabel, n.reported_value AS ReportedValue, n.reported_text AS ReportedText,
               n.reported_table AS ReportedTable, n.reported_line AS ReportedLine,
               n.expected_label AS ExpectedLabel, n.expected_value AS ExpectedValue, n.expected_text AS ExpectedText,
               n.expected_table AS ExpectedTable, n.expected_line AS ExpectedLine,
               n.source_document AS SourceDocument, n.batch_id AS BatchId
        FROM scoped_data_notes($tenant, $drafts) n
        WHERE ($unit IS NULL OR n.unit = $unit)
          AND ($year IS NULL OR n.year = $year)
        ORDER BY n.unit, n.year, n.dataset, n.reported_line NULLS LAST, n.source_row
        """;

    public IReadOnlyList<DataNote> ForUnit(TenantScope scope, string unit, int? year = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        return Read(scope, unit, year);
    }

    public IReadOnlyList<DataNote> ForTenant(TenantScope scope, int? year = null) => Read(scope, null, year);

    private List<DataNote> Read(TenantScope scope, string? unit, int? year)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return [.. database.Query<DataNoteRow>(scope, Notes, new { unit, year }).Select(r => r.ToNote())];
    }
}
