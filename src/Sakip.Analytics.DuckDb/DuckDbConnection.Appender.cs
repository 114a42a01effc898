namespace Sakip.Analytics.DuckDb;

public sealed partial class DuckDbConnection
{
    /// <summary>Bulk-loads rows into <paramref name="table"/> of the default schema.</summary>
    public DuckDbAppender CreateAppender(string table) => CreateAppender(null, table);

    /// <summary>
    /// Bulk-loads rows into <paramref name="schema"/>.<paramref name="table"/>. The rows join the
    /// connection's open transaction, so a rollback discards them.
    /// </summary>
    public DuckDbAppender CreateAppender(string? schema, string table)
    {
        ArgumentException.ThrowIfNullOrEmpty(table);
        return new DuckDbAppender(NativeConnection, schema, table);
    }
}
