using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Mapping;

internal static class NoteRows
{
    public static DataNoteFact Map(RowFields row)
    {
        var (tenant, unit) = row.KnownUnit();
        return new DataNoteFact(
            tenant,
            unit,
            row.Year(),
            row.Choice<Dataset>(Columns.Dataset),
            row.Choice<DataNoteKind>(Columns.Kind),
            row.Optional(Columns.Subject),
            row.Required(Columns.Description),
            Figure(row, Columns.ReportedLabel, Columns.ReportedValue, Columns.ReportedText, Columns.ReportedTable, Columns.ReportedLine),
            Figure(row, Columns.ExpectedLabel, Columns.ExpectedValue, Columns.ExpectedText, Columns.ExpectedTable, Columns.ExpectedLine),
            row.Required(Columns.SourceDocument),
            row.Origin);
    }

    // A printed percentage of 996,22 is the point of the note: values are kept as printed, never range-checked.
    private static NotedFigure Figure(RowFields row, string label, string value, string text, string table, string line) => new(
        row.Required(label),
        row.Number(value),
        row.Required(text),
        row.Optional(table),
        row.PlainInteger(line, required: false, min: 1, max: null));
}
