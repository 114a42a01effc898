namespace Sakip.Analytics.Web.Review;

public static class ReviewRegistration
{
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<ReviewExtractions>();
        services.AddSingleton<ReviewPageBuilder>();
        services.AddSingleton<ReviewWorkspace>();
        return services;
    }
}
