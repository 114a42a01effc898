namespace Sakip.Analytics.Web.Models;

/// <summary>A link to a dashboard of the current tenant, carrying the selections both dashboards share.</summary>
public sealed record NavLink(string Id, string Title, string Url, bool Active);
