namespace Sakip.Analytics.Extraction.Model;

/// <summary>One band of a scale the report prints (capaian categories, IKM mutu, AKIP predikat).</summary>
public sealed record ScaleBand(string Label, decimal? Min, decimal? Max, bool MinExclusive, string Text, SourceRef Source);

public enum ScaleKind
{
    Capaian,
    IkmMutu,
    AkipPredikat,
}
