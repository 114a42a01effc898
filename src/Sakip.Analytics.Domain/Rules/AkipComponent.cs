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

/// <summary>The components' names as the LHE and the reports print them.</summary>
public static class AkipComponentNames
{
    public static string Of(AkipComponent component) => component switch
    {
        AkipComponent.Perencanaan => "Perencanaan Kinerja",
        AkipComponent.Pengukuran => "Pengukuran Kinerja",
        AkipComponent.Pelaporan => "Pelaporan Kinerja",
        AkipComponent.EvaluasiInternal => "Evaluasi Akuntabilitas Kinerja Internal",
        AkipComponent.Capaian => "Capaian Kinerja",
        _ => component.ToString(),
    };
}
