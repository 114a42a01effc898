using System.Reflection;
using Dapper;
using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Storage;

/// <summary>Applies the embedded Migrations/NNNN_name.sql files in order, each once, each in its own transaction.</summary>
public static class MigrationRunner
{
    public static IReadOnlyList<Migration> All { get; } = LoadEmbedded();

    public static int Apply(DuckDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)
            """);
        var applied = connection.Query<int>("SELECT version FROM schema_migrations").ToHashSet();
        var count = 0;
        foreach (var migration in All.Where(m => !applied.Contains(m.Version)))
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = migration.Sql;
                command.ExecuteNonQuery();
            }

            connection.Execute(
                "INSERT INTO schema_migrations VALUES ($version, $name, now()::TIMESTAMP)",
                new { version = migration.Version, name = migration.Name },
                transaction);
            transaction.Commit();
            count++;
        }

        return count;
    }

    private static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Parse(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static Migration Parse(Assembly assembly, string resourceName)
    {
        // Resource names look like Sakip.Analytics.Storage.Migrations.0001_warehouse.sql
        var fileName = resourceName[(resourceName.IndexOf(".Migrations.", StringComparison.Ordinal) + 12)..^4];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName[..separator].TrimStart('_'), System.Globalization.CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}

public sealed record Migration(int Version, string Name, string Sql);
