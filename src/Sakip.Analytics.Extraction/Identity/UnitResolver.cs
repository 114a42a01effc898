using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Identity;

/// <summary>
/// Resolves a unit name as printed to one of the tenant's units: by name or alias first, then by a
/// close spelling of the distinctive part ("Sumpalsari" is Sumbersari, "Sei Suka" is not Sei Balai).
/// </summary>
internal sealed class UnitResolver(IReadOnlyList<KnownUnit> units)
{
    public KnownUnit? Resolve(string printed)
    {
        var key = NameKey.Of(printed);
        var core = NameKey.Of(UnitNames.Core(printed));
        KnownUnit? best = null;
        var bestScore = 0.0;
        foreach (var unit in units)
        {
            foreach (var name in unit.Aliases.Prepend(unit.Name))
            {
                if (NameKey.Of(name) == key || Squash(UnitNames.Core(name)) == Squash(core) && SameKindWord(name, printed))
                {
                    return unit;
                }

                var candidate = NameKey.Of(UnitNames.Core(name));
                if (ProfileDetector.IsSameName(core, candidate) && SameKindWord(name, printed))
                {
                    var score = Similarity.EditRatio(Squash(core), Squash(candidate));
                    if (score > bestScore)
                    {
                        (best, bestScore) = (unit, score);
                    }
                }
            }
        }

        return best;
    }

    private static string Squash(string text) => NameKey.Of(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    // "Kecamatan Sei Balai" is not "Desa Sei Balai": a printed kind word must agree when both have one.
    private static bool SameKindWord(string known, string printed)
    {
        var a = UnitNames.KindOf(known);
        var b = UnitNames.KindOf(printed);
        return a == b || a == Sakip.Analytics.Domain.Facts.UnitKind.Other || b == Sakip.Analytics.Domain.Facts.UnitKind.Other;
    }
}
