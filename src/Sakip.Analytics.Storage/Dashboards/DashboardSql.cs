using System.Collections.Concurrent;
using Sakip.Analytics.Storage.Scoping;

namespace Sakip.Analytics.Storage.Dashboards;

/// <summary>The dashboard queries, kept as embedded Dashboards/Queries/*.sql files; all read facts through the scoped macros.</summary>
internal static class DashboardSql
{
    private static readonly ConcurrentDictionary<string, ScopedSql> Cache = new(StringComparer.Ordinal);

    /// <summary>The named query, checked once by <see cref="ScopedSql"/> (no fact table read around the tenant scope).</summary>
    public static ScopedSql Get(string name) => Cache.GetOrAdd(name, n => new ScopedSql(Load(n)));

    private static string Load(string name)
    {
        var assembly = typeof(DashboardSql).Assembly;
        var resource = $"Sakip.Analytics.Storage.Dashboards.Queries.{name}.sql";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded query {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
