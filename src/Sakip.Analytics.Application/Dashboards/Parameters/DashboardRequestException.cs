namespace Sakip.Analytics.Application.Dashboards.Parameters;

/// <summary>
/// A request the dashboards cannot answer: an unknown tenant, unit, measure, year or dashboard (404)
/// or a malformed value (400). The web layer turns it into problem+json or an error page.
/// </summary>
public sealed class DashboardRequestException : Exception
{
    public DashboardRequestException()
    {
    }

    public DashboardRequestException(string message)
        : base(message)
    {
    }

    public DashboardRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DashboardRequestException(int status, string title, string detail, string? parameter = null)
        : base(detail)
    {
        Status = status;
        Title = title;
        Parameter = parameter;
    }

    public int Status { get; } = 400;

    public string Title { get; } = "Permintaan tidak valid";

    /// <summary>The query-string parameter at fault, if any.</summary>
    public string? Parameter { get; }

    public static DashboardRequestException NotFound(string title, string detail, string? parameter = null) =>
        new(404, title, detail, parameter);

    public static DashboardRequestException BadRequest(string title, string detail, string? parameter = null) =>
        new(400, title, detail, parameter);
}
