using System.Data.Common;

namespace Sakip.Analytics.DuckDb.Database;

/// <summary>
/// What a connection string asks for: the database file (or <c>:memory:</c>) and any other keys,
/// which are passed to DuckDB as configuration options (e.g. <c>threads=4</c>,
/// <c>access_mode=READ_ONLY</c>) when the database is first opened.
/// </summary>
internal sealed record DuckDbConnectionSettings(string DataSource, IReadOnlyDictionary<string, string> Options)
{
    internal const string InMemory = ":memory:";

    private static readonly string[] DataSourceKeys = ["Data Source", "DataSource"];

    internal bool IsInMemory => DataSource.Length == 0 || DataSource.Equals(InMemory, StringComparison.OrdinalIgnoreCase);

    internal static DuckDbConnectionSettings Parse(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var dataSource = string.Empty;
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string key in builder.Keys)
        {
            var value = Convert.ToString(builder[key], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            if (DataSourceKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                dataSource = value;
            }
            else
            {
                options[key] = value;
            }
        }

        return new DuckDbConnectionSettings(dataSource, options);
    }
}
