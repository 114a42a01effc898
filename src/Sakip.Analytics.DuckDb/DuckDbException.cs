using System.Data.Common;

namespace Sakip.Analytics.DuckDb;

/// <summary>A failure reported by DuckDB; the message carries DuckDB's own error text.</summary>
public sealed class DuckDbException : DbException
{
    public DuckDbException()
    {
    }

    public DuckDbException(string message)
        : base(message)
    {
    }

    public DuckDbException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
