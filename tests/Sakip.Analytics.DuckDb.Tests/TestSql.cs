namespace Sakip.Analytics.DuckDb.Tests;

internal static class TestSql
{
    /// <summary>A table name no other test uses, so tests sharing a database stay independent.</summary>
    public static string UniqueTable(string prefix = "t") => $"{prefix}_{Guid.NewGuid():N}";

    public static int Execute(this DuckDbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }

    public static object? Scalar(this DuckDbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteScalar();
    }
}
