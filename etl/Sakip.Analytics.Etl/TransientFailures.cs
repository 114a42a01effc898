using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Etl;

/// <summary>Failures worth another attempt: the file was busy, or DuckDB aborted a conflicting transaction.</summary>
public static class TransientFailures
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        IOException => true,
        TimeoutException => true,
        DuckDbException duck => duck.Message.Contains("conflict", StringComparison.OrdinalIgnoreCase)
            || duck.Message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
