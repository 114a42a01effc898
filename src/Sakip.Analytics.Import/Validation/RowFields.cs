using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Sources;

namespace Sakip.Analytics.Import.Validation;

/// <summary>
/// Reads the typed values of one data row. Every getter records its own errors and returns a
/// placeholder instead of stopping, so a row reports all its problems; <see cref="IsValid"/> then
/// says whether the record built from those values may be kept.
/// </summary>
internal sealed partial class RowFields
{
    private readonly TableLayout _layout;
    private readonly RawRecord _record;
    private readonly ErrorCollector _errors;
    private readonly ReferenceIndex _references;
    private bool _invalid;

    public RowFields(TableLayout layout, RawRecord record, ErrorCollector errors, ReferenceIndex references)
    {
        _layout = layout;
        _record = record;
        _errors = errors;
        _references = references;
        if (record.Cells.Skip(layout.HeaderCellCount).Any(c => !c.IsEmpty))
        {
            Fail(string.Empty, Reasons.ExtraCells(layout.HeaderCellCount));
        }
    }

    public int Row => _record.Row;

    public bool IsValid => !_invalid;

    public TemplateRow Origin => new(_layout.Label, _record.Row);

    public void Fail(string column, string reason)
    {
        _errors.Add(_layout.Label, _record.Row, column, reason);
        _invalid = true;
    }

    public string? Optional(string column) => Cell(column).Text;

    /// <summary>The text of a required column, or "" after recording that it is empty.</summary>
    public string Required(string column)
    {
        if (Cell(column).Text is { } text)
        {
            return text;
        }

        if (_layout.HasColumn(column))
        {
            Fail(column, Reasons.EmptyRequired);
        }
        else
        {
            // The missing column was reported once for the header, not again for every row.
            _invalid = true;
        }

        return string.Empty;
    }

    private RawCell Cell(string column) => _layout.Cell(_record, column);
}
