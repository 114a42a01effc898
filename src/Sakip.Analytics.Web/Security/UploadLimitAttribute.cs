using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Web.Models;

namespace Sakip.Analytics.Web.Security;

/// <summary>
/// Raises the request body limit (1 MB everywhere else) to <see cref="UploadOptions.MaxRequestBytes"/> for
/// one upload action, and answers a declared larger body with 413 before anything reads it, so the
/// antiforgery check never has to buffer an oversized form.
/// </summary>
public sealed class UploadLimitAttribute() : TypeFilterAttribute(typeof(UploadLimitFilter))
{
    internal sealed class UploadLimitFilter(IOptions<UploadOptions> options, IModelMetadataProvider metadata) : IAuthorizationFilter
    {
        public void OnAuthorization(AuthorizationFilterContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var http = context.HttpContext;
            var limit = options.Value.MaxRequestBytes;
            if (http.Request.ContentLength > limit)
            {
                context.Result = TooLarge(metadata, context.ModelState, options.Value.MaxBytes);
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            if (http.Features.Get<IFormFeature>()?.Form is null)
            {
                http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
                {
                    MultipartBodyLengthLimit = limit,
                    ValueCountLimit = 64,
                }));
            }
        }
    }

    public static ViewResult TooLarge(IModelMetadataProvider metadata, ModelStateDictionary modelState, long maxBytes) => new()
    {
        ViewName = "Problem",
        StatusCode = StatusCodes.Status413PayloadTooLarge,
        ViewData = new ViewDataDictionary(metadata, modelState)
        {
            Model = new ProblemPage(
                StatusCodes.Status413PayloadTooLarge,
                "Berkas terlalu besar",
                $"Unggahan paling besar {maxBytes / (1024 * 1024)} MB untuk semua berkas bersama-sama."),
        },
    };
}
