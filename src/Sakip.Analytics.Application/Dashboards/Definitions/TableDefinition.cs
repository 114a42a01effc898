namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>Which of the query's columns the table (and the CSV/XLSX downloads) show, in order.</summary>
public sealed class TableDefinition
{
    /// <summary>Column keys; empty shows every column the query returns.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    public bool Sortable { get; init; } = true;
}
