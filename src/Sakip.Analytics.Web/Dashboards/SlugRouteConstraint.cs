using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>Route constraint "slug": lower-case a-z, 0-9 and single hyphens, as tenants, units and dashboards are named.</summary>
public sealed class SlugRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && value is string text && ParameterTypes.Slug().IsMatch(text);
    }
}
