namespace Sakip.Analytics.Domain.Rules;

/// <summary>The service quality an IKM score earns: grade A-D and its kinerja description, e.g. B / Baik.</summary>
public sealed record IkmMutu(string Grade, string Description);
