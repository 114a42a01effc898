using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Cli.Bench;

/// <summary>The reference: DuckDB's own multi-threaded CSV reader into the same table.</summary>
internal static class ReadCsvLoad
{
    public static void Load(DuckDbConnection connection, string csv)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO indicator_values SELECT * FROM read_csv($path, header = true, quote = '\"')";
        command.Parameters.Add(new DuckDbParameter("path", csv));
        command.ExecuteNonQuery();
    }
}
