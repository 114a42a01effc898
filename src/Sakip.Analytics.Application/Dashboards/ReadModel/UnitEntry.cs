namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>An OPD of a tenant and how many current facts it has (the reporting unit has the most).</summary>
public sealed record UnitEntry(string Unit, string Name, string Kind, long Facts, IReadOnlyList<int> Years);
