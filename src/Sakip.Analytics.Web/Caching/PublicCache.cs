using Microsoft.AspNetCore.OutputCaching;

namespace Sakip.Analytics.Web.Caching;

/// <summary>
/// The output cache of the public pages, downloads and API: per URL (query string included) and data
/// version, for anonymous requests only. A signed-in user may see drafts, so their requests neither
/// read nor fill the cache (<see cref="AnonymousOnlyPolicy"/>).
/// </summary>
public static class PublicCache
{
    public const string Policy = "public";

    public const string Tag = "dashboards";

    public static IServiceCollection AddPublicCache(this IServiceCollection services)
    {
        services.AddSingleton<DataVersion>();
        services.AddSingleton<PublicCacheInvalidation>();
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery("*")
            .VaryByValue(context => new KeyValuePair<string, string>(
                "data", context.RequestServices.GetRequiredService<DataVersion>().Current))
            .Tag(Tag)
            .AddPolicy<AnonymousOnlyPolicy>()));
        return services;
    }
}
