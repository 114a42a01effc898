using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>One AKIP evaluation (kind realization) or target row as loaded, with its source.</summary>
public sealed record AkipEntry(
    string Unit,
    int Year,
    string Kind,
    string Regulation,
    decimal? Perencanaan,
    decimal? Pengukuran,
    decimal? Pelaporan,
    decimal? EvaluasiInternal,
    decimal? Capaian,
    decimal? Total,
    string? Predikat,
    Provenance Source)
{
    public bool IsRealization => Kind == "realization";
}
