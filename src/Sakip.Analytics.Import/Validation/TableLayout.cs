using Sakip.Analytics.Import.Sources;

namespace Sakip.Analytics.Import.Validation;

/// <summary>A table whose header was checked: where each known column is, and the data rows under it.</summary>
internal sealed class TableLayout
{
    private readonly Dictionary<string, int> _columnIndex;

    private TableLayout(RawTable table, Dictionary<string, int> columnIndex, int headerCellCount)
    {
        Table = table;
        _columnIndex = columnIndex;
        HeaderCellCount = headerCellCount;
    }

    public RawTable Table { get; }

    public TemplateFile File => Table.File;

    public string Label => Table.Label;

    public int HeaderCellCount { get; }

    public IEnumerable<RawRecord> DataRows => Table.Records.Skip(1);

    public bool HasColumn(string column) => _columnIndex.ContainsKey(column);

    public RawCell Cell(RawRecord record, string column) =>
        _columnIndex.TryGetValue(column, out var index) ? record[index] : default;

    /// <summary>
    /// Checks the header row. Rows are still read when it has errors (an unknown column does not make
    /// the other values unreadable), so that one pass reports everything.
    /// </summary>
    public static TableLayout? Check(RawTable table, ErrorCollector errors)
    {
        if (table.Records.Count == 0)
        {
            errors.Add(table.Label, 1, string.Empty, Reasons.EmptyFile);
            return null;
        }

        var header = table.Records[0];
        var columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            CheckHeaderCell(table, header, i, columnIndex, errors);
        }

        foreach (var missing in table.File.Columns.Where(c => c.IsRequired && !columnIndex.ContainsKey(c.Name)))
        {
            errors.Add(table.Label, header.Row, missing.Name, Reasons.MissingColumn);
        }

        return new TableLayout(table, columnIndex, header.Cells.Count);
    }

    private static void CheckHeaderCell(RawTable table, RawRecord header, int index, Dictionary<string, int> columnIndex, ErrorCollector errors)
    {
        var name = header.Cells[index].Text;
        if (name is null)
        {
            // Spreadsheet exports often end rows with empty columns; only an unnamed column with data is a problem.
            if (table.Records.Skip(1).Any(r => !r[index].IsEmpty))
            {
                errors.Add(table.Label, header.Row, string.Empty, Reasons.EmptyHeader(index + 1));
            }
        }
        else if (columnIndex.ContainsKey(name))
        {
            errors.Add(table.Label, header.Row, name, Reasons.DuplicateColumn);
        }
        else if (table.File.Find(name) is null)
        {
            errors.Add(table.Label, header.Row, name, Reasons.UnknownColumn(table.File.ColumnNames));
        }
        else
        {
            columnIndex[name] = index;
        }
    }
}
