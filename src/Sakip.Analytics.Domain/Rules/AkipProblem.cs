namespace Sakip.Analytics.Domain.Rules;

/// <summary>Why an AKIP evaluation cannot be right; <paramref name="Field"/> is the template column (e.g. "pengukuran", "total").</summary>
public sealed record AkipProblem(string Field, string Reason);
