using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Sakip.Analytics.Web.Security;

/// <summary>
/// Security headers, rate limits, request size limits and error answers that never show a stack
/// trace (the /error handler runs in every environment, Development included).
/// </summary>
public static class HardeningRegistration
{
    /// <summary>Every request body but an upload: forms and sign-in are far smaller.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static IHostApplicationBuilder AddHardening(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.SectionName)
            .Validate(o => o.MaxBytes > 0 && o.MaxFiles > 0, "Uploads:MaxBytes and Uploads:MaxFiles must be positive.")
            .ValidateOnStart();
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = DefaultMaxRequestBodyBytes;
        });
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = DefaultMaxRequestBodyBytes);
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddRateLimits();
        return builder;
    }

    /// <summary>First in the pipeline, so that every response carries the headers.</summary>
    public static WebApplication UseHardening(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>After authentication (anonymous and signed-in users are limited apart) and after the output cache.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        return app;
    }
}
