using Microsoft.Extensions.Caching.Memory;
using Sakip.Analytics.Extraction;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// Reads a review's report with the settings it was uploaded with. The same report and settings give
/// the same extraction, so it is kept in memory for a while rather than stored as a second copy.
/// </summary>
public sealed class ReviewExtractions(IMemoryCache cache)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(20);

    public ExtractionResult Of(StoredReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return cache.GetOrCreate(("review", review.Tenant, review.Id), entry =>
        {
            entry.SlidingExpiration = KeptFor;
            return Read(review);
        })!;
    }

    public static ExtractionResult Read(StoredReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new ReportExtractor(review.State.Settings.Options()).Extract(review.ReportPath);
    }
}
