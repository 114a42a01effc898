namespace Sakip.Analytics.Domain.Rules;

public static partial class IkmCalculator
{
    /// <summary>
    /// A 88,31-100 Sangat Baik, B 76,61-88,30 Baik, C 65,00-76,60 Kurang Baik, D 25,00-64,99
    /// Tidak Baik. The printed intervals leave gaps (88,30..88,31) because they assume two
    /// decimals; an unrounded IKM (80,503906) falls in the band whose lower bound it reaches, so
    /// 88,305 is B. Null outside 25-100, which no set of 1-4 answers can produce.
    /// </summary>
    public static IkmMutu? Mutu(decimal ikm) => ikm switch
    {
        < 25 or > 100 => null,
        >= 88.31m => new IkmMutu("A", "Sangat Baik"),
        >= 76.61m => new IkmMutu("B", "Baik"),
        >= 65m => new IkmMutu("C", "Kurang Baik"),
        _ => new IkmMutu("D", "Tidak Baik"),
    };
}
