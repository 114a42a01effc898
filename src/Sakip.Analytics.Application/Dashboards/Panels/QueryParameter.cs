using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Panels;

/// <summary>A parameter a named query takes; the dashboard binds it to one of its own parameters or a constant.</summary>
public sealed record QueryParameter(string Name, ParameterType Type, bool Required = true);
