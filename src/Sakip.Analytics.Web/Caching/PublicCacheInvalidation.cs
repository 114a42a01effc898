using Microsoft.AspNetCore.OutputCaching;

namespace Sakip.Analytics.Web.Caching;

/// <summary>After a publish or unpublish: the public pages show the new state with the next request.</summary>
public sealed class PublicCacheInvalidation(IOutputCacheStore store, DataVersion version)
{
    public async Task PublicationChangedAsync(CancellationToken cancellationToken)
    {
        version.Refresh();
        await store.EvictByTagAsync(PublicCache.Tag, cancellationToken);
    }
}
