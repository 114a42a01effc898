using System.Collections.Concurrent;

namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>
/// Current facts change only when a batch is loaded, so every read is kept until the data version
/// (the newest batch id) moves on. <see cref="Current"/> checks the version once and hands out a view
/// whose reads are served from the cache; a newly loaded batch empties it.
/// </summary>
public sealed class ReadModelCache(IDashboardReadModel inner)
{
    private readonly Lock gate = new();
    private string? version;
    private ConcurrentDictionary<string, object> entries = new(StringComparer.Ordinal);

    public IDashboardReadModel Current()
    {
        var now = inner.DataVersion();
        lock (gate)
        {
            if (now != version)
            {
                entries = new ConcurrentDictionary<string, object>(StringComparer.Ordinal);
                version = now;
            }

            return new CachedReadModel(inner, entries, now);
        }
    }
}
