using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>DuckDB's SQL spelling of each type, for GetDataTypeName and error messages.</summary>
internal static class TypeNames
{
    internal static string Of(DuckDbType type) => type switch
    {
        DuckDbType.TimestampS => "TIMESTAMP_S",
        DuckDbType.TimestampMs => "TIMESTAMP_MS",
        DuckDbType.TimestampNs => "TIMESTAMP_NS",
        DuckDbType.TimestampTz => "TIMESTAMP WITH TIME ZONE",
        DuckDbType.TimeTz => "TIME WITH TIME ZONE",
        DuckDbType.SqlNull => "NULL",
        _ => type.ToString().ToUpperInvariant(),
    };
}
