using System.Data.Common;

namespace Sakip.Analytics.DuckDb;

/// <summary>Creates this provider's ADO.NET objects, for code written against DbProviderFactory.</summary>
public sealed class DuckDbFactory : DbProviderFactory
{
    public static readonly DuckDbFactory Instance = new();

    private DuckDbFactory()
    {
    }

    public override DbConnection CreateConnection() => new DuckDbConnection();

    public override DbCommand CreateCommand() => new DuckDbCommand();

    public override DbParameter CreateParameter() => new DuckDbParameter();

    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => new();
}
