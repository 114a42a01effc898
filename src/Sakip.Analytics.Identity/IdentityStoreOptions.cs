using Sakip.Analytics.Storage;

namespace Sakip.Analytics.Identity;

/// <summary>Where the accounts live. Bound from the "Identity" section; the connection string is ConnectionStrings:Identity.</summary>
public sealed class IdentityStoreOptions
{
    public const string SectionName = "Identity";

    public const string ConnectionStringName = "Identity";

    public const string SqliteFileName = "identity.db";

    public IdentityProvider Provider { get; set; } = IdentityProvider.Sqlite;

    /// <summary>From ConnectionStrings:Identity. Required for PostgreSQL; for SQLite it defaults to identity.db in the data folder.</summary>
    public string? ConnectionString { get; set; }

    public string ResolvedConnectionString(StoreOptions store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        return Provider == IdentityProvider.Sqlite
            ? $"Data Source={Path.Combine(store.ResolvedDataDirectory, SqliteFileName)}"
            : throw new InvalidOperationException("Identity:Provider is PostgreSql but ConnectionStrings:Identity is empty.");
    }
}
