namespace Sakip.Analytics.Extraction.Model;

/// <summary>
/// A printed mean of capaian, not an indicator's own: a sasaran's capaian (the mean of its
/// indicators', "Capaian Sasaran (%)"; <see cref="Goal"/> is the sasaran) or the mean over all the
/// IKU ("Rata-rata Capaian IKU"; <see cref="Goal"/> is null).
/// </summary>
public sealed record ExtractedAverageCapaian(string Unit, string? Goal, int Year, decimal Value, string Text, SourceRef Source)
{
    public bool IsIkuAverage => Goal is null;
}
