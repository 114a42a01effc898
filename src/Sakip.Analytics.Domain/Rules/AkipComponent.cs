namespace Sakip.Analytics.Domain.Rules;

/// <summary>The scored components of an AKIP evaluation; <see cref="Capaian"/> exists only under PermenPANRB 12/2015.</summary>
public enum AkipComponent
{
    Perencanaan,
    Pengukuran,
    Pelaporan,
    EvaluasiInternal,
    Capaian,
}
