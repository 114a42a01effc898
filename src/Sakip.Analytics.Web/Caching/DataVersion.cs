using System.Diagnostics;
using Sakip.Analytics.Application.Dashboards.ReadModel;

namespace Sakip.Analytics.Web.Caching;

/// <summary>
/// The store's data version (newest batch and publication state), re-read at most every few seconds.
/// Cached pages vary by it, so a newly loaded or published batch shows up without waiting for the
/// cache to expire; a publish in this process calls <see cref="Refresh"/> to show at once.
/// </summary>
public sealed class DataVersion(IDashboardReadModel read)
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(3);
    private readonly Lock gate = new();
    private string? version;
    private long readAt;

    public string Current
    {
        get
        {
            lock (gate)
            {
                if (version is null || Stopwatch.GetElapsedTime(readAt) > RefreshAfter)
                {
                    version = read.DataVersion();
                    readAt = Stopwatch.GetTimestamp();
                }

                return version;
            }
        }
    }

    /// <summary>Reads the version again now.</summary>
    public void Refresh()
    {
        lock (gate)
        {
            version = read.DataVersion();
            readAt = Stopwatch.GetTimestamp();
        }
    }
}
