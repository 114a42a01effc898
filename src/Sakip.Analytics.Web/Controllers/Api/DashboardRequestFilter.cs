using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Web.Models;

namespace Sakip.Analytics.Web.Controllers.Api;

/// <summary>
/// Turns a <see cref="DashboardRequestException"/> (unknown tenant, unit, measure or year; a malformed
/// value) into a 404/400: problem+json under /api, an error page for the public pages. Never a 500.
/// </summary>
public sealed class DashboardRequestFilter(IModelMetadataProvider metadata) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is not DashboardRequestException problem)
        {
            return;
        }

        var request = context.HttpContext.Request;
        if (request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            var details = new ProblemDetails
            {
                Status = problem.Status,
                Title = problem.Title,
                Detail = problem.Message,
                Instance = request.Path + request.QueryString,
                Type = problem.Status == 404 ? "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5" : "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            };
            if (problem.Parameter is not null)
            {
                details.Extensions["parameter"] = problem.Parameter;
            }

            context.Result = new ObjectResult(details) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
        }
        else
        {
            var tenant = context.RouteData.Values.TryGetValue("tenant", out var t) && problem.Parameter != "tenant" ? $"/{t}" : null;
            context.Result = new ViewResult
            {
                ViewName = "Problem",
                StatusCode = problem.Status,
                ViewData = new ViewDataDictionary(metadata, context.ModelState) { Model = new ProblemPage(problem.Status, problem.Title, problem.Message, tenant) },
            };
        }

        context.ExceptionHandled = true;
    }
}
