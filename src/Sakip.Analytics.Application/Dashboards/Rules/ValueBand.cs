namespace Sakip.Analytics.Application.Dashboards.Rules;

/// <summary>A labelled value range a chart shades, e.g. predikat BB from 70 to 80. A null bound is open.</summary>
public sealed record ValueBand(string Label, decimal? From, decimal? To);
