namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>One or more dashboard definition files are broken; the message lists each fault with its file.</summary>
public sealed class DashboardDefinitionException : Exception
{
    public DashboardDefinitionException()
    {
    }

    public DashboardDefinitionException(string message)
        : base(message)
    {
    }

    public DashboardDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DashboardDefinitionException(IReadOnlyList<string> faults)
        : base("Dashboard definitions are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, faults.Select(f => "  - " + f)))
    {
        Faults = faults;
    }

    /// <summary>Each fault as "file.json: what is wrong".</summary>
    public IReadOnlyList<string> Faults { get; } = [];
}
