namespace Sakip.Analytics.Import;

/// <summary>One file of the template (or sheet of the workbook) and its columns in the README's order.</summary>
public sealed record TemplateFile(string Name, IReadOnlyList<TemplateColumn> Columns)
{
    /// <summary>The file name inside a folder batch, e.g. <c>indicators.csv</c>.</summary>
    public string FileName => Name + ".csv";

    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);

    public TemplateColumn? Find(string columnName) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, columnName, StringComparison.Ordinal));
}

public sealed record TemplateColumn(string Name, bool IsRequired);
