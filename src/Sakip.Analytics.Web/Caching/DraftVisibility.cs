namespace Sakip.Analytics.Web.Caching;

/// <summary>
/// Marks a response that was rendered in a scope with drafts: a header that says so (for API clients
/// and the tests) and Cache-Control private, no-store, so no shared or browser cache keeps it.
/// </summary>
public static class DraftVisibility
{
    public const string Header = "X-Sakip-Visibility";
    public const string Drafts = "drafts";
    public const string Published = "published";

    public static void Mark(HttpResponse response, bool includesDrafts)
    {
        ArgumentNullException.ThrowIfNull(response);
        // A response that shows several tenants (the home page) stays marked once any part showed drafts.
        var drafts = includesDrafts || IsMarked(response);
        response.Headers[Header] = drafts ? Drafts : Published;
        if (drafts)
        {
            response.Headers.CacheControl = "private, no-store";
        }
    }

    public static bool IsMarked(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers[Header] == Drafts;
    }
}
