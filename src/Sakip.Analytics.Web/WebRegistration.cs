using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Controllers.Api;
using Sakip.Analytics.Web.Dashboards;

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
        return builder;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.LoadDashboardsNow();
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
        app.UseOutputCache();
        app.MapControllers();
        return app;
    }
}
