namespace Sakip.Analytics.Extraction.Model;

/// <summary>A category the prose gives a sasaran ("Sasaran 1 ... mendapat predikat nilai Baik"), to check against the scale.</summary>
public sealed record CategoryClaim(int SasaranNumber, string Label, SourceRef Source);
