using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Storage.Batches;

public sealed partial class BatchStore
{
    /// <summary>Bulk-loads the batch's data notes through the appender, inside the batch's open transaction.</summary>
    private static void AppendNotes(DuckDbConnection connection, long batchId, IReadOnlyList<DataNoteFact> notes)
    {
        using var appender = connection.CreateAppender("data_notes");
        foreach (var n in notes)
        {
            appender.CreateRow()
                .Append(batchId).Append(n.Tenant).Append(n.Unit).Append(n.Year).Append(n.Dataset.ToSlug())
                .Append(n.Kind.ToSlug()).Append(n.Subject).Append(n.Description)
                .AppendFigure(n.Reported).AppendFigure(n.Expected)
                .Append(n.SourceDocument).Append(n.Origin.File).Append(n.Origin.Row)
                .EndRow();
        }
    }
}
