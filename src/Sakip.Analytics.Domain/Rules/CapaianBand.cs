namespace Sakip.Analytics.Domain.Rules;

/// <summary>One band of a capaian scale as printed, e.g. 76-90 Tinggi. A null bound is open.</summary>
public sealed record CapaianBand(string Label, decimal? Min, decimal? Max);
