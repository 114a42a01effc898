using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Storage.Batches;

internal static class AppenderRowExtensions
{
    /// <summary>The five provenance columns every fact table ends with.</summary>
    public static DuckDbAppenderRow AppendSource(this DuckDbAppenderRow row, Provenance source, TemplateRow origin) =>
        row.Append(source.Document).Append(source.Table).Append(source.Line).Append(origin.File).Append(origin.Row);

    /// <summary>The five columns of one side of a data note: label, value, text, table, line.</summary>
    public static DuckDbAppenderRow AppendFigure(this DuckDbAppenderRow row, NotedFigure figure) =>
        row.Append(figure.Label).Append(figure.Value).Append(figure.Text).Append(figure.Table).Append(figure.Line);
}
