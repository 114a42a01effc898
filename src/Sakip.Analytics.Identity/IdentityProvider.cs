namespace Sakip.Analytics.Identity;

public enum IdentityProvider
{
    /// <summary>The embedded default: identity.db next to the DuckDB store.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database named by ConnectionStrings:Identity.</summary>
    PostgreSql,
}
