using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction;

/// <summary>A unit of the tenant the caller already knows, with its other spellings.</summary>
public sealed record KnownUnit(string Name, UnitKind Kind, IReadOnlyList<string> Aliases)
{
    public KnownUnit(string name, UnitKind kind)
        : this(name, kind, [])
    {
    }
}
