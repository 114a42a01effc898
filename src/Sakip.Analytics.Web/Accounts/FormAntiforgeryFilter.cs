using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Sakip.Analytics.Web.Accounts;

/// <summary>
/// The global antiforgery check: every POST, PUT, PATCH and DELETE of every controller needs the
/// token of the form it came from, else 400. As MVC's AutoValidateAntiforgeryToken, but an error page
/// re-executed for a refused or failed request is not checked again: a POST refused with 403 (or
/// 404, or 500) must keep its status instead of turning into this filter's 400.
/// </summary>
public sealed class FormAntiforgeryFilter(IAntiforgery antiforgery) : IAsyncAuthorizationFilter, IAntiforgeryPolicy
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!context.IsEffectivePolicy<IAntiforgeryPolicy>(this)
            || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method)
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            context.Result = new AntiforgeryValidationFailedResult();
        }
    }
}
