namespace Sakip.Analytics.Web.Models;

/// <summary>An error page: the status, what went wrong in plain words, and where to go from here.</summary>
public sealed record ProblemPage(int Status, string Title, string Detail, string? TenantUrl = null);
