using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using Sakip.Analytics.Web.Accounts;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Controllers.Api;
using Sakip.Analytics.Web.Dashboards;
using Sakip.Analytics.Web.Operator;
using Sakip.Analytics.Web.Review;
using Sakip.Analytics.Web.Security;

namespace Sakip.Analytics.Web;

public static class WebRegistration
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddControllersWithViews(options => options.Filters.Add<DashboardRequestFilter>());
        builder.Services.AddProblemDetails();
        builder.Services.AddDashboards();
        builder.Services.AddSingleton<ParameterFields>();
        builder.Services.AddSingleton<DashboardPageBuilder>();
        builder.Services.AddSingleton<HomeQuestions>();
        builder.Services.AddHostedService<DashboardWarmup>();
        builder.Services.Configure<RouteOptions>(o => o.ConstraintMap["slug"] = typeof(SlugRouteConstraint));
        builder.Services.AddPublicCache();
        builder.Services.AddAuthentication();
        builder.Services.AddTenantAuthorization();
        builder.AddAccounts();
        builder.Services.AddRequestScopes();
        builder.Services.AddOperator();
        builder.Services.AddReview();
        builder.AddHardening();
        builder.AddForwardedHeadersFromTrustedProxies();
        return builder;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.LoadDashboardsNow();
        app.UseForwardedHeadersFromTrustedProxies();
        app.UseHardening();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Indonesian),
            SupportedCultures = [Indonesian],
            SupportedUICultures = [Indonesian],
        });
        app.UseStaticFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwlib")),
            RequestPath = "/lib",
        });
        app.UseRouting();
        // Before the output cache: it must see the signed-in user, whose pages (drafts) are never cached.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseRateLimits();
        app.MapControllers();
        return app;
    }
}
